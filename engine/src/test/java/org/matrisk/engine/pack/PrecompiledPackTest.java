package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.matrisk.engine.RiskEngine;

/**
 * The built-in pack precompiled at build time (Drools' executable model, engine/src/build/java/PrecompileBuiltinPack.java)
 * is what {@link PackCompiler} uses for it, and it declares the same rules with the same metadata as its DRL
 * compiled at run time. (The outcomes of both are the same: RuleFixturesTest and GoldenOutputTest pass on either.)
 */
class PrecompiledPackTest {
    @Test
    void theBuiltinPackIsBuiltFromThePrecompiledModel() {
        RulePack pack = RulePack.builtin();
        KieBase precompiled = PackCompiler.precompiled(pack);
        assertThat(precompiled).as("the engine build writes " + PackCompiler.PRECOMPILED + " for this pack's sha256").isNotNull();
        assertThat(RiskEngine.builtin().catalog().rules()).hasSize(PackCompiler.compile(pack).catalog().rules().size());
    }

    @Test
    void theModelDeclaresTheRulesAndMetadataOfTheDrl() {
        RulePack pack = RulePack.builtin();
        Map<String, Map<String, Object>> model = rules(PackCompiler.precompiled(pack));
        Map<String, Map<String, Object>> drl = rules(PackCompiler.compileDrl(pack));
        assertThat(model).hasSizeGreaterThan(300);
        assertThat(model.keySet()).containsExactlyElementsOf(drl.keySet());
        drl.forEach((name, md) -> assertThat(model.get(name)).as(name).isEqualTo(md));
    }

    @Test
    void anotherPackIsNotTakenForThePrecompiledOne(@TempDir Path dir) {
        RulePack alone = RulePack.load(TestPacks.rulePack(dir.resolve("alone"), "replace", TestPacks.rule(TestPacks.METADATA, TestPacks.WHEN)), false);
        RulePack extending = RulePack.load(TestPacks.example(), false);
        for (RulePack custom : java.util.List.of(alone, extending)) {
            assertThat(custom.sha256()).isNotEqualTo(RulePack.builtin().sha256());
            assertThat(PackCompiler.precompiled(custom)).as(custom.toString()).isNull();
        }
    }

    private static Map<String, Map<String, Object>> rules(KieBase base) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (KiePackage p : base.getKiePackages())
            for (Rule r : p.getRules()) out.put(r.getPackageName() + "/" + r.getName(), new TreeMap<>(r.getMetaData()));
        return out;
    }
}
