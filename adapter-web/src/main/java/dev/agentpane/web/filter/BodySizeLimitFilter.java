package dev.agentpane.web.filter;

import dev.agentpane.web.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit with 413 {@code PAYLOAD_TOO_LARGE}: at once when Content-Length says so, else when the
 * reader passes the limit (chunked bodies). Some routes keep a larger limit of their own. The rest of a refused body is
 * read and dropped (up to {@link #DRAIN_MAX_BYTES}) before answering, so that a client still sending it gets the 413
 * instead of a connection reset.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {
    public static final String MESSAGE = "Request body is too large";
    static final long DRAIN_MAX_BYTES = 8L * 1024 * 1024;
    private final long defaultLimit;
    private final Map<String, Long> limitsByPath;

    public BodySizeLimitFilter(long defaultLimit, Map<String, Long> limitsByPath) {
        this.defaultLimit = defaultLimit;
        this.limitsByPath = Map.copyOf(limitsByPath);
    }

    /** True when reading the body failed because it passed the limit. */
    public static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitsByPath.getOrDefault(request.getRequestURI(), defaultLimit);
        if (request.getContentLengthLong() > limit) {
            drain(request);
            ErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE, MESSAGE);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } finally {
            if (limited.exceeded()) {
                drain(request);
            }
        }
    }

    /** Reads what is left of the body and drops it; a body larger still is left to the connection's close. */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[16 * 1024];
        long drained = 0;
        try {
            ServletInputStream input = request.getInputStream();
            int n;
            while (drained < DRAIN_MAX_BYTES && (n = input.read(buffer)) > 0) {
                drained += n;
            }
        } catch (IOException ignored) {
            // the client went away; nothing left to protect
        }
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super(MESSAGE);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private LimitedInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;
        private boolean exceeded;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
