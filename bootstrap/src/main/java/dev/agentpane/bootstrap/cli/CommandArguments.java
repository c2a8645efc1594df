package dev.agentpane.bootstrap.cli;

import dev.agentpane.bootstrap.ConfigurationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The options of one {@code db} command: {@code --name value} pairs and {@code --flag}s, each allowed at most once. */
final class CommandArguments {
    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandArguments(String command) {
        this.command = command;
    }

    /**
     * @param valued the options that take a value
     * @param flagged the options that take none
     * @throws ConfigurationException for an unknown, repeated or incomplete option
     */
    static CommandArguments parse(String command, String[] args, Set<String> valued, Set<String> flagged) {
        CommandArguments parsed = new CommandArguments(command);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new ConfigurationException(name + " needs a value (see db " + command + " --help)");
                    }
                    value = args[++i];
                }
                if (parsed.values.put(name, value) != null) {
                    throw new ConfigurationException(name + " is given twice");
                }
            } else if (flagged.contains(name) && inline == null) {
                if (!parsed.flags.add(name)) {
                    throw new ConfigurationException(name + " is given twice");
                }
            } else {
                throw new ConfigurationException("db " + command + " does not take " + redacted(arg) + " (see db " + command + " --help)");
            }
        }
        return parsed;
    }

    String value(String name) {
        return values.get(name);
    }

    String required(String name, String what) {
        String value = values.get(name);
        if (value == null) {
            throw new ConfigurationException("db " + command + " needs " + name + " " + what);
        }
        return value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** An unknown argument may be a URL with a password: never echo one. */
    private static String redacted(String arg) {
        return dev.agentpane.persistence.postgres.PostgresUrl.mask(arg);
    }
}
