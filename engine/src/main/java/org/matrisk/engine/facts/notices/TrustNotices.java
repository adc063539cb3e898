package org.matrisk.engine.facts.notices;

import java.util.Collection;
import java.util.List;
import org.matrisk.model.Notice;

/**
 * Kept only for {@code org.matrisk.engine.inline} (the inline checker, being rewritten to go through
 * the rule pack); the rule pack uses {@link NoticeFunctions}. Formatting only.
 */
public final class TrustNotices {
    private TrustNotices() {}

    public static List<Notice> ordered(Collection<?> notices) { return NoticeFunctions.noticesInOrder(notices); }

    public static String wereOpen(List<Notice> notices) { return NoticeFunctions.wereOpen(notices); }
}
