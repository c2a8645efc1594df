package dev.agentpane.bootstrap;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The application's messages: it keeps no bundles, so every message is the caller's default. Registered so that Spring
 * does not make its own delegating source, whose class lists every locale of the JVM when it loads (about 60 ms of
 * every start).
 */
final class DefaultMessagesOnly implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return render(defaultMessage, args, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        throw new NoSuchMessageException(code, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        if (resolvable.getDefaultMessage() == null) {
            String[] codes = resolvable.getCodes();
            throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
        }
        return render(resolvable.getDefaultMessage(), resolvable.getArguments(), locale);
    }

    private static String render(String message, Object[] args, Locale locale) {
        if (message == null || args == null || args.length == 0) {
            return message;
        }
        return new MessageFormat(message, locale == null ? Locale.getDefault() : locale).format(args);
    }
}
