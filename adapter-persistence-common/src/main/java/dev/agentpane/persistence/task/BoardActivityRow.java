package dev.agentpane.persistence.task;

import java.time.Instant;

/** A project's cards counted per column and the latest change a card was given, as its row keeps them. */
public record BoardActivityRow(String id, Long backlogCards, Long queuedCards, Long inProgressCards, Long waitingApprovalCards,
        Long verifiedCards, Instant lastCardChangeAt) {
}
