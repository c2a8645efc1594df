package dev.agentpane.web.filter;

import dev.agentpane.web.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The shared-server gate: with a token configured, every route but the health probes needs
 * {@code Authorization: Bearer <token>} or the cookie {@code agentpane_session=<token>}.
 */
public class AccessGateFilter extends OncePerRequestFilter {
    public static final String SESSION_COOKIE = "agentpane_session";
    static final Set<String> OPEN_PATHS = Set.of("/api/health", "/api/health/liveness", "/api/health/readiness",
            "/api/healthz", "/api/readyz");
    private final byte[] expectedDigest;

    public AccessGateFilter(String token) {
        this.expectedDigest = digest(token);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (OPEN_PATHS.contains(request.getRequestURI()) || presentsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED_MESSAGE);
    }

    private boolean presentsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).trim())) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName()) && matches(cookie.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Compares digests, so the time taken says nothing about the token, not even its length. */
    private boolean matches(String candidate) {
        return MessageDigest.isEqual(expectedDigest, digest(candidate));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
