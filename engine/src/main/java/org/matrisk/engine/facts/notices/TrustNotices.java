package org.matrisk.engine.facts.notices;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.matrisk.engine.PointerOrder;
import org.matrisk.model.Notice;

/** Notices as rule messages list them: in document order, each with its kind and issue date. */
public final class TrustNotices {
    private TrustNotices() {}

    public static List<Notice> ordered(Collection<?> notices) {
        return notices.stream().map(Notice.class::cast)
                .sorted(Comparator.comparing(Notice::pointer, PointerOrder.INSTANCE)).toList();
    }

    /**
     * "trust notice N1 (NOTICE_TO_IMPROVE, issued on 2024-11-04) was", or with several
     * "trust notices N1 (…), N2 (…) were".
     */
    public static String wereOpen(List<Notice> notices) {
        String list = notices.stream().map(n -> n.id() + " (" + n.kind() + ", issued on " + n.issuedOn() + ")")
                .collect(Collectors.joining(", "));
        return notices.size() == 1 ? "trust notice " + list + " was" : "trust notices " + list + " were";
    }
}
