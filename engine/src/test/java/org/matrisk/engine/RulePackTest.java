package org.matrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matrisk.engine.pack.RuleMeta;

class RulePackTest {
    @Test
    void builtinPackCompilesWithMetadataOnEveryRule() {
        RiskEngine engine = RiskEngine.builtin();
        assertThat(engine.catalog().rules()).isNotEmpty();
        for (RuleMeta m : engine.catalog().rules()) {
            assertThat(m.title()).as(m.id()).isNotBlank();
            System.out.println(m);
        }
    }
}
