package org.matrisk.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matrisk.model.TrustDocument;

/** The input facts of one document: the root, its top-level objects and every item of every list. */
final class Facts {
    private Facts() {}

    static List<Object> of(TrustDocument doc) {
        List<Collection<?>> sections = sections(doc);
        int n = 0;
        for (Collection<?> c : sections) n += c.size();
        List<Object> facts = new ArrayList<>(n);
        for (Collection<?> c : sections) facts.addAll(c);
        return facts;
    }

    /**
     * The facts in sections, each the document's own list where there is one (so that a list shared by two
     * versions of a document is the same object): the root and its top-level objects, then each list.
     * Always the same number of sections; an absent list is empty. {@link #of} is their concatenation.
     */
    static List<Collection<?>> sections(TrustDocument doc) {
        List<Collection<?>> s = new ArrayList<>(16);
        s.add(java.util.Arrays.asList(doc, doc.trust(), doc.finance(), doc.governance(), doc.coverage()));
        List<Object> optional = new ArrayList<>(2);
        if (doc.policies() != null) optional.add(doc.policies());
        if (doc.payBenchmark() != null) optional.add(doc.payBenchmark());
        s.add(optional);
        s.add(orEmpty(doc.finance().forecast()));
        s.add(orEmpty(doc.finance().returns()));
        s.add(orEmpty(doc.governance().committees()));
        s.add(orEmpty(doc.people()));
        s.add(orEmpty(doc.parties()));
        s.add(orEmpty(doc.transactions()));
        s.add(orEmpty(doc.pay()));
        s.add(orEmpty(doc.websitePayBands()));
        s.add(orEmpty(doc.specialPayments()));
        s.add(orEmpty(doc.academies()));
        s.add(orEmpty(doc.growth()));
        s.add(orEmpty(doc.notices()));
        s.add(orEmpty(doc.transfers()));
        s.add(orEmpty(doc.centralServicesCharges()));
        return s;
    }

    private static Collection<?> orEmpty(Collection<?> c) { return c == null ? List.of() : c; }
}
