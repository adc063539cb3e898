package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Suppression;

/**
 * Every report format shows, for a version 2 assessment, "rated on D of N rules" and the partial
 * sections, lists the seventh area, and shows points; and the batch summaries rank by the one ranking
 * of trusts (rating, points, CRITICAL, HIGH, trust id).
 */
class V2ReportsTest {
    static final Assessment V2 = Examples.NORTHGATE_V2;

    static String ratedOn(Assessment a) {
        return "rated on " + a.decided().rules() + " of " + a.decided().total() + " rules";
    }

    @Test
    void theV2ExampleIsWhatTheTestsNeed() {
        assertThat(V2.formatVersion()).isEqualTo("2");
        assertThat(V2.areas()).hasSize(7);
        assertThat(V2.decided().unknown()).isPositive();
        assertThat(V2.partialSections()).contains("governance", "notices").doesNotContain("transactions").hasSize(19);
        assertThat(V2.points()).isGreaterThan(100);
    }

    @Test
    void csvFillsTheVersionTwoColumns() throws IOException {
        List<CSVRecord> records = CsvWriterTest.parse(CsvWriterTest.csv(List.of(V2, Examples.RIVERSIDE)));
        assertThat(records.get(0).values()).endsWith("trustPoints", "formatVersion", "decidedRules", "packRules", "partialSections");
        for (int i = 1; i <= V2.findings().size(); i++) {
            CSVRecord r = records.get(i);
            assertThat(r.get(20)).isEqualTo(String.valueOf(V2.points()));
            assertThat(r.get(21)).isEqualTo("2");
            assertThat(r.get(22)).isEqualTo(String.valueOf(V2.decided().rules()));
            assertThat(r.get(23)).isEqualTo(String.valueOf(V2.decided().total()));
            assertThat(r.get(24)).isEqualTo(String.join("; ", V2.partialSections())).startsWith("finance; returns; governance; people;");
        }
        assertThat(records.stream().filter(r -> r.get(8).equals("PROCUREMENT_AND_PROPRIETY"))).isEmpty();
        CSVRecord riverside = records.get(records.size() - 1);
        assertThat(riverside.get(21)).isEqualTo("1");
        assertThat(riverside.get(22)).isEmpty();
        assertThat(riverside.get(24)).isEmpty();
    }

    @Test
    void xlsxSummaryHasTheSeventhAreaPointsAndRatedOn() throws IOException {
        XlsxWriterTest.Book b = XlsxWriterTest.read(Examples.write("xlsx", List.of(V2, Examples.RIVERSIDE)));
        List<String> sh = XlsxWriterTest.texts(b.summary().get(0));
        Row v2 = b.summary().get(1);
        assertThat(XlsxWriterTest.text(v2, "formatVersion", sh)).isEqualTo("2");
        assertThat(v2.getCellAsNumber(XlsxWriterTest.col(sh, "decidedRules"))).contains(new BigDecimal(V2.decided().rules()));
        assertThat(v2.getCellAsNumber(XlsxWriterTest.col(sh, "packRules"))).contains(new BigDecimal(V2.decided().total()));
        assertThat(XlsxWriterTest.text(v2, "partialSections", sh)).isEqualTo(String.join("; ", V2.partialSections()));
        assertThat(XlsxWriterTest.text(v2, "procurementAndProprietyRating", sh)).isEqualTo("LOW");
        assertThat(v2.getCellAsNumber(XlsxWriterTest.col(sh, "procurementAndProprietyScore"))).contains(BigDecimal.ZERO);
        assertThat(v2.getCellAsNumber(XlsxWriterTest.col(sh, "trustPoints"))).contains(new BigDecimal(V2.points()));
        for (AreaResult r : V2.areas()) {
            assertThat(v2.getCellAsNumber(XlsxWriterTest.col(sh, Text.camel(r.area()) + "Points"))).as(r.area().name()).contains(new BigDecimal(r.points()));
        }
        assertThat(XlsxWriterTest.text(b.summary().get(2), "formatVersion", sh)).isEqualTo("1");
        List<String> fh = XlsxWriterTest.texts(b.findings().get(0));
        assertThat(XlsxWriterTest.text(b.findings().get(1), "partialSections", fh)).isEqualTo(String.join("; ", V2.partialSections()));
    }

