package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.parsed;
import static org.matrisk.json.read.TestDocs.utf8;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matrisk.model.Coverage;
import org.matrisk.model.Section;
import org.matrisk.model.TrustDocument;

/** {@code --upgrade-v1}: a version 1 document read as version 2 (contract trust-data-v2.md section 1). */
class UpgradeV1Test {

    private static final DocumentParser UPGRADE = new DocumentParser(ReaderLimits.defaults(), true);

    private static TrustDocument upgrade(String doc) {
        return parsed(UPGRADE.parse(RawDocument.of("in.json", 0, 1, utf8(doc)))).document();
    }

    /** The sections whose data a version 1 document cannot carry (docs/readings.md, "Reader: version 2 and --upgrade-v1"). */
    private static final Set<Section> NO_V1_DATA = EnumSet.of(Section.FAMILY, Section.PROCUREMENT, Section.EXPENSES, Section.TRANSFERS);

    @ParameterizedTest
    @ValueSource(strings = {"read/examples/northgate-risky.json", "read/examples/riverside-clean.json"})
    void bothExamplesBindWithCatalogueTwo(String resource) {
        String text = TestDocs.resourceText(resource);
        TrustDocument plain = V2ReaderTest.bind(text);
        TrustDocument d = upgrade(text);
        assertThat(plain.catalogue()).isEqualTo(1);
        assertThat(d.catalogue()).isEqualTo(2);
        assertThat(d.coverage().isV2()).isTrue();
        assertThat(d.schemaVersion()).isEqualTo("1");
        for (Section s : Section.values()) {
            assertThat(d.coverage().complete(s)).as(s.key()).isEqualTo(!NO_V1_DATA.contains(s));
            if (d.coverage().complete(s)) assertThat(d.coverage().sections().get(s).source()).isEqualTo("schema version 1");
        }
        assertThat(d.coverage().nulls()).isEmpty();
        assertThat(d.coverage().months()).isEmpty();
        assertThat(d.coverage().bands()).isEmpty();
        // the same facts as the plain reading
        assertThat(d.people()).isEqualTo(plain.people());
        assertThat(d.transactions()).isEqualTo(plain.transactions());
        assertThat(d.finance()).isEqualTo(plain.finance());
        assertThat(d.transfers()).isNull();
    }

    @Test
    void aSectionWithItsOwnCollectionIsCompleteOnlyWhenTheCollectionIsPresent() {
        String doc = TestDocs.mutate("\"pay\":[{\"personId\":\"P5\",\"role\":\"CEO\",\"fte\":1.0,\"salary\":150000,\"approvedBy\":\"BOARD\"}],", "");
        doc = TestDocs.replaceOnce(doc, "\"returns\":[{\"kind\":\"AUDITED_ACCOUNTS\",\"submittedOn\":\"2024-12-13\"}]", "\"x\":1");
        Coverage cov = upgrade(doc).coverage();
        assertThat(cov.partial(Section.PAY)).isTrue();
        assertThat(cov.partial(Section.RETURNS)).isTrue();
        assertThat(cov.complete(Section.FINANCE)).isTrue();
        assertThat(cov.complete(Section.TRANSACTIONS)).isTrue();
        assertThat(cov.complete(Section.DECLARATIONS)).isTrue();
        assertThat(cov.complete(Section.WEBSITE)).isTrue();
        assertThat(cov.complete(Section.OFSTED)).isTrue();
        String noLedger = TestDocs.replaceOnce(TestDocs.minimal(), "\"transactions\":[", "\"ledger\":[");
        Coverage c2 = upgrade(noLedger).coverage();
        assertThat(c2.partial(Section.TRANSACTIONS)).isTrue();
        assertThat(c2.partial(Section.DECLARATIONS)).isTrue();
    }

    @Test
    void relatedPartyFalseIsTheProducersAssertionInTheUpgradedReading() {
        String doc = TestDocs.mutate("{\"id\":\"O2\",\"name\":\"Catering Ltd\"}", "{\"id\":\"O2\",\"name\":\"Catering Ltd\",\"relatedParty\":false}");
        assertThat(upgrade(doc).parties().get(1).assertedUnrelated()).isTrue();
        assertThat(upgrade(doc).parties().get(0).assertedUnrelated()).isFalse();
        assertThat(V2ReaderTest.bind(doc).parties().get(1).assertedUnrelated()).isFalse();
    }

    @Test
    void aBatchMayMixVersionsAndVersionTwoIsReadAsItIs() {
        TrustDocument v2 = upgrade(TestDocs.resourceText("read/examples/v2-coverage-partial.json"));
        assertThat(v2.coverage().partial(Section.TRANSACTIONS)).isTrue();
        assertThat(v2.coverage().complete(Section.FINANCE)).isTrue();
        assertThat(v2.schemaVersion()).isEqualTo("2");
        // an upgraded v1 document still refuses version 2 values: it is read by version 1's rules
        Problem p = TestDocs.rejected(UPGRADE.parse(RawDocument.of("x", 0, 1,
                utf8(TestDocs.mutate("\"kind\":\"SERVICES\"", "\"kind\":\"EXPENSES\""))))).problems().get(0);
        assertThat(p.pointer()).isEqualTo("/transactions/0/kind");
        assertThat(new DocumentParser().withUpgradeV1(true).upgradesV1()).isTrue();
    }
}
