package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.mutateV2;
import static org.matrisk.json.read.TestDocs.replaceOnce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matrisk.model.TrustDocument;

/** The validation of contract trust-data-v2.md section 6, one mutation of the version 2 minimal document per check. */
class V2ValidationTest {

    private static Problem first(String doc) {
        return TestDocs.rejected(V2ReaderTest.parse(doc)).problems().get(0);
    }

    private static void rejects(String doc, String pointer, String reason) {
        Problem p = first(doc);
        assertThat(p.pointer()).isEqualTo(pointer);
        assertThat(p.reason()).contains(reason);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"LOCAL_GOVERNOR","from":"2020-01","academyUrn":"999"}]} | /people/0/roles/0/academyUrn | dangling reference "999": no academy with that urn
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"CEO","from":"2020-03","to":"2020-02-28"}]} | /people/0/roles/0/to | to 2020-02-28 is before from 2020-03; expected to >= from
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"CEO","from":"2020-03-01","knownUntil":"2020-02"}]} | /people/0/roles/0/knownUntil | knownUntil 2020-02 is before from 2020-03-01
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"CEO"}]} | /people/0/roles/0/from | required field is missing
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"BOSS","from":"2020-01-01"}]} | /people/0/roles/0/role | unknown value "BOSS"; expected one of MEMBER, TRUSTEE
            "from":"2019-05-01"       | "from":"2019-05-01","knownUntil":"2019-04-30" | /people/3/appointments/0/knownUntil | knownUntil 2019-04-30 is before from 2019-05-01
            {"id":"P1"}               | {"id":"P1","familyOf":[{"personId":"P1","relation":"CHILD"}]} | /people/0/familyOf/0/personId | is this person's own id
            {"id":"P1"}               | {"id":"P1","familyOf":[{"personId":"P9","relation":"CHILD"}]} | /people/0/familyOf/0/personId | dangling reference "P9": no person with that id
            {"id":"P1"}               | {"id":"P1","familyOf":[{"personId":"P2"}]} | /people/0/familyOf/0/relation | required field is missing
            {"id":"P1"}               | {"id":"P1","roles":[{"role":"MEMBER","from":"2019-01-01","to":"2024-08-30"}]} | /governance/members/0 | "P1" is listed as holding MEMBER on period.end 2024-08-31, but none of their MEMBER roles (/people/0/roles) holds that day
            {"id":"P2"}               | {"id":"P2","roles":[{"role":"MEMBER","from":"2024-09"}]} | /governance/members/1 | none of their MEMBER roles
            {"id":"P3",               | {"id":"P3","roles":[{"role":"TRUSTEE","from":"2019-01-01","to":"2020-01"}], | /governance/trustees/0 | TRUSTEE on period.end
            {"id":"P4",               | {"id":"P4","roles":[{"role":"CHAIR","from":"2024-09-01"}], | /governance/chair | "P4" is listed as holding CHAIR
            {"id":"P5",               | {"id":"P5","roles":[{"role":"ACCOUNTING_OFFICER","from":"2019-01-01","to":"2023-12-31"}], | /governance/accountingOfficer | ACCOUNTING_OFFICER
            {"id":"P6",               | {"id":"P6","roles":[{"role":"CFO","from":"2019-01-01","to":"2023-12-31"}], | /governance/chiefFinancialOfficer | CFO
            "family":{"complete":true} | "famliy":{"complete":true}  | /coverage/famliy | unknown coverage section "famliy"; expected one of finance, returns, governance
            "family":{"complete":true} | "family":{"source":"press"} | /coverage/family/complete | required field is missing
            "family":{"complete":true} | "family":{"complete":"yes"} | /coverage/family/complete | expected a boolean, got string "yes"
            "family":{"complete":true} | "family":true               | /coverage/family | expected an object, got boolean true
            "family":{"complete":true} | "family":{"complete":true,"asAt":"2024-13-01"} | /coverage/family/asAt | not a date in the form YYYY-MM-DD or YYYY-MM
            "transfers":[],            | ''                          | /coverage/transfers/complete | complete: true for transfers requires the transfers list to be present (an empty list [] is allowed)
            "returns":[{"kind":"AUDITED_ACCOUNTS","submittedOn":"2024-12-13"}] | "x":1 | /coverage/returns/complete | requires finance.returns
            "growth":[{"academyUrn":"140002" | "x":[{"academyUrn":"140002" | /coverage/growth/complete | requires the growth list
            "kind":"SERVICES"}        | "kind":"SERVICES","expense":{"claimantPersonId":"P1"}} | /transactions/0/expense | expense is allowed only on kind EXPENSES (kind is SERVICES)
            "kind":"SERVICES"}        | "kind":"EXPENSES","expense":{"claimantPersonId":"P9"}} | /transactions/0/expense/claimantPersonId | dangling reference "P9"
            "kind":"SERVICES"}        | "kind":"EXPENSES","expense":{"claimantPersonId":"P1","approverPersonId":"P0"}} | /transactions/0/expense/approverPersonId | dangling reference "P0"
            "kind":"SERVICES"}        | "kind":"EXPENSES","expense":{"category":"MILEAGE"}} | /transactions/0/expense/claimantPersonId | required field is missing
            "kind":"SERVICES"}        | "kind":"EXPENSES","expense":{"claimantPersonId":"P1","miles":-1}} | /transactions/0/expense/miles | out of range
            "kind":"COMPANY"          | "kind":"COMPANY","personId":"P1" | /parties/0/personId | personId is allowed only on INDIVIDUAL parties (kind is COMPANY)
            "kind":"COMPANY"          | "kind":"INDIVIDUAL","personId":"P9" | /parties/0/personId | dangling reference "P9"
            "kind":"COMPANY"          | "kind":"COMPANY","personId":"" | /parties/0/personId | empty string
            "kind":"COMPANY"          | "kind":"COMPANY","links":[{"partyId":"O1","kind":"PARENT"}] | /parties/0/links/0/partyId | is this party's own id
            "kind":"COMPANY"          | "kind":"COMPANY","links":[{"partyId":"O9","kind":"PARENT"}] | /parties/0/links/0/partyId | dangling reference "O9": no party with that id
            "kind":"COMPANY"          | "kind":"COMPANY","links":[{"partyId":"O2","kind":"COUSIN"}] | /parties/0/links/0/kind | unknown value "COUSIN"
            "kind":"SERVICES"}        | "kind":"SERVICES","beneficiaryPersonIds":["P1","P9"]} | /transactions/0/beneficiaryPersonIds/1 | dangling reference "P9"
            "kind":"SERVICES"}        | "kind":"SERVICES","beneficiaryPersonIds":["P1","P1"]} | /transactions/0/beneficiaryPersonIds/1 | "P1" is listed twice (first at index 0)
            "kind":"SERVICES"}        | "kind":"SERVICES","beneficiaryPersonIds":[""]} | /transactions/0/beneficiaryPersonIds/0 | empty string
            "kind":"SERVICES"}        | "kind":"SERVICES","propriety":["GIFT","GIFT"]} | /transactions/0/propriety/1 | tag GIFT is given twice
            "kind":"SERVICES"}        | "kind":"SERVICES","propriety":["BRIBE"]} | /transactions/0/propriety/0 | unknown value "BRIBE"; expected one of HOSPITALITY, GIFT
            "kind":"SERVICES"}        | "kind":"SERVICES","headcount":0} | /transactions/0/headcount | 0 is below 1
            "kind":"SERVICES"}        | "kind":"SERVICES","fundedFrom":"PRIVATE"} | /transactions/0/fundedFrom | unknown value "PRIVATE"
            "kind":"SERVICES"}        | "kind":"SERVICES","servicePeriod":{"from":"2023-02-30"}} | /transactions/0/servicePeriod/from | "2023-02-30" is not a real date; expected YYYY-MM-DD or YYYY-MM
            "kind":"SERVICES"}        | "kind":"SERVICES","procurement":{"directAwardJustification":""}} | /transactions/0/procurement/directAwardJustification | empty string
            "kind":"SERVICES"}        | "kind":"SERVICES","procurement":{"chosenRank":0}} | /transactions/0/procurement/chosenRank | 0 is below 1
            "kind":"SERVICES"}        | "kind":"SERVICES","procurement":{"quotes":-1}} | /transactions/0/procurement/quotes | negative
            "kind":"SERVICES"}        | "kind":"SERVICES","procurement":{"contractValue":5,"contractValueBand":{"from":1,"to":9}}} | /transactions/0/procurement/contractValueBand | contractValue and contractValueBand are both given
            "kind":"SERVICES"}        | "kind":"SERVICES","procurement":{"method":"HANDSHAKE"}} | /transactions/0/procurement/method | unknown value "HANDSHAKE"
            "amount":48000.00         | "amountBand":{"from":2,"to":1} | /transactions/0/amountBand/to | to (1) is below from (2); expected from <= to
            "amount":48000.00         | "amountBand":{"from":-2,"to":1} | /transactions/0/amountBand/from | is negative
            "amount":48000.00         | "amountBand":{"from":2} | /transactions/0/amountBand/to | required field is missing
            "amount":48000.00         | "amount":48000.00,"amountBand":{"from":1,"to":2} | /transactions/0/amountBand | amount and amountBand are both given; expected one of them
            "amount":48000.00         | "amountBand":null | /transactions/0/amount | required field is missing; expected amount or amountBand
            "amount":48000.00         | "amount":null | /transactions/0/amount | required field is missing (got null); expected amount or amountBand
            "amount":500              | "amountBand":{"from":1,"to":0.5} | /specialPayments/0/amountBand/to | below from
            "amount":500              | "date2":1 | /specialPayments/0/amount | expected amount or amountBand
            "salary":150000           | "bonus":1 | /pay/0/salary | required field is missing; expected one of salary, salaryBand, totalBenefits, totalBenefitsBand
            "salary":150000           | "salary":150000,"salaryBand":{"from":1,"to":2} | /pay/0/salaryBand | salary and salaryBand are both given
            "salary":150000           | "salary":150000,"bonus":1,"bonusBand":{"from":1,"to":2} | /pay/0/bonusBand | bonus and bonusBand are both given
            "salary":150000           | "totalBenefits":1,"totalBenefitsBand":{"from":1,"to":2} | /pay/0/totalBenefitsBand | both given
            "salary":150000           | "salary":150000,"externalRemuneration":[{"partyId":"O9","amount":1}] | /pay/0/externalRemuneration/0/partyId | dangling reference "O9"
            "salary":150000           | "salary":150000,"externalRemuneration":[{"partyId":"O1"}] | /pay/0/externalRemuneration/0/amount | expected amount or amountBand
            "date":"2023-11-06"       | "date":"2023-13"            | /transactions/0/date | "2023-13" is not a real month; expected YYYY-MM-DD or YYYY-MM
            "date":"2023-11-06"       | "date":"2023/11"            | /transactions/0/date | not a date in the form YYYY-MM-DD or YYYY-MM
            "date":"2023-11-06"       | "date":20231106             | /transactions/0/date | expected a date string (YYYY-MM-DD or YYYY-MM), got number
            "start":"2023-09-01"      | "start":"2023-09"           | /period/start | "2023-09" is a month; this field takes a full date YYYY-MM-DD
            "end":"2024-08-31"        | "end":"2024-08"             | /period/end | is a month
            "asOf":"2025-06-30"       | "asOf":"2025-06"            | /asOf | is a month
            "yearEnd":"2025-08-31"    | "yearEnd":"2025-08"         | /finance/forecast/0/yearEnd | is a month
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","liftedOn":"2024-06-03" | /notices/0/liftedOn | liftedOn 2024-06-03 is not after issuedOn 2024-06-03; expected liftedOn > issuedOn
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06","liftedOn":"2024-05" | /notices/0/liftedOn | liftedOn 2024-05 is not after issuedOn 2024-06
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","knownUntil":"2024-05-31" | /notices/0/knownUntil | knownUntil 2024-05-31 is before issuedOn 2024-06-03
            "kind":"NTI_WARNING_LETTER" | "kind":"GROWTH_PAUSE"      | /notices/0/academyUrn | a GROWTH_PAUSE notice is about the trust: academyUrn must be absent
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","conditions":[{"id":"C1","kind":"STOP_PAYMENTS"}] | /notices/0/conditions/0/partyId | required field is missing; a STOP_PAYMENTS condition names the party
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","conditions":[{"id":"C1","kind":"STOP_PAYMENTS","partyId":null}] | /notices/0/conditions/0/partyId | required field is missing (got null)
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","conditions":[{"id":"C1","kind":"REPAYMENT","partyId":"O9"}] | /notices/0/conditions/0/partyId | dangling reference "O9"
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","conditions":[{"id":"C1","kind":"REPORTING"},{"id":"C1","kind":"OTHER"}] | /notices/0/conditions/1/id | duplicate condition id "C1" (first at /notices/0/conditions/0)
            "issuedOn":"2024-06-03"   | "issuedOn":"2024-06-03","conditions":[{"kind":"OTHER"}] | /notices/0/conditions/0/id | required field is missing
            "transfers":[]            | "transfers":[],"centralServicesCharges":[{"yearEnd":"2024-08-31","ratePercent":5},{"yearEnd":"2024-08-31","ratePercent":6}] | /centralServicesCharges/1/yearEnd | a second charge for the year ending 2024-08-31 (trust-wide; first at /centralServicesCharges/0)
            "transfers":[]            | "transfers":[],"centralServicesCharges":[{"yearEnd":"2024-08-31","ratePercent":5,"academyUrn":"999"}] | /centralServicesCharges/0/academyUrn | dangling reference "999"
            "transfers":[]            | "transfers":[],"centralServicesCharges":[{"yearEnd":"2024-08","ratePercent":5}] | /centralServicesCharges/0/yearEnd | is a month
            "transfers":[]            | "transfers":[],"centralServicesCharges":[{"yearEnd":"2024-08-31","ratePercent":101}] | /centralServicesCharges/0/ratePercent | out of range; expected 0 to 100
            "transfers":[]            | "transfers":[],"centralServicesCharges":[{"yearEnd":"2024-08-31"}] | /centralServicesCharges/0/ratePercent | required field is missing
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"CENTRE"},"amount":5}] | /transfers/0/to | to is the same end as from (CENTRE)
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"ACADEMY","academyUrn":"140001"},"to":{"kind":"ACADEMY","academyUrn":"140001"},"amount":5}] | /transfers/0/to | to is the same end as from (ACADEMY "140001")
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"ACADEMY","academyUrn":"999"},"to":{"kind":"CENTRE"},"amount":5}] | /transfers/0/from/academyUrn | dangling reference "999"
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O9"},"amount":5}] | /transfers/0/to/partyId | dangling reference "O9"
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY"},"amount":5}] | /transfers/0/to/partyId | required field is missing; a PARTY end names its party
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"ACADEMY"},"to":{"kind":"CENTRE"},"amount":5}] | /transfers/0/from/academyUrn | required field is missing; an ACADEMY end names its academy
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O1"}}] | /transfers/0/amount | expected amount or amountBand
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O1"},"amount":5,"fund":"PETTY"}] | /transfers/0/fund | unknown value "PETTY"
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O1"},"amount":5,"approvalRef":""}] | /transfers/0/approvalRef | empty string
            "transfers":[]            | "transfers":[{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O1"},"amount":5},{"id":"X1","date":"2024-01","from":{"kind":"CENTRE"},"to":{"kind":"PARTY","partyId":"O2"},"amount":5}] | /transfers/1/id | duplicate id "X1" (first at /transfers/0)
            "transfers":[]            | "transfers":[],"payBenchmark":{"dataYearEnd":"2023-08","measure":"SALARY","p95Pay":200000,"p95ShareOfGag":0.02} | /payBenchmark/dataYearEnd | is a month
            "transfers":[]            | "transfers":[],"payBenchmark":{"dataYearEnd":"2023-08-31","measure":"SALARY","p95Pay":200000,"p95ShareOfGag":2} | /payBenchmark/p95ShareOfGag | out of range; expected 0 to 1
            "transfers":[]            | "transfers":[],"payBenchmark":{"dataYearEnd":"2023-08-31","p95Pay":200000,"p95ShareOfGag":0.02} | /payBenchmark/measure | required field is missing
            "transfers":[]            | "transfers":[],"policies":{"procurement":{"minimumQuotes":0}} | /policies/procurement/minimumQuotes | 0 is below 1
            "transfers":[]            | "transfers":[],"policies":{"expenses":{"giftLimit":-1}} | /policies/expenses/giftLimit | is negative
            "transfers":[]            | "transfers":[],"policies":{"gagPooling":{"pools":"no"}} | /policies/gagPooling/pools | expected a boolean
            "cash":120000             | "cash":120000,"centre":{"revenueReservesEnd":"-1"} | /finance/centre/revenueReservesEnd | expected a number
            "cash":120000             | "cash":120000,"gagIncome":-1 | /finance/gagIncome | is negative
            "schemaVersion":"2"       | "schemaVersion":"3"         | /schemaVersion | unsupported schemaVersion "3"; expected "1" or "2"
            """)
    void sectionSixChecks(String from, String to, String pointer, String reason) {
        rejects(mutateV2(from, to), pointer, reason);
    }

    @Test
    void instalmentsOfOneContractAgreeOnTheirProcurementFacts() {
        String doc = mutateV2("\"kind\":\"SERVICES\"}", "\"kind\":\"SERVICES\",\"contractId\":\"C1\",\"procurement\":{\"writtenContract\":true,\"quotes\":3}}");
        String agreeing = replaceOnce(doc, "\"amount\":1200.5}", "\"amount\":1200.5,\"contractId\":\"C1\",\"procurement\":{\"quotes\":3.0}}");
        assertThat(V2ReaderTest.bind(agreeing).transactions().get(1).procurement().quotes()).isEqualTo(3);
        rejects(replaceOnce(doc, "\"amount\":1200.5}", "\"amount\":1200.5,\"contractId\":\"C1\",\"procurement\":{\"writtenContract\":false}}"),
                "/transactions/1/procurement/writtenContract",
                "contract \"C1\": writtenContract is false here but true at /transactions/0/procurement/writtenContract; instalments of one contract must agree");
        rejects(replaceOnce(doc, "\"amount\":1200.5}", "\"amount\":1200.5,\"contractId\":\"C1\",\"procurement\":{\"writtenContract\":null}}"),
                "/transactions/1/procurement/writtenContract", "writtenContract is null here but true at");
        String banded = mutateV2("\"kind\":\"SERVICES\"}", "\"kind\":\"SERVICES\",\"contractId\":\"C1\",\"procurement\":{\"contractValue\":10}}");
        rejects(replaceOnce(banded, "\"amount\":1200.5}", "\"amount\":1200.5,\"contractId\":\"C1\",\"procurement\":{\"contractValueBand\":{\"from\":5,\"to\":15}}}"),
                "/transactions/1/procurement/contractValueBand", "contractValue is 5..15 here but 10 at /transactions/0/procurement/contractValue");
        assertThat(V2ReaderTest.parse(replaceOnce(banded, "\"amount\":1200.5}",
                "\"amount\":1200.5,\"contractId\":\"C2\",\"procurement\":{\"contractValue\":11}}"))).isInstanceOf(Parsed.class);
    }

    @Test
    void anOrderIsAnErrorOnlyWhenNoChoiceOfDaysSatisfiesIt() {
        // from 2020-03 (some day in March) to 2020-03-01: possible when from is the 1st
        assertThat(V2ReaderTest.parse(mutateV2("{\"id\":\"P1\"}",
                "{\"id\":\"P1\",\"roles\":[{\"role\":\"CEO\",\"from\":\"2020-03\",\"to\":\"2020-03-01\",\"knownUntil\":\"2020-03\"}]}")))
                .isInstanceOf(Parsed.class);
        // lifted in the month of issue: possible
        assertThat(V2ReaderTest.parse(mutateV2("\"issuedOn\":\"2024-06-03\"", "\"issuedOn\":\"2024-06\",\"liftedOn\":\"2024-06\"")))
                .isInstanceOf(Parsed.class);
        // a listed member whose dated role ends in the month of period.end may hold it that day
        TrustDocument d = V2ReaderTest.bind(mutateV2("{\"id\":\"P1\"}",
                "{\"id\":\"P1\",\"roles\":[{\"role\":\"MEMBER\",\"from\":\"2019-01-01\",\"to\":\"2024-08\"},{\"role\":\"MEMBER\",\"from\":\"2010-01-01\",\"to\":\"2011-01-01\"}]}"));
        assertThat(d.people().get(0).roles()).hasSize(2);
        // a listed trustee without dated TRUSTEE entries holds the role on every date
        assertThat(V2ReaderTest.parse(mutateV2("{\"id\":\"P1\"}", "{\"id\":\"P1\",\"roles\":[{\"role\":\"TRUSTEE\",\"from\":\"2010-01-01\",\"to\":\"2011-01-01\"}]}")))
                .isInstanceOf(Parsed.class);
    }

    @Test
    void payNeedsOnlyOneOfItsFourFiguresAndBandsMayStandAlone() {
        TrustDocument d = V2ReaderTest.bind(mutateV2("\"salary\":150000", "\"totalBenefitsBand\":{\"from\":150000,\"to\":154999.99}"));
        assertThat(d.pay().get(0).salary()).isNull();
        assertThat(d.coverage().bands()).containsKey("/pay/0/totalBenefits");
        assertThat(V2ReaderTest.bind(mutateV2("\"salary\":150000", "\"salary\":null,\"salaryBand\":{\"from\":1,\"to\":1}")).coverage().bands())
                .containsKey("/pay/0/salary");
        assertThat(V2ReaderTest.bind(mutateV2("\"totalIncome\":5000000.500,", "")).finance().totalIncome()).isNull();
    }
}