    @Test
    void htmlForOneVersionTwoTrustShowsRatedOnPartialSectionsCoverageAndSevenAreas() {
        Document d = Jsoup.parse(new String(Examples.write("html", List.of(V2)), StandardCharsets.UTF_8));
        assertThat(d.select("section.summary .tile").first().text()).contains("CRITICAL").contains(ratedOn(V2));
        assertThat(d.select("section.summary .tile").stream().filter(t -> t.selectFirst(".label").text().equals("Points"))
                .map(t -> t.selectFirst(".value").text()).toList()).containsExactly(String.valueOf(V2.points()));
        assertThat(d.selectFirst("section.summary p.partial-sections .sections").text())
                .isEqualTo(String.join(", ", V2.partialSections().stream().map(Text::words).toList()));
        assertThat(d.select("section.summary svg.chart g.area").eachAttr("data-area"))
                .containsExactlyElementsOf(List.of(Area.values()).stream().map(Area::name).toList());

        Element trust = d.selectFirst("details.trust");
        assertThat(trust.selectFirst("summary .headline").text()).contains("CRITICAL " + ratedOn(V2)).contains(V2.points() + " points");
        assertThat(trust.selectFirst("p.decided").text()).startsWith("Rated on " + V2.decided().rules() + " of " + V2.decided().total() + " rules");
        Elements cov = trust.select("table.coverage tbody tr");
        assertThat(cov.eachAttr("data-section")).containsExactlyElementsOf(V2.coverage().keySet());
        Element tx = trust.selectFirst("table.coverage tr[data-section=transactions]");
        assertThat(tx.attr("data-complete")).isEqualTo("true");
        assertThat(tx.select("td").eachText()).containsExactly("complete", "ledger export", "30 September 2024");
        assertThat(trust.selectFirst("table.coverage tr[data-section=governance]").select("td").stream().map(Element::text).toList())
                .containsExactly("partial", "GIAS governance download", "");
        for (Area area : Area.values()) assertThat(trust.selectFirst("p.areas").text()).contains(Text.areaLabel(area));
        Element pay = trust.selectFirst("p.areas span[data-area=REMUNERATION]");
        assertThat(pay.text()).contains(String.valueOf(V2.area(Area.REMUNERATION).score()));
        assertThat(d.selectFirst("details.guide").text()).contains("seven areas").contains("rated on D of N rules");
    }

    @Test
    void htmlForAMixedBatchListsTheSeventhAreaAndRatedOnForTheVersionTwoTrustOnly() {
        Document d = Jsoup.parse(new String(Examples.write("html", List.of(V2, Examples.RIVERSIDE)), StandardCharsets.UTF_8));
        Elements groups = d.select("section.summary svg.chart g.area");
        assertThat(groups).hasSize(7);
        Element prc = d.selectFirst("svg.chart g.area[data-area=PROCUREMENT_AND_PROPRIETY]");
        assertThat(prc.select("rect.seg").eachAttr("data-count")).containsExactly("1"); // only the version 2 trust lists it
        assertThat(d.select("table.by-area tbody tr")).hasSize(7);
        Elements rows = d.select("table.ranked tbody tr");
        assertThat(rows.get(0).select("td").get(1).text()).contains(ratedOn(V2)).contains("19 partial sections");
        assertThat(rows).hasSize(1);
        // the version 1 trust without findings: a compact line, without "rated on"
        assertThat(d.selectFirst("ul.quiet li[data-trust-id=10070001]").text()).doesNotContain("rated on");
        assertThat(d.select("details.trust[data-trust-id=10070001]")).isEmpty();
    }

    @Test
    void aVersionOneOnlyReportSaysSixAreasAndShowsNoVersionTwoParts() {
        Document d = Jsoup.parse(new String(Examples.write("html", Examples.BOTH), StandardCharsets.UTF_8));
        assertThat(d.selectFirst("details.guide").text()).contains("Each of the six areas").doesNotContain("rated on");
        assertThat(d.select(".rated-on, table.coverage, p.partial-sections, p.decided")).isEmpty();
    }

    @Test
    void theHtmlBatchRanksByPointsWhenTheCappedScoresTie() {
        // both CRITICAL with score 100; "1" has five points fewer (one RPT-04 finding suppressed): "9" ranks first
        Assessment fewer = Examples.rerated(Reports.renamed(Examples.withSuppression(Examples.NORTHGATE, "RPT-04",
                new Suppression("ok", "A", LocalDate.of(2030, 1, 1))), "1", "One"));
        Assessment more = Reports.renamed(Examples.NORTHGATE, "9", "Nine");
        assertThat(fewer.score()).isEqualTo(more.score()).isEqualTo(100);
        assertThat(fewer.rating()).isEqualTo(more.rating());
        assertThat(fewer.points()).isEqualTo(more.points() - 5);
        Document d = Jsoup.parse(new String(Examples.write("html", List.of(fewer, more)), StandardCharsets.UTF_8));
        assertThat(d.select("table.ranked tbody tr").eachAttr("data-trust-id")).containsExactly("9", "1");
    }
}
