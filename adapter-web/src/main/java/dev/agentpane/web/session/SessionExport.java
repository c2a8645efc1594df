package dev.agentpane.web.session;

import dev.agentpane.application.port.in.session.ExportSessionUseCase;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.web.api.WireJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /api/sessions/{id}/export} (reference §5.7): a transcript as JSON, Markdown or CSV, returned inside the
 * JSON envelope as {@code {content, contentType, filename}}.
 */
public record SessionExport(String content, String contentType, String filename) {
    private static final int MARKDOWN_OUTPUT_MAX = 500;
    private static final int CSV_CONTENT_MAX = 200;
    private static final int TITLE_MAX = 50;

    public enum Format {
        JSON, MARKDOWN, CSV;

        public static Format parse(String value) {
            return switch (value) {
                case "json" -> JSON;
                case "markdown" -> MARKDOWN;
                case "csv" -> CSV;
                default -> throw new ValidationException("format must be one of json, markdown, csv");
            };
        }
    }

    public static SessionExport of(ExportSessionUseCase.Transcript transcript, Format format) {
        String base = fileTitle(transcript.session().title());
        String date = transcript.exportedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return switch (format) {
            case JSON -> new SessionExport(json(transcript), "application/json", base + "_" + date + ".json");
            case MARKDOWN -> new SessionExport(markdown(transcript), "text/markdown", base + "_" + date + ".md");
            case CSV -> new SessionExport(csv(transcript.events()), "text/csv", base + "_events_" + date + ".csv");
        };
    }

    /** The title with every character outside {@code [A-Za-z0-9-_]} as {@code _}, at most 50 characters; {@code session} when none. */
    static String fileTitle(String title) {
        if (title == null || title.isEmpty()) {
            return "session";
        }
        String safe = title.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.length() > TITLE_MAX ? safe.substring(0, TITLE_MAX) : safe;
    }

    private static String json(ExportSessionUseCase.Transcript transcript) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("session", SessionJson.of(transcript.session()));
        document.put("events", transcript.events().stream().map(SessionEventJson::of).toList());
        return WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static String markdown(ExportSessionUseCase.Transcript transcript) {
        Session session = transcript.session();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(session.title() == null || session.title().isEmpty() ? "Untitled session" : session.title()).append("\n\n");
        out.append("- **Session:** ").append(session.id()).append('\n');
        out.append("- **Status:** ").append(session.status().wireValue()).append('\n');
        out.append("- **Created:** ").append(WireJson.instant(session.createdAt())).append('\n');
        out.append("- **Closed:** ").append(session.closedAt() == null ? "-" : WireJson.instant(session.closedAt())).append('\n');
        out.append("- **Events:** ").append(transcript.events().size()).append("\n");
        for (SessionEvent event : transcript.events()) {
            out.append("\n## ").append(event.offset()).append(". ").append(event.type()).append(" (")
                    .append(WireJson.instant(Instant.ofEpochMilli(event.timestamp()))).append(")\n\n");
            Map<?, ?> data = event.data() instanceof Map<?, ?> map ? map : Map.of();
            if (event.type().equals("container-agent:message")) {
                out.append("**").append(text(data.get("role"))).append(":** ").append(text(data.get("content"))).append('\n');
            } else if (isTool(event.type())) {
                out.append("**Tool:** ").append(text(data.get("toolName"))).append('\n');
                if (data.get("input") != null) {
                    out.append("\nInput:\n\n```json\n").append(pretty(data.get("input"))).append("\n```\n");
                }
                Object output = data.containsKey("result") ? data.get("result") : data.get("output");
                if (output != null) {
                    out.append("\nOutput:\n\n```\n").append(truncate(text(output), MARKDOWN_OUTPUT_MAX)).append("\n```\n");
                }
            } else {
                out.append("```json\n").append(pretty(event.data())).append("\n```\n");
            }
        }
        return out.toString();
    }

    private static String csv(List<SessionEvent> events) {
        StringBuilder out = new StringBuilder("timestamp,type,role,tool,content\n");
        for (SessionEvent event : events) {
            Map<?, ?> data = event.data() instanceof Map<?, ?> map ? map : Map.of();
            Object content;
            if (event.type().endsWith("tool:start")) {
                content = data.get("input");
            } else if (event.type().endsWith("tool:result")) {
                content = data.containsKey("result") ? data.get("result") : data.get("output");
            } else if (data.containsKey("content")) {
                content = data.get("content");
            } else {
                content = event.data();
            }
            out.append(Arrays.stream(new String[] {WireJson.instant(Instant.ofEpochMilli(event.timestamp())), event.type(),
                stringOrEmpty(data.get("role")), stringOrEmpty(data.get("toolName")), truncate(text(content), CSV_CONTENT_MAX)})
                    .map(SessionExport::csvField).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static boolean isTool(String type) {
        return type.endsWith("tool:start") || type.endsWith("tool:result");
    }

    /** A string as itself, anything else as compact JSON, nothing as the empty string. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String string ? string : WireJson.write(value);
    }

    private static String stringOrEmpty(Object value) {
        return value instanceof String string ? string : "";
    }

    private static String pretty(Object value) {
        return WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }

    private static String csvField(String value) {
        if (value.contains("\"") || value.contains(",") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
