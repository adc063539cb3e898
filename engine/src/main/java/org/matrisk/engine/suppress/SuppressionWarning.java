package org.matrisk.engine.suppress;

/**
 * Something an auditor should know about a suppressions file: an entry that would have matched but
 * had expired (the finding counts), or an entry that matched nothing in the whole batch.
 * {@link #message()} is one line naming the file and the entry, ready for stderr.
 *
 * @param trustId the trust assessed (EXPIRED) or the entry's trust (UNMATCHED)
 */
public record SuppressionWarning(Kind kind, SuppressionEntry entry, String trustId, String message) {

    public enum Kind {
        /** The entry matched findings of an assessment whose asOf is after its expiry: they count. */
        EXPIRED,
        /** The entry matched no finding in the whole batch. */
        UNMATCHED
    }

    @Override
    public String toString() {
        return message;
    }
}
