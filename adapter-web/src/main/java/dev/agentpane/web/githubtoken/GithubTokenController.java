package dev.agentpane.web.githubtoken;

import dev.agentpane.application.port.in.githubtoken.DeleteGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.GetGithubTokenUseCase;
import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.WireJson;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/github/token} (reference §5.18): the stored token's information (the web client's home page reads it)
 * and its deletion. Storing a token needs GitHub to validate it, which comes with the GitHub integration: until then
 * POST checks the token's form and answers 503 {@code GITHUB_UNAVAILABLE}.
 */
@RestController
@RequestMapping("/api/github/token")
public class GithubTokenController {
    private final GetGithubTokenUseCase getToken;
    private final DeleteGithubTokenUseCase deleteToken;

    public GithubTokenController(GetGithubTokenUseCase getToken, DeleteGithubTokenUseCase deleteToken) {
        this.getToken = getToken;
        this.deleteToken = deleteToken;
    }

    public record TokenInfoJson(GithubTokenInfoJson tokenInfo) {
    }

    /** The original's {@code TokenInfo}: never the token. */
    public record GithubTokenInfoJson(String id, String maskedToken, String githubLogin, boolean isValid, String lastValidatedAt,
            String createdAt) {
        static GithubTokenInfoJson of(GetGithubTokenUseCase.TokenInfo info) {
            GithubToken token = info.token();
            return new GithubTokenInfoJson(token.id().value(), info.maskedToken(), token.githubLogin(), token.isValid(),
                    WireJson.instant(token.lastValidatedAt()), WireJson.instant(token.createdAt()));
        }
    }

    @GetMapping
    public ApiEnvelope.Success<TokenInfoJson> get() {
        return ApiEnvelope.success(new TokenInfoJson(getToken.get().map(GithubTokenInfoJson::of).orElse(null)));
    }

    @PostMapping
    public ApiEnvelope.Success<TokenInfoJson> save(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String token = body.optionalString("token");
        if (token == null || token.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_TOKEN, "Token is required");
        }
        GithubToken.checkPersonalAccessToken(Secret.of(token));
        throw new ApiException(503, ErrorCode.GITHUB_UNAVAILABLE,
                "Storing a GitHub token needs GitHub to validate it, which this server does not do yet");
    }

    @DeleteMapping
    public ApiEnvelope.Success<Object> delete() {
        deleteToken.delete();
        return ApiEnvelope.success(null);
    }
}
