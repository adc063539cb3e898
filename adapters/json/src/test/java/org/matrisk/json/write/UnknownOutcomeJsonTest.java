package org.matrisk.json.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.UnknownOutcome;

/** The direct writer of UNKNOWN outcomes writes what Gson's reflective record adapter writes, compact and pretty. */
class UnknownOutcomeJsonTest {
    private static final Gson PLAIN = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Gson PLAIN_PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    @Test
    void writesAsTheReflectiveAdapterDoes() {
        List<UnknownOutcome> cases = List.of(
                new UnknownOutcome("RPT-01", "/transactions/0", List.of("coverage.governance", "declaredOn")),
                new UnknownOutcome("GOV-01", "", List.of()),
                new UnknownOutcome("PAY-02", "/pay/3", List.of("a \"quoted\" <b> & é \u2028 field")),
                new UnknownOutcome(null, null, List.of("x")));
        for (UnknownOutcome u : cases) {
            assertThat(AssessmentGson.COMPACT.toJson(u)).isEqualTo(PLAIN.toJson(u));
            assertThat(AssessmentGson.PRETTY.toJson(u)).isEqualTo(PLAIN_PRETTY.toJson(u));
            assertThat(AssessmentGson.COMPACT.toJsonTree(u)).isEqualTo(PLAIN.toJsonTree(u));
            assertThat(AssessmentGson.COMPACT.toJson(List.of(u, u))).isEqualTo(PLAIN.toJson(List.of(u, u)));
            assertThat(AssessmentGson.COMPACT.fromJson(PLAIN.toJson(u), UnknownOutcome.class)).isEqualTo(u);
        }
    }
}
