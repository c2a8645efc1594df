package dev.agentpane.persistence.sessionevent;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import dev.agentpane.persistence.shared.JsonCodec;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Event ⇄ row. The columns {@code event_offset}/{@code event_timestamp} avoid reserved words; the domain says offset/timestamp. */
@Mapper
public interface SessionEventRowConverter {
    SessionEventRowConverter INSTANCE = Mappers.getMapper(SessionEventRowConverter.class);

    @Mapping(target = "eventOffset", source = "offset")
    @Mapping(target = "eventTimestamp", source = "timestamp")
    @Mapping(target = "data", source = "data", qualifiedByName = "jsonText")
    SessionEventRow toRow(SessionEvent event);

    @Mapping(target = "offset", source = "eventOffset")
    @Mapping(target = "timestamp", source = "eventTimestamp")
    @Mapping(target = "data", source = "data", qualifiedByName = "jsonValue")
    SessionEvent toEvent(SessionEventRow row);

    default String idValue(SessionEventId id) {
        return id.value();
    }

    default SessionEventId eventId(String value) {
        return SessionEventId.of(value);
    }

    default String sessionIdValue(SessionId id) {
        return id.value();
    }

    default SessionId sessionId(String value) {
        return SessionId.of(value);
    }

    @Named("jsonText")
    default String jsonText(Object data) {
        return JsonCodec.write(data);
    }

    @Named("jsonValue")
    default Object jsonValue(String json) {
        return JsonCodec.readTree(json);
    }
}
