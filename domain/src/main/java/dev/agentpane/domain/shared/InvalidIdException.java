package dev.agentpane.domain.shared;

/** A string that cannot be an entity id (see {@link EntityId#PATTERN}). */
public class InvalidIdException extends ValidationException {
    private final String field;

    public InvalidIdException(String field) {
        super("Invalid " + field + " format");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
