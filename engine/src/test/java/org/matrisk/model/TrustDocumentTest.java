package org.matrisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copy methods keep every member they do not replace: a version 2 document stays version 2 (inline checks, Kafka). */
class TrustDocumentTest {
    @Test
    void copiesKeepTheCoverageAndTheVersion2Members() {
        Coverage c = new Coverage(2, Map.of(Section.TRANSACTIONS, new Coverage.Entry(false, "press", null)), Set.of("/x/y"), Map.of(), Map.of());
        Policies policies = new Policies(null, null, null);
        TrustDocument v1 = new TrustDocument("1", null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                List.of(), null, null, null);
        assertThat(v1.coverage()).isSameAs(Coverage.V1);
        TrustDocument d = new TrustDocument("2", null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                List.of(), null, null, null, c, policies, List.of(), List.of(), null);
        for (TrustDocument copy : List.of(d.withTransactions(List.of()), d.withSpecialPayments(List.of()),
                d.withPeoplePartiesNotices(List.of(), List.of(), List.of()), d.withInfo(null))) {
            assertThat(copy.coverage()).isSameAs(c);
            assertThat(copy.policies()).isSameAs(policies);
            assertThat(copy.catalogue()).isEqualTo(2);
        }
        TrustDocument upgraded = v1.withCoverage("1", c);
        assertThat(upgraded.catalogue()).isEqualTo(2);
        assertThat(upgraded.schemaVersion()).isEqualTo("1");
    }
}
