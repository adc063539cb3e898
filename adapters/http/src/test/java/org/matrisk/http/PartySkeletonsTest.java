package org.matrisk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.write.AssessmentGson;

/**
 * A proposed transaction is read against its context's document with the one party it names: the same transaction
 * as against the whole document, while a transaction that read refuses is left to the whole document.
 */
class PartySkeletonsTest {
    final Inputs inputs = new Inputs(ReaderLimits.defaults());

    /** The skeleton prefix of an example document, as the service keeps it: without transactions or the final brace. */
    static String skeletonPrefix(java.nio.file.Path example) {
        JsonObject o = JsonParser.parseString(Fixture.read(example)).getAsJsonObject();
        o.remove("transactions");
        String s = AssessmentGson.COMPACT.toJson(o);
        return s.substring(0, s.lastIndexOf('}'));
    }

    @Test
    void aTransactionReadsTheSameAgainstItsPartyAloneAsAgainstTheWholeDocument() {
        int n = 0;
        for (java.nio.file.Path example : new java.nio.file.Path[] {Fixture.NORTHGATE, Fixture.RIVERSIDE,
                Fixture.REPO.resolve("examples/v2/hollowmere-partial.json")}) {
            String prefix = skeletonPrefix(example);
            TrustContexts.PartySkeletons parties = TrustContexts.PartySkeletons.of(prefix);
            JsonArray all = JsonParser.parseString(Fixture.read(example)).getAsJsonObject().getAsJsonArray("transactions");
            for (JsonElement t : all) {
                if (!t.getAsJsonObject().has("partyId")) continue;
                byte[] body = AssessmentGson.COMPACT.toJson(t).getBytes(StandardCharsets.UTF_8);
                String quick = parties.prefixFor(body);
                assertThat(quick).as("the prefix for %s", t).isNotNull().hasSizeLessThan(prefix.length())
                        .contains("\"id\":\"" + t.getAsJsonObject().get("partyId").getAsString() + "\"");
                org.matrisk.model.Transaction whole;
                try {
                    whole = inputs.transaction(body, prefix, true).transactions().get(0);
                } catch (ProblemException refused) {
                    continue; // not a transaction the service can check alone (e.g. dated by a month of the coverage)
                }
                assertThat(inputs.transaction(body, quick, true).transactions().get(0)).as("%s of %s", t, example).isEqualTo(whole);
                n++;
            }
        }
        assertThat(n).as("transactions compared").isGreaterThan(5);
    }

    @Test
    void aTransactionNamingNoPartyOfTheContextHasNoQuickPrefixAndIsRefusedByTheWholeDocument() {
        String prefix = skeletonPrefix(Fixture.NORTHGATE);
        TrustContexts.PartySkeletons parties = TrustContexts.PartySkeletons.of(prefix);
        byte[] body = "{\"id\":\"X1\",\"date\":\"2025-01-10\",\"partyId\":\"NOBODY\",\"amount\":\"10.00\",\"direction\":\"PAYMENT\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(parties.prefixFor(body)).isNull();
        assertThat(parties.prefixFor("not json".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThatThrownBy(() -> inputs.transaction(body, prefix, true)).isInstanceOf(ProblemException.class);
    }
}
