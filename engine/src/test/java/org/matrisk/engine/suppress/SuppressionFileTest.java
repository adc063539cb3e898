package org.matrisk.engine.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionFileTest {

    static List<String> problems(String json) {
        SuppressionFileException e = catchThrowableOfType(SuppressionFileException.class,
                () -> Suppressions.parse(json, "suppressions.json"));
        assertThat(e).as("expected the file to be refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(), e.problems()));
        return e.problems();
    }

    static final String GOOD = "{ \"ruleId\": \"RPT-04\", \"trustId\": \"10070002\", \"justification\": \"ok\", \"by\": \"A\", \"expires\": \"2026-03-31\" }";

    @Test
    void readsEveryField() {
        Suppressions s = Suppressions.parse("""
                { "suppressions": [
                  { "ruleId": "RPT-04", "trustId": "10070002", "pointer": "/transactions/1",
                    "justification": "Contract at cost; board minute 2024/17", "by": "J. Smith (Audit)", "expires": "2026-03-31" },
                  { "ruleId": "GOV-02", "trustId": "10070002", "pointer": null,
                    "justification": "Members to be appointed at the AGM", "by": "J. Smith", "expires": "2025-12-31" }
                ] }
                """, "suppressions.json");
        assertThat(s.entries()).containsExactly(
                new SuppressionEntry("RPT-04", "10070002", "/transactions/1", "Contract at cost; board minute 2024/17", "J. Smith (Audit)",
                        LocalDate.of(2026, 3, 31), "suppressions.json", 0),
                new SuppressionEntry("GOV-02", "10070002", null, "Members to be appointed at the AGM", "J. Smith",
                        LocalDate.of(2025, 12, 31), "suppressions.json", 1));
    }

    @Test
    void namesTheFileTheEntryAndTheFieldOfEveryProblem() {
        assertThat(problems("""
                { "suppressions": [
                  %s,
                  { "ruleId": "RPT-04", "trustId": "10070002", "by": "A", "expires": "2026-03-31" },
                  { "ruleId": "RPT-04", "trustId": "10070002", "justification": "   ", "by": "A", "expires": "2026-03-31" },
                  { "ruleId": "RPT-04", "trustId": "10070002", "justification": "ok", "expires": "31/03/2026" },
                  { "ruleId": "RPT-04", "trustId": "10070002", "justification": "ok", "by": "A", "expires": "2026-02-30" },
                  { "trustId": 10070002, "justification": "ok", "by": "A" },
                  { "ruleId": " RPT-04", "trustId": "10070002", "pointer": "transactions/1", "justification": "ok", "by": "A", "expires": "2026-03-31" },
                  { "ruleId": "RPT-04", "trustId": "10070002", "pointer": "/a~2b", "justification": "ok", "by": "A", "expires": "2026-03-31", "expiry": "2027-01-01" },
                  "RPT-04"
                ] }
                """.formatted(GOOD))).containsExactly(
                "suppressions.json: /suppressions/1/justification: required",
                "suppressions.json: /suppressions/2/justification: required (must not be blank)",
                "suppressions.json: /suppressions/3/by: required",
                "suppressions.json: /suppressions/3/expires: not a date (YYYY-MM-DD): \"31/03/2026\"",
                "suppressions.json: /suppressions/4/expires: not a date (YYYY-MM-DD): \"2026-02-30\"",
                "suppressions.json: /suppressions/5/ruleId: required",
                "suppressions.json: /suppressions/5/trustId: must be a string",
                "suppressions.json: /suppressions/5/expires: required",
                "suppressions.json: /suppressions/6/ruleId: must not start or end with spaces: \" RPT-04\"",
                "suppressions.json: /suppressions/6/pointer: not a JSON Pointer (RFC 6901): must be empty or start with /: \"transactions/1\"",
                "suppressions.json: /suppressions/7/expiry: unknown field (allowed: ruleId, trustId, pointer, justification, by, expires)",
                "suppressions.json: /suppressions/7/pointer: not a JSON Pointer (RFC 6901): ~ must be followed by 0 or 1: \"/a~2b\"",
                "suppressions.json: /suppressions/8: must be an object");
    }

    @Test
    void theTopLevelMustBeAnObjectWithASuppressionsArray() {
        assertThat(problems("[]")).containsExactly("suppressions.json: must be a JSON object { \"suppressions\": [ ... ] }");
        assertThat(problems("{}")).containsExactly("suppressions.json: /suppressions: required (an array of suppressions)");
        assertThat(problems("{\"suppressions\": {}}")).containsExactly("suppressions.json: /suppressions: must be an array");
        assertThat(problems("{\"suppression\": []}")).containsExactly(
                "suppressions.json: /suppression: unknown field (allowed: suppressions)",
                "suppressions.json: /suppressions: required (an array of suppressions)");
    }

    @Test
    void malformedJsonIsRefusedStrictly() {
        assertThat(problems("{ \"suppressions\": [ " + GOOD + ", ] }")).singleElement().asString()
                .matches("suppressions\\.json: not valid JSON at line 1 column \\d+");
        assertThat(problems("{ // comment\n \"suppressions\": [] }")).singleElement().asString()
                .startsWith("suppressions.json: not valid JSON");
        assertThat(problems("{ \"suppressions\": [] } {}")).singleElement().asString()
                .startsWith("suppressions.json: not valid JSON");
        assertThat(problems("")).containsExactly("suppressions.json: not valid JSON: End of input at line 1 column 1");
    }

    @Test
    void aDuplicateFieldIsRefusedRatherThanSilentlyOverwritten() {
        assertThat(problems("{ \"suppressions\": [ { \"ruleId\": \"RPT-04\", \"ruleId\": \"RPT-05\" } ] }"))
                .containsExactly("suppressions.json: /suppressions/0/ruleId: duplicate field");
    }
}
