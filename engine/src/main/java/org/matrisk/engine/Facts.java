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

    private static int size(Collection<?> c) { return c == null ? 0 : c.size(); }

    private static void addAll(List<Object> facts, Collection<?> c) {
        if (c != null) facts.addAll(c);
    }
}
