package org.matrisk.engine.facts;

import org.matrisk.model.Notice;

/** Derived: a notice open on the assessment's asOf day. */
public record OpenNotice(Notice notice) {
    public boolean isTrustNotice() { return notice.isTrustNotice(); }
    public org.matrisk.model.Enums.NoticeKind kind() { return notice.kind(); }
    public String pointer() { return notice.pointer(); }
}
