package org.matrisk.engine.facts.notices;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.Notice;

/**
 * Message and evidence helpers of the NOTICES area, called from {@code notices.drl} through
 * {@code import function}. They order and format what the rules have already selected; the
 * verdicts (open notices, cash positions, late returns, NTI-10's grounds) are DRL rules and
 * declared types.
 */
public final class NoticeFunctions {
    private NoticeFunctions() {}

    /** Notices (a collection of {@link Notice}) in document order. */
    public static List<Notice> noticesInOrder(Collection<?> notices) {
        return notices.stream().map(Notice.class::cast)
                .sorted(Comparator.comparing(Notice::pointer, PointerOrder.INSTANCE)).toList();
    }

    /**
     * "trust notice N1 (NOTICE_TO_IMPROVE, issued on 2024-11-04) was", or with several
     * "trust notices N1 (…), N2 (…) were" (NTI-03's message).
     */
    public static String wereOpen(List<Notice> notices) {
        String list = notices.stream().map(n -> n.id() + " (" + n.kind() + ", issued on " + n.issuedOn() + ")")
                .collect(Collectors.joining(", "));
        return notices.size() == 1 ? "trust notice " + list + " was" : "trust notices " + list + " were";
    }

    /**
     * The absent data of an UNKNOWN outcome that relies on other rules' UNKNOWN outcomes (NTI-10), as
     * absolute pointers in document order: {@code /notices} when {@code noticesAbsent}, and what each
     * of {@code unknownOutcomes} ({@code Outcome}s) lacks, made absolute against its subject.
     */
    public static String[] missingPointers(boolean noticesAbsent, Collection<?> unknownOutcomes) {
        TreeSet<String> pointers = new TreeSet<>(PointerOrder.INSTANCE);
        if (noticesAbsent) pointers.add("/notices");
        for (Object o : unknownOutcomes) {
            Outcome u = (Outcome) o;
            for (String field : u.missing()) pointers.add(field.startsWith("/") ? field : u.subject() + "/" + field);
        }
        return pointers.toArray(new String[0]);
    }
}
