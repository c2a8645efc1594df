package dev.agentpane.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: kept as it is, or changed to a value, which may be null for a field that may be empty.
 * A PATCH body distinguishes the two: an absent field is {@link #keep()}, {@code "field": null} is {@code to(null)}.
 */
public final class Change<T> {
    private static final Change<?> KEEP = new Change<>(false, null);

    private final boolean changed;
    private final T value;

    private Change(boolean changed, T value) {
        this.changed = changed;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** A null reference counts as "keep", so that a record of changes may leave fields out. */
    public static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? keep() : change;
    }

    public boolean isChanged() {
        return changed;
    }

    /** The new value, or {@code current} when the field is kept. */
    public T applyTo(T current) {
        return changed ? value : current;
    }

    public <R> Change<R> map(Function<? super T, ? extends R> mapping) {
        return changed ? to(value == null ? null : mapping.apply(value)) : keep();
    }

    /** @throws ValidationException when the field is changed to null though it may not be empty */
    public Change<T> requireValue(String field) {
        if (changed && value == null) {
            throw new ValidationException(field + " cannot be null");
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change<?> change && change.changed == changed && Objects.equals(change.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(changed, value);
    }

    @Override
    public String toString() {
        return changed ? "Change[to " + value + "]" : "Change[keep]";
    }
}
