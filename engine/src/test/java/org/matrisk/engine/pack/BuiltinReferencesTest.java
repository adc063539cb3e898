package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matrisk.assessment.Reference;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterType;

/**
 * Every rule of the built-in pack, including rules added after this test was written (the catalogue is read from
 * the compiled pack, not listed here), cites a primary source in one of the forms of {@link Citations}: a handbook
 * edition and paragraph, an Act or SI and its provision, or an official gov.uk page and its section. A rule that
 * cites a secondary site, or a handbook part without a paragraph number, fails the build, named with its file and
 * what is missing. The forms are in docs/rule-packs.md ("References"); the sources chosen, in docs/sources.md.
 */
class BuiltinReferencesTest {
    static RuleCatalog builtin() {
        return PackCompiler.compile(RulePack.builtin()).catalog();
    }

    @Test
    void everyBuiltinRuleCitesAPrimarySource() {
        RuleCatalog catalog = builtin();
        List<String> failures = new ArrayList<>();
        for (RuleMeta r : catalog.rules()) {
            Citations.Verdict v = Citations.judge(r.reference());
            if (!v.primary()) failures.add(r.id() + " (" + r.file() + ", judged as a " + v.label() + "): " + String.join("; ", v.problems()));
        }
        assertThat(failures).as("rules whose reference is not a primary citation (docs/rule-packs.md, \"References\")").isEmpty();
        assertThat(catalog.size()).isGreaterThanOrEqualTo(67);
    }

