package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.pack.PackMetadata;
import org.matrisk.engine.pack.RulePack;

class RulesDocTest {
    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path doc = Path.of("../../docs/rules.md");
        String expected = RulesMarkdown.render(RulePack.builtin(), PackMetadata.catalog(RulePack.builtin()));
        assertThat(doc).as("docs/rules.md exists").exists();
        assertThat(Files.readString(doc))
                .as("docs/rules.md is stale: regenerate with ./matrisk rules --format markdown > docs/rules.md "
                        + "(or mvn -Pdocs -pl adapters/cli -am process-classes)")
                .isEqualTo(expected);
        assertThat(expected).contains("### GOV-01").contains("gov.minMembers");
    }
}
