package org.matrisk.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matrisk.model.TrustDocument;

/** The input facts of one document: the root, its top-level objects and every item of every list. */
final class Facts {
    private Facts() {}

    static List<Object> of(TrustDocument doc) {
        List<Object> facts = new ArrayList<>(64 + size(doc.transactions()));
        facts.add(doc);
        facts.add(doc.trust());
        facts.add(doc.finance());
        facts.add(doc.governance());
        addAll(facts, doc.finance().forecast());
        addAll(facts, doc.finance().returns());
        addAll(facts, doc.governance().committees());
        addAll(facts, doc.people());
        addAll(facts, doc.parties());
        addAll(facts, doc.transactions());
        addAll(facts, doc.pay());
        addAll(facts, doc.websitePayBands());
        addAll(facts, doc.specialPayments());
        addAll(facts, doc.academies());
        addAll(facts, doc.growth());
        addAll(facts, doc.notices());
        return facts;
    }

    /**
     * The same facts in sections, each the document's own list where there is one (so that a list shared
     * by two versions of a document is the same object): the root and its top-level objects, then each
     * list in the order of {@link #of}. Always the same number of sections; an absent list is empty.
     */
    static List<Collection<?>> sections(TrustDocument doc) {
        List<Collection<?>> s = new ArrayList<>(12);
        s.add(java.util.Arrays.asList(doc, doc.trust(), doc.finance(), doc.governance()));
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
        return s;
    }

    private static Collection<?> orEmpty(Collection<?> c) { return c == null ? List.of() : c; }

    private static int size(Collection<?> c) { return c == null ? 0 : c.size(); }

    private static void addAll(List<Object> facts, Collection<?> c) {
        if (c != null) facts.addAll(c);
    }
}
