package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.parsed;
import static org.matrisk.json.read.TestDocs.utf8;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Section;
import org.matrisk.model.TrustDocument;

/** Schema version 2 documents bind into the model (contract trust-data-v2.md sections 2-5). */
class V2ReaderTest {

    private static final DocumentParser PARSER = new DocumentParser();

    static ReadResult parse(String doc) {
        return PARSER.parse(RawDocument.of("in.json", 0, 1, utf8(doc)));
    }

    static TrustDocument bind(String doc) {
        return parsed(parse(doc)).document();
    }

    private static String example() {
        return TestDocs.resourceText("read/examples/v2-coverage-partial.json");
    }

    @Test
    void theV2ExampleBindsWithCoverageMonthsBandsRolesAndLinks() {
        TrustDocument d = bind(example());
        Coverage cov = d.coverage();
        assertThat(d.schemaVersion()).isEqualTo("2");
        assertThat(d.catalogue()).isEqualTo(2);
        assertThat(cov.complete(Section.FINANCE)).isTrue();
        assertThat(cov.complete(Section.APPOINTMENTS)).isTrue();
        assertThat(cov.partial(Section.TRANSACTIONS)).isTrue();
        assertThat(cov.partial(Section.RETURNS)).isTrue();                       // not named
        assertThat(cov.sections().get(Section.GOVERNANCE).source()).startsWith("GIAS governance download");
        assertThat(cov.sections().get(Section.FINANCE).asAt()).isEqualTo("2016-12-15");
        // a month: null in the model, its span in the coverage
        assertThat(d.transactions().get(0).date()).isNull();
        assertThat(cov.months()).containsEntry("/transactions/0/date",
                new DateSpan(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 10, 31)));
        assertThat(cov.date("/transactions/0", "date", null).toString()).isEqualTo("2015-10");
        assertThat(cov.date("/transactions/1", "date", d.transactions().get(1).date()).exact()).isEqualTo(LocalDate.of(2016, 1, 15));
        assertThat(cov.months()).containsKey("/people/4/roles/2/from");
        assertThat(cov.months()).containsKey("/academies/0/ofsted/0/date");
        assertThat(d.academies().get(0).ofsted().get(0).pointer()).isEqualTo("/academies/0/ofsted/0");
        assertThat(d.academies().get(0).ofsted().get(0).date()).isNull();
        // bands
        assertThat(d.pay().get(0).salary()).isNull();
        assertThat(cov.bands()).containsEntry("/pay/0/salary", new MoneyRange(new BigDecimal("120000"), new BigDecimal("124999.99")));
        assertThat(cov.money("/pay/0", "employerPension", null).hi()).isEqualByComparingTo("19999.99");
        assertThat(cov.bands()).containsKey("/pay/1/totalBenefits").containsKey("/transactions/0/amount")
                .containsKey("/specialPayments/0/amount");
        assertThat(d.pay().get(0).externalRemuneration()).singleElement().satisfies(r -> {
            assertThat(r.partyId()).isEqualTo("O-CEOLTD");
            assertThat(r.basis()).isEqualTo(Enums.RemunerationBasis.VIA_INTERMEDIARY);
            assertThat(r.pointer()).isEqualTo("/pay/0/externalRemuneration/0");
        });
        // roles, knownUntil, family
        assertThat(d.people().get(4).roles()).hasSize(4);
        assertThat(d.people().get(4).roles().get(2)).satisfies(r -> {
            assertThat(r.role()).isEqualTo(Enums.RoleKind.CEO);
            assertThat(r.from()).isNull();
            assertThat(r.knownUntil()).isEqualTo(LocalDate.of(2016, 6, 30));
            assertThat(r.pointer()).isEqualTo("/people/4/roles/2");
        });
        assertThat(d.people().get(7).roles().get(0).academyUrn()).isEqualTo("FICT-A2");
        assertThat(d.people().get(9).familyOf()).singleElement().satisfies(f -> {
            assertThat(f.personId()).isEqualTo("P-CHAIR-OLD");
            assertThat(f.relation()).isEqualTo(Enums.FamilyRelation.CHILD);
        });
        // parties: links, personId, relatedParty false
        assertThat(d.parties().get(0).links()).singleElement().satisfies(l -> {
            assertThat(l.partyId()).isEqualTo("O-CEOLTD");
            assertThat(l.kind()).isEqualTo(Enums.LinkKind.SUBCONTRACTOR);
            assertThat(l.pointer()).isEqualTo("/parties/0/links/0");
        });
        assertThat(d.parties().get(7).assertedUnrelated()).isTrue();
        assertThat(d.parties().get(7).relatedParty()).isFalse();
        assertThat(d.parties().get(6).assertedUnrelated()).isFalse();
        assertThat(d.parties().get(8).personId()).isEqualTo("P-CHAIR-OLD");
        // transactions
        assertThat(d.transactions().get(0).procurement().method()).isEqualTo(Enums.ProcurementMethod.NONE);
        assertThat(d.transactions().get(0).procurement().writtenContract()).isFalse();
        assertThat(d.transactions().get(0).procurement().pointer()).isEqualTo("/transactions/0/procurement");
        assertThat(cov.months()).containsKey("/transactions/1/procurement/awardedOn");
        assertThat(d.transactions().get(3).procurement().chosenRank()).isEqualTo(2);
        assertThat(d.transactions().get(6).propriety()).containsExactly(Enums.Propriety.GIFT, Enums.Propriety.ALCOHOL);
        assertThat(d.transactions().get(6).beneficiaryPersonIds()).containsExactly("P-T2");
        assertThat(d.transactions().get(6).headcount()).isEqualTo(4);
        assertThat(d.transactions().get(6).fundedFrom()).isEqualTo(Enums.Funding.PUBLIC);
        assertThat(d.transactions().get(7).kind()).isEqualTo(Enums.TransactionKind.EXPENSES);
        assertThat(d.transactions().get(7).expense()).satisfies(e -> {
            assertThat(e.claimantPersonId()).isEqualTo("P-CHAIR-OLD");
            assertThat(e.category()).isEqualTo(Enums.ExpenseCategory.MILEAGE);
            assertThat(e.miles()).isEqualByComparingTo("3800");
            assertThat(e.approvedOn()).isNull();
        });
        assertThat(d.transactions().get(5).propriety()).containsExactly(Enums.Propriety.POLITICAL);
        assertThat(d.transactions().get(2).propriety()).isEmpty();
        // finance, academies
        assertThat(d.finance().gagIncome()).isEqualByComparingTo("18900000");
        assertThat(d.finance().centreRevenueReservesEnd()).isEqualByComparingTo("-240000");
        assertThat(d.academies().get(1).revenueReservesStart()).isEqualByComparingTo("436000");
        // notices
        assertThat(d.notices().get(0).conditions()).hasSize(2);
        assertThat(d.notices().get(0).conditions().get(0)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Enums.ConditionKind.STOP_PAYMENTS);
            assertThat(c.partyId()).isEqualTo("O-IT");
            assertThat(c.dueOn()).isEqualTo(LocalDate.of(2016, 9, 30));
            assertThat(c.pointer()).isEqualTo("/notices/0/conditions/0");
        });
        assertThat(d.notices().get(0).knownUntil()).isEqualTo(LocalDate.of(2016, 12, 1));
        assertThat(d.notices().get(1).kind()).isEqualTo(Enums.NoticeKind.GROWTH_PAUSE);
        assertThat(d.notices().get(1).issuedOn()).isNull();
        assertThat(d.notices().get(2).conditions()).isNull();                   // absent: not known to be none
        // transfers, charges, policies
        assertThat(d.transfers()).hasSize(2);
        assertThat(d.transfers().get(0).from()).isEqualTo(new org.matrisk.model.FundsEnd(Enums.FundsEndKind.ACADEMY, "FICT-A2", null));
        assertThat(d.transfers().get(0).to().kind()).isEqualTo(Enums.FundsEndKind.CENTRE);
        assertThat(d.transfers().get(1).use()).isEqualTo(Enums.FundUse.REVENUE);
        assertThat(d.centralServicesCharges()).extracting(c -> c.ratePercent().intValue()).containsExactly(5, 7);
        assertThat(d.centralServicesCharges().get(1).yearEnd()).isEqualTo(LocalDate.of(2016, 8, 31));
        assertThat(d.policies().procurement().minimumQuotes()).isEqualTo(3);
        assertThat(d.policies().expenses().mileageRate()).isEqualByComparingTo("0.45");
        assertThat(d.policies().gagPooling().pools()).isFalse();
        assertThat(d.payBenchmark()).isNull();
        assertThat(cov.nulls()).isEmpty();
    }

    @Test
    void aDocumentedNullIsRecordedAtItsFieldPointer() {
        String doc = TestDocs.replaceOnce(example(), "\"atCost\": false", "\"atCost\": false, \"approvalRef\": null, \"declaredOn\": null");
        doc = TestDocs.replaceOnce(doc, "\"gagPooling\": {\"pools\": false}", "\"gagPooling\": {\"pools\": false, \"appealsMechanism\": null}");
        TrustDocument d = bind(doc);
        Coverage cov = d.coverage();
        assertThat(cov.nulls()).containsExactlyInAnyOrder("/transactions/1/approvalRef", "/transactions/1/declaredOn",
                "/policies/gagPooling/appealsMechanism");
        assertThat(d.transactions().get(1).approvalRef()).isNull();
        assertThat(cov.none(Section.DECLARATIONS, "/transactions/1", "approvalRef", null)).isEqualTo(org.matrisk.engine.facts.Tri.TRUE);
        assertThat(cov.none(Section.DECLARATIONS, "/transactions/0", "approvalRef", null)).isEqualTo(org.matrisk.engine.facts.Tri.UNKNOWN);
    }

    @Test
    void theCleanV2BaseParsesWithEverySectionComplete() {
        TrustDocument d = bind(TestDocs.resourceText("read/examples/clean-v2.json"));
        for (Section s : Section.values()) assertThat(d.coverage().complete(s)).as(s.key()).isTrue();
        assertThat(d.coverage().catalogue()).isEqualTo(2);
        TrustDocument m = bind(TestDocs.minimalV2());
        assertThat(m.coverage().complete(Section.TRANSFERS)).isTrue();
        assertThat(m.transfers()).isEmpty();
    }

    @Test
    void theVersionMayComeAfterTheMembersItGoverns() {
        String doc = TestDocs.minimalV2().replace("\"schemaVersion\":\"2\",", "");
        doc = doc.substring(0, doc.length() - 1) + ",\"schemaVersion\":\"2\"}";
        doc = doc.replace("\"date\":\"2023-11-06\"", "\"date\":\"2023-11\"");
        TrustDocument d = bind(doc);
        assertThat(d.schemaVersion()).isEqualTo("2");
        assertThat(d.coverage().months()).containsKey("/transactions/0/date");
    }

    @Test
    void versionOneDocumentsBindAsBefore() {
        TrustDocument d = bind(TestDocs.minimal());
        assertThat(d.coverage()).isSameAs(Coverage.V1);
        assertThat(d.policies()).isNull();
        assertThat(d.academies().get(0).ofsted().get(0).pointer()).isNull();
        // v2 members are unknown members of a v1 document: ignored (contract v1: unknown fields are ignored)
        TrustDocument e = bind(TestDocs.mutate("{\"id\":\"P1\"}", "{\"id\":\"P1\",\"roles\":[{\"role\":\"CEO\",\"from\":\"2020-01\"}]}"));
        assertThat(e.people().get(0).roles()).isEmpty();
        assertThat(e.coverage()).isSameAs(Coverage.V1);
    }

    @Test
    void versionOneRefusesVersionTwoValues() {
        Problem kind = TestDocs.rejected(parse(TestDocs.mutate("\"kind\":\"SERVICES\"", "\"kind\":\"EXPENSES\""))).problems().get(0);
        assertThat(kind).isEqualTo(new Problem("/transactions/0/kind",
                "unknown value \"EXPENSES\"; expected one of GOODS, SERVICES, LEASE, LOAN, DONATION, OTHER"));
        for (String k : List.of("WARNING_NOTICE", "MINDED_TO_TERMINATE", "INTENTION_TO_TERMINATE", "GROWTH_PAUSE", "INVESTIGATION_OPEN")) {
            Problem p = TestDocs.rejected(parse(TestDocs.mutate("\"kind\":\"NTI_WARNING_LETTER\"", "\"kind\":\"" + k + "\""))).problems().get(0);
            assertThat(p.pointer()).isEqualTo("/notices/0/kind");
            assertThat(p.reason()).startsWith("unknown value \"" + k + "\"; expected one of NOTICE_TO_IMPROVE")
                    .endsWith("TERMINATION_WARNING, TERMINATION");
        }
        Problem month = TestDocs.rejected(parse(TestDocs.mutate("\"date\":\"2023-11-06\"", "\"date\":\"2023-11\""))).problems().get(0);
        assertThat(month).isEqualTo(new Problem("/transactions/0/date", "\"2023-11\" is not a date in the form YYYY-MM-DD"));
        Problem band = TestDocs.rejected(parse(TestDocs.mutate("\"amount\":48000.00", "\"amountBand\":{\"from\":1,\"to\":2}"))).problems().get(0);
        assertThat(band).isEqualTo(new Problem("/transactions/0/amount", DocumentBinder.MISSING));
        assertThat(bind(TestDocs.mutate("\"kind\":\"SERVICES\"", "\"kind\":\"EXPENSES\"").replace("\"schemaVersion\":\"1\"",
                "\"schemaVersion\":\"2\",\"coverage\":{}")).transactions().get(0).kind()).isEqualTo(Enums.TransactionKind.EXPENSES);
    }
}
