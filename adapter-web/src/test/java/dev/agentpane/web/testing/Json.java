package dev.agentpane.web.testing;

/** JSON bodies for tests, written with single quotes for readability. */
public final class Json {
    private Json() {
    }

    /** {@code json("{'name':'x'}")} → {@code {"name":"x"}}. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
