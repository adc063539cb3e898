package org.matrisk.model;

import java.time.LocalDate;
import java.util.List;

public record Notice(String id, Enums.NoticeKind kind, String academyUrn, LocalDate issuedOn, LocalDate liftedOn, LocalDate publishedOn,
                     LocalDate knownUntil, List<NoticeCondition> conditions, String pointer) {
    /** A version 1 notice (no knownUntil, no conditions). */
    public Notice(String id, Enums.NoticeKind kind, String academyUrn, LocalDate issuedOn, LocalDate liftedOn, LocalDate publishedOn, String pointer) {
        this(id, kind, academyUrn, issuedOn, liftedOn, publishedOn, null, null, pointer);
    }
    /** Open on day D when issuedOn &lt;= D and (liftedOn absent or liftedOn &gt; D). */
    public boolean openOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (liftedOn == null || liftedOn.isAfter(day));
    }

    /** A NOTICE_TO_IMPROVE or FINANCIAL_NOTICE_TO_IMPROVE with no academyUrn. */
    public boolean isTrustNotice() {
        return academyUrn == null && (kind == Enums.NoticeKind.NOTICE_TO_IMPROVE || kind == Enums.NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE);
    }
}
