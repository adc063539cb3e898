package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.parsed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.model.Enums;
import org.matrisk.model.TrustDocument;

class ExamplesTest {

    private static TrustDocument read(String resource) {
        List<ReadResult> results = TestDocs.readAll(List.of(TestDocs.resource(resource).toString()));
        assertThat(results).hasSize(1);
        return parsed(results.get(0)).document();
    }

    @Test
    void northgateParsesWithValuesAndPointers() {
        TrustDocument d = read("read/examples/northgate-risky.json");
        assertThat(d.schemaVersion()).isEqualTo("1");
        assertThat(d.trust().id()).isEqualTo("10070002");
        assertThat(d.trust().type()).isEqualTo(Enums.TrustType.MAT);
        assertThat(d.period().start()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.finance().inYearRevenueBalance()).isEqualTo(new BigDecimal("-610000.0"));
        assertThat(d.finance().lastAuditedIncomeGiven()).isNull();
        assertThat(d.finance().forecast()).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/finance/forecast/0");
            assertThat(f.cash()).isEqualByComparingTo("-40000");
        });
        assertThat(d.finance().returns()).hasSize(5);
        assertThat(d.finance().returns().get(4).pointer()).isEqualTo("/finance/returns/4");
        assertThat(d.governance().committees()).hasSize(3);
        assertThat(d.governance().committees().get(2).pointer()).isEqualTo("/governance/committees/2");
        assertThat(d.governance().committees().get(2).members()).containsExactly("P06", "P09", "P11");
        assertThat(d.governance().internalScrutiny().reportsInPeriod()).isEqualTo(3);
        assertThat(d.people().get(4).interests()).singleElement().satisfies(i -> {
            assertThat(i.pointer()).isEqualTo("/people/4/interests/0");
            assertThat(i.nature()).isEqualTo(Enums.InterestNature.DIRECTOR);
        });
        assertThat(d.people().get(5).appointments().get(0).pointer()).isEqualTo("/people/5/appointments/0");
        assertThat(d.people().get(0).interests()).isEmpty();       // absent inside an item = empty
        assertThat(d.people().get(0).appointments()).isEmpty();
        assertThat(d.transactions().get(1).pointer()).isEqualTo("/transactions/1");
        assertThat(d.transactions().get(1).amount()).isEqualTo(new BigDecimal("18500.0"));
        assertThat(d.transactions().get(1).novelOrContentious()).isFalse();
        assertThat(d.transactions().get(1).atCost()).isNull();
        assertThat(d.transactions().get(0).atCost()).isFalse();
        assertThat(d.pay().get(0).fte()).isEqualByComparingTo("1");
        assertThat(d.websitePayBands()).hasSize(9);
        assertThat(d.websitePayBands().get(8).count()).isEqualTo(1);
        assertThat(d.specialPayments().get(0).kind()).isEqualTo(Enums.SpecialPaymentKind.SEVERANCE);
        assertThat(d.specialPayments().get(0).contractual()).isNotEqualTo(Boolean.TRUE);
        assertThat(d.academies().get(2).pointer()).isEqualTo("/academies/2");
        assertThat(d.academies().get(2).progress()).isEqualTo(new BigDecimal("-0.1"));
        assertThat(d.academies().get(0).latestGradeOn(LocalDate.of(2025, 1, 1))).isEqualTo(Enums.OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(d.academies().get(0).autonomy().participates().centralFinance()).isTrue();
        assertThat(d.growth().get(0).dueDiligence(Enums.DueDiligenceArea.FINANCE)).isEqualTo(Enums.DueDiligenceStatus.PARTIAL);
        assertThat(d.growth().get(0).inheritedDeficit()).isEqualByComparingTo("0");
        assertThat(d.notices()).singleElement().satisfies(n -> {
            assertThat(n.pointer()).isEqualTo("/notices/0");
            assertThat(n.academyUrn()).isNull();
        });
        assertThat(d.info().source()).endsWith("northgate-risky.json");
        assertThat(d.info().position()).isZero();
        assertThat(d.info().line()).isEqualTo(1);
        assertThat(d.info().sha256()).hasSize(64);
    }

    @Test
    void riversideParsesAndEmptyListsStayEmpty() {
        TrustDocument d = read("read/examples/riverside-clean.json");
        assertThat(d.trust().name()).isEqualTo("Riverside Learning Trust");
        assertThat(d.specialPayments()).isNotNull().isEmpty();   // [] is data
        assertThat(d.notices()).isNotNull().isEmpty();
        assertThat(d.people().get(11).interests()).isEmpty();   // given as []
        assertThat(d.transactions().get(0).contractId()).isEqualTo("C-CAT-1");
        assertThat(d.transactions().get(0).amount()).isEqualTo(new BigDecimal("86000.0"));
        assertThat(d.academies()).hasSize(3);
        assertThat(d.academies().get(0).autonomy().level()).isEqualTo(Enums.AutonomyLevel.EARNED);
        assertThat(d.governance().members()).hasSize(5);
    }

    @Test
    void absentOptionalCollectionsAreNull() {
        String doc = TestDocs.minimal()
                .replace(",\"growth\":[{\"academyUrn\":\"140002\",\"joinedOn\":\"2024-01-01\",\"dueDiligence\":{\"EDUCATION\":\"COMPLETE\"}},"
                        + "{\"academyUrn\":\"150009\",\"proposedOn\":\"2024-06-01\"}]", "")
                .replace("\"committees\":[{\"kind\":\"AUDIT_AND_RISK\",\"chair\":\"P3\",\"members\":[\"P3\",\"P4\"],\"meetings\":4}],", "")
                .replace("\"pay\":[{\"personId\":\"P5\",\"role\":\"CEO\",\"fte\":1.0,\"salary\":150000,\"approvedBy\":\"BOARD\"}],", "\"pay\":null,");
        assertThat(doc).doesNotContain("\"growth\"").doesNotContain("\"committees\"");
        TrustDocument d = parsed(new DocumentParser().parse(RawDocument.of("t", 0, 1, TestDocs.utf8(doc)))).document();
        assertThat(d.growth()).isNull();
        assertThat(d.governance().committees()).isNull();
        assertThat(d.pay()).isNull();                         // null = absent
        assertThat(d.transactions()).hasSize(2);
    }

    @Test
    void minimalDocumentValues() {
        TrustDocument d = parsed(new DocumentParser().parse(RawDocument.of("t", 0, 1, TestDocs.utf8(TestDocs.minimal())))).document();
        assertThat(d.finance().totalIncome()).isEqualTo(new BigDecimal("5000000.500"));   // 3 decimals written, 1 by value
        assertThat(d.transactions().get(0).amount()).isEqualTo(new BigDecimal("48000.00"));
        assertThat(d.governance().internalScrutiny().reportsInPeriod()).isEqualTo(3); // 3.0 is whole
        assertThat(d.people().get(5).name()).isNull();
        assertThat(d.growth().get(0).dueDiligence(Enums.DueDiligenceArea.HR)).isEqualTo(Enums.DueDiligenceStatus.NOT_DONE);
        assertThat(d.growth().get(1).joinedOn()).isNull();   // 150009 not an academy yet: allowed
        assertThat(d.parties().get(1).relatedParty()).isFalse();
    }
}
