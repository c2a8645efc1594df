package dev.agentpane.web.task;

import dev.agentpane.domain.shared.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A task's version as an HTTP entity tag ({@code "7"}), and the version an {@code If-Match} header expects. */
final class TaskETag {
    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private TaskETag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Null when there is no condition ({@code If-Match} absent or {@code *}). */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new ValidationException("If-Match must be a task's ETag, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
