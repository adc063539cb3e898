package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code explain} and docs/rules.md show a rule's primary citation and its verdict, its see-also sources, and the
 * parameters the catalogue marks unconfirmed (docs/rule-packs.md, "References"; docs/sources.md).
 */
class ExplainSourcesTest {
    @Test
    void explainShowsTheCitationVerdictAndTheSeeAlsoSources() {
        CliRun r = CliRun.of("explain", "GOV-17");
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("reference  ATH 2024 para 1.29, 1.39  https://www.gov.uk/")
                .contains("citation   primary: handbook paragraph")
                .contains("see also   DfE: Academy trusts: off-payroll appointments")
                .contains("https://isbl.org.uk/");
        // the secondary source is listed after the reference, not as it
        int ref = r.out().indexOf("reference"), see = r.out().indexOf("michelmores.com");
        assertThat(see).isGreaterThan(ref);
        assertThat(r.out().lines().filter(l -> l.startsWith("  reference")).findFirst().orElseThrow()).doesNotContain("michelmores");
    }

    @Test
    void explainMarksUnconfirmedParametersAndOnlyThose() {
        String rpt04 = CliRun.of("explain", "RPT-04").out();
        // the description marks the de minimis unconfirmed
        assertThat(rpt04).contains("rpt.atCostDeMinimis (money)").contains("UNCONFIRMED: the rule catalogue could not confirm this parameter");
        String gov11 = CliRun.of("explain", "GOV-11").out();
        // a value's source marks it: the value line says so, the confirmed ones do not
        assertThat(gov11).contains("UNCONFIRMED: the rule catalogue could not confirm the values marked below");
        assertThat(gov11.lines().filter(l -> l.contains("[unconfirmed]"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.toLowerCase()).contains("unconfirmed"));
        assertThat(gov11.lines().filter(l -> l.contains("AFH 2020: the external auditor no longer an option"))).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("[unconfirmed]"));
        String gov10 = CliRun.of("explain", "GOV-10").out();
        assertThat(gov10).doesNotContain("UNCONFIRMED").doesNotContain("[unconfirmed]");
    }

    @Test
    void aCustomRuleCitingALocalPolicyIsExplainedNotRefused() {
        Path pack = Path.of("../../examples/packs/cash-reserves");
        CliRun r = CliRun.of("explain", "X-03", "--rules", pack.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("citation   not a primary citation (guidance section form)");
    }

    @Test
    void rulesMarkdownCountsTheKindsAndListsSeeAlsoAndUnconfirmed() throws Exception {
        String md = Files.readString(Path.of("../../docs/rules.md"));
        assertThat(md).containsPattern("References \\(.*\\): \\d+ handbook paragraphs, \\d+ (legislation provisions|guidance sections)")
                .doesNotContain("not primary")
                .contains("- See also: [DfE: Academy trusts: off-payroll appointments (cites ATH 1.29 and 1.39)](https://www.gov.uk/guidance/academy-trusts-off-payroll-appointments)")
                .contains("**(unconfirmed)**").contains("**unconfirmed**");
    }
}
