package org.diplocal.engagement;

/** Fired in the transaction that changed engagements; observers act once it has committed. */
public record EngagementsChanged(int count) {
}
