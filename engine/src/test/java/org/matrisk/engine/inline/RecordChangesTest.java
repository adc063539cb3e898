package org.matrisk.engine.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.RecordChanges;
import org.matrisk.model.TrustDocument;

/** The members a new version of the document changes, as a kept session's property-specific update names them. */
class RecordChangesTest {
    private final TrustDocument doc = new GeneratedTrust(1, 20, 0).context();

    @Test
    void aNewLedgerChangesTransactionsAlone() {
        assertThat(RecordChanges.changed(doc, doc.withTransactions(new java.util.ArrayList<>()))).containsExactly("transactions");
        assertThat(RecordChanges.changed(doc, doc.withSpecialPayments(new java.util.ArrayList<>()))).containsExactly("specialPayments");
        assertThat(RecordChanges.changed(doc, doc.withAsOf(doc.period().start()))).containsExactly("asOfGiven");
    }

    @Test
    void theSameVersionOrAnotherClassUpdatesEverything() {
        assertThat(RecordChanges.changed(doc, doc)).isNull();
        assertThat(RecordChanges.changed(doc.governance(), doc.governance())).isNull();
        assertThat(RecordChanges.changed(doc.trust(), new org.matrisk.model.Trust(doc.trust().id(), "Other", doc.trust().type(),
                doc.trust().companyNumber()))).as("a record Drools knows no properties of").isNull();
    }
}