    @Test
    void countsByKindAreThoseInDocsSources() {
        Map<Citations.Kind, Integer> kinds = new TreeMap<>();
        for (RuleMeta r : builtin().rules()) kinds.merge(Citations.judge(r.reference()).kind(), 1, Integer::sum);
        // every kind is in use; printed for docs/sources.md
        System.out.println("built-in references by kind: " + kinds);
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Citations.Kind.values());
    }

    @Test
    void seeAlsoIsReadFromTheMetadataAndKeptOutOfTheReference() {
        RuleCatalog catalog = builtin();
        RuleMeta aut03 = catalog.get("AUT-03");
        assertThat(aut03.seeAlso()).anySatisfy(e -> assertThat(e).contains("businessdocbox.com"));
        assertThat(aut03.reference().url()).doesNotContain("businessdocbox.com");
        assertThat(RuleMeta.seeAlso(" a https://x.example/1 |  | b https://y.example/2 ")).containsExactly("a https://x.example/1", "b https://y.example/2");
        assertThat(RuleMeta.seeAlso(null)).isEmpty();
        // the reference serialized in a finding has the four members of version 1 only
        assertThat(Reference.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("source", "edition", "paragraph", "url");
    }

    @ParameterizedTest(name = "{0} {1} para {2}: primary")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ATH|2024|2.4|https://www.gov.uk/guidance/academy-trust-handbook/part-2-main-financial-requirements|HANDBOOK",
            "ATH|2024|3.16-3.17|https://www.gov.uk/guidance/academy-trust-handbook/part-3-internal-scrutiny|HANDBOOK",
            "ATH|2025|2.27, 2.30|https://www.gov.uk/government/publications/academy-trust-handbook|HANDBOOK",
            "AFH|2020|2.32 (website pay bands)|https://www.gov.uk/government/publications/academies-financial-handbook|HANDBOOK",
            "Companies Act 2006|2006|s442|https://www.legislation.gov.uk/ukpga/2006/46/section/442|LEGISLATION",
            "Public Contracts Regulations 2015 (SI 2015/102)|2015|reg 6|https://www.legislation.gov.uk/uksi/2015/102/regulation/6|LEGISLATION",
            "SI 2021/1221|2021|reg 3(3)|https://legislation.gov.uk/uksi/2021/1221/regulation/3/made|LEGISLATION",
            "Procurement Act 2023|2023|Schedule 1|https://www.legislation.gov.uk/ukpga/2023/54/schedule/1|LEGISLATION",
            "DfE: Academy trust governance guide|March 2024|6 Accountability|https://www.gov.uk/guidance/-governance-in-academy-trusts/6-accountability|GUIDANCE",
            "DfE: Due diligence best practice guide|2021|2-3 (due diligence informs the decision)|https://www.gov.uk/government/publications/x|GUIDANCE",
            "DfE: Commissioning high-quality trusts|2023|Annex A (capacity)|https://www.gov.uk/government/publications/x|GUIDANCE",
            "DfE: Academy trust notices to improve|2021|'Open notices'|https://www.gov.uk/government/collections/academy-trust-notices-to-improve|GUIDANCE",
            "DfE: Academies accounts direction|2020 to 2021|Part 2 'Independent reporting accountant's report on regularity'|https://www.gov.uk/government/publications/academies-accounts-direction|GUIDANCE",
    })
    void acceptedForms(String source, String edition, String paragraph, String url, Citations.Kind kind) {
        Citations.Verdict v = Citations.judge(new Reference(source, edition, paragraph, url));
        assertThat(v.problems()).isEmpty();
        assertThat(v.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} {1} para {2}: {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a handbook part, no paragraph number
            "ATH|2024|part 4 (audit of the annual accounts)|https://www.gov.uk/guidance/academy-trust-handbook|HANDBOOK|paragraph number",
            // the edition is not a year
            "ATH|model 4|2.4|https://www.gov.uk/guidance/academy-trust-handbook|HANDBOOK|not a handbook year",
            // a handbook paragraph read on a law firm's summary
            "AFH|2020|1.5|https://www.michelmores.com/corporate-insight/september-2020-changes-academies-financial-handbook|HANDBOOK|not on gov.uk",
            // AFH was renamed ATH from 2021
            "AFH|2022|5.12|https://www.gov.uk/guidance/academy-trust-handbook|HANDBOOK|2006 to 2020",
            "ATH|2019|2.4|https://www.gov.uk/guidance/academy-trust-handbook|HANDBOOK|from 2021",
            // an Act without a provision, or read off another site
            "Companies Act 2006|2006|filing deadlines|https://www.legislation.gov.uk/ukpga/2006/46|LEGISLATION|provision",
            "Companies Act 2006|2006|s442|https://www.gov.uk/file-your-accounts|LEGISLATION|legislation.gov.uk",
            // a code repository, an aggregator mirror, the press
            "DfE casework (record concerns and support for trusts)|2022|NtI reason: Cumulative deficit (actual)|https://github.com/DFE-Digital/record-concerns-support-trusts|GUIDANCE|not on gov.uk",
            "NGA model schemes of delegation|model 4: earned autonomy (undated)|delegation withdrawn on decline|https://businessdocbox.com/98102851|GUIDANCE|holds no year",
            "Support and intervention in schools (DfE)|2024|academy warning notices|https://schoolsweek.co.uk/what-are-warning-notices-and-how-do-they-work/|GUIDANCE|does not start with a section",
            // gov.uk, but no section
            "DfE governance in academy trusts|undated (gov.uk guidance)|6 Accountability|https://www.gov.uk/guidance/-governance-in-academy-trusts/6-accountability|GUIDANCE|holds no year",
            "DfE: Academy trust notices to improve|2021|open notices|https://www.gov.uk/government/collections/academy-trust-notices-to-improve|GUIDANCE|does not start with a section",
            // not a web address
            "DfE: guide|2021|2 Approval|javascript:alert(1)|GUIDANCE|not on gov.uk",
            // a look-alike host
            "DfE: guide|2021|2 Approval|https://gov.uk.example.com/x|GUIDANCE|not on gov.uk",
    })
    void refusedForms(String source, String edition, String paragraph, String url, Citations.Kind kind, String problem) {
        Citations.Verdict v = Citations.judge(new Reference(source, edition, paragraph, url));
        assertThat(v.primary()).isFalse();
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(String.join("; ", v.problems())).contains(problem);
    }

    @Test
    void unconfirmedIsReadFromTheSourceOrTheDescription() {
        DatedValue sure = new DatedValue(null, 1, "ATH 2024 2.3", null);
        DatedValue unsure = new DatedValue(null, 12, "policy choice (Unconfirmed)", null);
        assertThat(sure.unconfirmed()).isFalse();
        assertThat(unsure.unconfirmed()).isTrue();
        assertThat(new Parameter("a", ParameterType.INTEGER, "d", List.of(sure)).unconfirmed()).isFalse();
        assertThat(new Parameter("b", ParameterType.INTEGER, "d", List.of(sure, new DatedValue(java.time.LocalDate.of(2020, 1, 1), 2, "x unconfirmed", null))).unconfirmed()).isTrue();
        assertThat(new Parameter("c", ParameterType.INTEGER, "the de minimis after 2019 is unconfirmed", List.of(sure)).unconfirmed()).isTrue();
        // the built-in parameters the catalogue marks unconfirmed carry the mark
        var params = RulePack.builtin().parameters();
        for (String name : List.of("rpt.atCostDeMinimis", "rpt.atCost.from", "rpt.atCost.deMinimis", "rpt.keyManagementInRegime",
                "people.formerWindowMonths", "gov.internalScrutiny.requiredFrom", "gov.internalScrutiny.seniorLeadershipBarredFrom"))
            assertThat(params.get(name).unconfirmed()).as(name).isTrue();
        assertThat(params.get("gov.internalScrutiny.externalAuditorBarredFrom").unconfirmed()).isFalse();
    }
}
