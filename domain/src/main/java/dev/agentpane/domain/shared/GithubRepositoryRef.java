package dev.agentpane.domain.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on github.com, named by owner and repository, both checked against GitHub's naming rules: an owner
 * (user or organization) has 1..39 letters, digits and single hyphens, neither first nor last; a repository name has
 * 1..100 letters, digits, {@code .}, {@code -} and {@code _}, is not {@code .} or {@code ..}, and does not end in
 * {@code .git} (GitHub drops that suffix).
 */
public record GithubRepositoryRef(String owner, String repo) {
    public static final int OWNER_MAX = 39;
    public static final int REPO_MAX = 100;
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:-?[A-Za-z0-9])*");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9._-]{1," + REPO_MAX + "}");
    private static final String NAMES = "([^/\\s]+)/([^/\\s]+?)";
    /** {@code owner/repo}; {@code [http(s)://][www.]github.com/owner/repo[.git][/]}; {@code git@github.com:owner/repo[.git]}. */
    private static final Pattern SHORT = Pattern.compile(NAMES);
    private static final Pattern WEB = Pattern.compile("(?:https?://)?(?:www\\.)?github\\.com/" + NAMES + "(?:\\.git)?/?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SSH = Pattern.compile("git@github\\.com:" + NAMES + "(?:\\.git)?", Pattern.CASE_INSENSITIVE);

    public GithubRepositoryRef {
        if (!isValidOwner(owner)) {
            throw new ValidationException("'" + owner + "' is not a valid GitHub owner name");
        }
        if (!isValidRepo(repo)) {
            throw new ValidationException("'" + repo + "' is not a valid GitHub repository name");
        }
    }

    public static boolean isValidOwner(String owner) {
        return owner != null && owner.length() <= OWNER_MAX && OWNER.matcher(owner).matches();
    }

    public static boolean isValidRepo(String repo) {
        return repo != null && REPO.matcher(repo).matches() && !repo.equals(".") && !repo.equals("..")
                && !repo.toLowerCase(Locale.ROOT).endsWith(".git");
    }

    /** The repository a URL or {@code owner/repo} shorthand names; empty when it names none or breaks the naming rules. */
    public static Optional<GithubRepositoryRef> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        for (Pattern form : new Pattern[] {WEB, SSH, SHORT}) {
            Matcher match = form.matcher(text);
            if (match.matches()) {
                String repo = stripGitSuffix(match.group(2));
                return isValidOwner(match.group(1)) && isValidRepo(repo)
                        ? Optional.of(new GithubRepositoryRef(match.group(1), repo))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Like {@link #parse}, for input that must name a repository. */
    public static GithubRepositoryRef fromUrl(String url) {
        return parse(url).orElseThrow(() -> new InvalidGithubUrlException(url));
    }

    /** The short form has no {@code .git} alternative of its own, so {@code owner/repo.git} also names {@code repo}. */
    private static String stripGitSuffix(String repo) {
        return repo.toLowerCase(Locale.ROOT).endsWith(".git") ? repo.substring(0, repo.length() - 4) : repo;
    }
}
