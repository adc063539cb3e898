package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Suppression;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

class HtmlReportWriterTest {
    static final Suppression SUPPRESSION =
            new Suppression("Severance agreed by the ESFA on 2 May 2024 (letter on file)", "audit-committee", LocalDate.of(2025, 12, 31));

    static Document html(List<Assessment> as) {
        return Jsoup.parse(new String(Examples.write("html", as), StandardCharsets.UTF_8));
    }

    /** The areas of a version 1 assessment (the examples are version 1 documents). */
    static List<String> areaNames() {
        return Area.v1().stream().map(Area::name).toList();
    }

    @Test
    void aBatchReportHasTitleChartRankedTableAndDetails() {
        Document d = html(Examples.BOTH);
        assertThat(d.title()).isEqualTo("Risk assessment of 2 academy trusts");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(d.select("h1").text()).isEqualTo("Risk assessment of 2 academy trusts");

        // the chart: inline SVG, one group per area, stacked by rating
        Element svg = d.selectFirst("section.summary svg.chart");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isNotBlank();
        Elements groups = svg.select("g.area");
        assertThat(groups.eachAttr("data-area")).containsExactlyElementsOf(areaNames());
        Element pay = svg.selectFirst("g.area[data-area=REMUNERATION]");
        assertThat(pay.select("rect.seg").eachAttr("data-rating")).containsExactly("CRITICAL", "LOW");
        assertThat(pay.select("rect.seg").eachAttr("data-count")).containsExactly("1", "1");
        for (Element g : groups) {
            int trusts = g.select("rect.seg").eachAttr("data-count").stream().mapToInt(Integer::parseInt).sum();
            assertThat(trusts).as(g.attr("data-area")).isEqualTo(2);
        }

        // the ranked table: worst first, linking to the details
        Elements rows = d.select("table.ranked tbody tr");
        assertThat(rows).as("the trusts with findings").hasSize(1);
        assertThat(rows.eachAttr("data-trust-id")).containsExactly("10070002");
        assertThat(rows.get(0).attr("data-rating")).isEqualTo("CRITICAL");
        assertThat(rows.get(0).attr("data-areas").split(" ")).contains("REMUNERATION", "RELATED_PARTY");
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo(String.valueOf(Examples.NORTHGATE.score()));
        assertThat(rows.get(0).selectFirst(".rs").text()).isEqualTo("PAY-05");
        assertThat(rows.get(0).selectFirst(".rs").hasClass("s-CRITICAL")).isTrue();
        // the trust with no finding: one compact line
        Elements quiet = d.select("ul.quiet > li");
        assertThat(quiet.eachAttr("data-trust-id")).containsExactly("10070001");
        assertThat(quiet.get(0).attr("data-rating")).isEqualTo("LOW");
        assertThat(quiet.get(0).text()).startsWith("Riverside Learning Trust 10070001");
        // search, filters and sortable headings
        assertThat(d.select("input[type=search]#filter-text")).hasSize(1);
        assertThat(d.select("select#filter-rating option").eachAttr("value")).containsExactly("", "CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(d.select("select#filter-area option")).hasSize(7);
        assertThat(d.select("table.ranked thead th[data-sort]")).hasSize(6);
        String href = rows.get(0).selectFirst("a").attr("href");
        assertThat(href).startsWith("#");
        assertThat(d.getElementById(href.substring(1)).attr("data-trust-id")).isEqualTo("10070002");
        assertThat(d.select("table.ranked thead th").eachAttr("scope")).allMatch("col"::equals).hasSize(7);
        assertThat(rows.get(0).select("td").get(3).text()).isEqualTo(String.valueOf(Examples.NORTHGATE.points()));

        // details: one collapsed <details> per trust with findings, in input order, after the summary
        Elements sections = d.select("main details.trust");
        assertThat(sections.eachAttr("data-trust-id")).containsExactly("10070002");
        assertThat(sections.get(0).hasAttr("open")).isFalse();
        assertThat(d.select("main > section").first().hasClass("summary")).isTrue();
        Element northgate = sections.get(0);
        assertThat(northgate.selectFirst("summary h2").text()).startsWith("Northgate Academies Trust");
        assertThat(northgate.select("article.finding")).hasSize(Examples.NORTHGATE.findings().size());
        // the areas with findings with their rating and score; the others named in one phrase
        assertThat(northgate.select("p.areas span[data-area]").eachAttr("data-area")).containsExactlyElementsOf(Examples.NORTHGATE.areas().stream()
                .filter(r -> r.findings() > 0 || r.rating() != org.matrisk.assessment.Rating.LOW).map(r -> r.area().name()).toList());
        for (AreaResult r : Examples.NORTHGATE.areas()) assertThat(northgate.selectFirst("p.areas").text()).contains(Text.areaLabel(r.area()));
        // the reading guide comes before the overview table
        assertThat(d.html().indexOf("How to read this report")).isLessThan(d.html().indexOf("id=\"ranked\""));
    }

    @Test
    void aFindingShowsMessageEvidenceReferenceAndParameters() {
        Document d = html(Examples.BOTH);
        Finding f = Examples.NORTHGATE.findings("PAY-05").get(0);
        Element a = d.selectFirst("article.finding[data-rule=PAY-05]");
        assertThat(a).isNotNull();
        assertThat(a.hasClass("s-CRITICAL")).isTrue();
        assertThat(a.hasClass("suppressed")).isFalse();
        assertThat(a.selectFirst("h4").text()).contains("CRITICAL").contains("PAY-05").contains(f.title());
        assertThat(a.selectFirst("p.message").text()).isEqualTo(Text.prose(f.message())).contains("£62,000.00");
        assertThat(a.select("ul.evidence code").eachText()).containsExactly("/specialPayments/0");
        assertThat(a.select("ul.evidence li").eachText()).containsExactly("/specialPayments/0 amount: £62,000.00");
        // the reference links to the rules cited, where its source is linked once
        assertThat(a.selectFirst("h4 a.rule").attr("href")).isEqualTo("#rule-PAY-05");
        Element cite = d.getElementById("rule-PAY-05");
        assertThat(cite.text()).contains("PAY-05").contains(f.title());
        assertThat(cite.nextElementSibling().selectFirst(".ref-source").text()).isEqualTo(f.reference().source());
        assertThat(cite.nextElementSibling().selectFirst(".ref-edition").text()).isEqualTo(f.reference().edition());
        assertThat(cite.nextElementSibling().selectFirst(".ref-paragraph").text()).isEqualTo(f.reference().paragraph());
        assertThat(cite.nextElementSibling().selectFirst("a.ref-url").attr("href")).isEqualTo(f.reference().url());
        assertThat(d.select("a.ref-url[href=" + f.reference().url() + "]")).hasSize(1);
        assertThat(a.select("ul.parameters li")).hasSize(f.parameters().size());
        assertThat(cite.nextElementSibling().select("ul.parameters li").eachText()).anyMatch(t -> t.startsWith("pay.severance.amountTrigger"));
        assertThat(a.selectFirst("ul.parameters li").text()).isEqualTo("severance amount trigger: £50,000.00");

        // the trust-level finding cites the whole document (the empty pointer)
        Element nti10 = d.selectFirst("article.finding[data-rule=NTI-10]");
        assertThat(nti10.select("ul.evidence code").first().text()).isEqualTo("(the whole document)");

        // what could not be assessed
        assertThat(d.select("details.trust[data-trust-id=10070002] ul.unknown li")).hasSize(Examples.NORTHGATE.unknown().size());
    }

    @Test
    void aSuppressedFindingStaysListedAndIsMarked() {
        Assessment a = Examples.withSuppression(Examples.NORTHGATE, "PAY-05", SUPPRESSION);
        Document d = html(List.of(a, Examples.RIVERSIDE));
        Elements articles = d.select("details.trust[data-trust-id=10070002] article.finding");
        assertThat(articles).hasSize(a.findings().size());
        Element f = d.selectFirst("article.finding[data-rule=PAY-05]");
        assertThat(f.hasClass("suppressed")).isTrue();
        assertThat(f.attr("data-suppressed")).isEqualTo("true");
        assertThat(f.selectFirst("h4").text()).contains("SUPPRESSED");
        Element s = f.selectFirst(".suppression");
        assertThat(s.attr("role")).isEqualTo("note");
        assertThat(s.select("dt").eachText()).containsExactly("Justification", "By", "Expires");
        assertThat(s.select("dd").eachText()).containsExactly(SUPPRESSION.justification(), "audit-committee", "31 December 2025");
        assertThat(s.selectFirst("time").attr("datetime")).isEqualTo("2025-12-31");
        // the others are not marked
        assertThat(d.select("article.finding.suppressed")).hasSize(1);
        assertThat(d.select(".suppression")).hasSize(1);
        // the ranked table no longer counts it among the findings
        assertThat(d.selectFirst("table.ranked tbody tr").text()).contains("1 suppressed").doesNotContain("1 critical");
    }

    @Test
    void oneTrustGetsItsAreaScoresAsBars() {
        Document d = html(List.of(Examples.NORTHGATE));
        assertThat(d.title()).isEqualTo("Risk assessment: Northgate Academies Trust");
        Elements groups = d.select("section.summary svg.chart g.area");
        assertThat(groups.eachAttr("data-area")).containsExactlyElementsOf(areaNames());
        for (AreaResult r : Examples.NORTHGATE.areas()) {
            Element g = d.selectFirst("svg.chart g.area[data-area=" + r.area() + "]");
            assertThat(g.attr("data-rating")).isEqualTo(r.rating().name());
            assertThat(g.attr("data-score")).isEqualTo(String.valueOf(r.score()));
            assertThat(g.selectFirst("rect.bar").attr("fill")).isEqualTo(Charts.colour(r.rating()));
        }
        assertThat(d.select("table.ranked")).isEmpty();
        assertThat(d.select("section.summary .tile").first().text()).contains("CRITICAL");
    }

    @Test
    void selfContainedAndPrintable() {
        String text = new String(Examples.write("html", Examples.BOTH), StandardCharsets.UTF_8);
        Document d = Jsoup.parse(text);
        assertThat(d.select("link, img, iframe, object, embed, audio, video, source")).isEmpty();
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("script[src]")).isEmpty();
        assertThat(d.select("style")).hasSize(1);
        String css = d.selectFirst("style").data();
        assertThat(css).doesNotContain("@import").doesNotContain("url(").contains("@media print");
        assertThat(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'").contains("script-src 'sha256-").contains("style-src 'sha256-");
        assertThat(d.select("[style]")).as("no style attributes (the policy forbids them)").isEmpty();
        assertThat(d.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        // every table has column headers
        for (Element t : d.select("table")) assertThat(t.select("thead th")).as(t.className()).isNotEmpty();
        // only the references link out, and only to the web
        assertThat(d.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://"));
    }

    @Test
    void theReportCarriesNoTestInstrumentation() {
        // the browser tests add their own (BrowserProbe): load-time marks, error recorders and flags are not the report's
        String text = new String(Examples.write("html", Examples.BOTH), StandardCharsets.UTF_8);
        for (String hook : List.of("performance.now", "performance.mark", "data-load-ms", "data-loaded", "data-errors", "console.error", "securitypolicyviolation",
                "data-testid", "data-instrumented", "window.__"))
            assertThat(text).as(hook).doesNotContain(hook);
        assertThat(HtmlReportWriter.SCRIPT).doesNotContain("setAttribute('data-");
        assertThat(BrowserProbe.instrument(text, "")).contains("data-load-ms", "script-src &#39;" + HtmlReportWriter.sha256(BrowserProbe.INSTRUMENTATION) + "&#39;");
    }

    @Test
    void everythingIsEscaped() {
        String name = "<script>alert(1)</script> & \"Sons\" <img src=x onerror=alert(2)>";
        Assessment a = Reports.renamed(Examples.NORTHGATE, "id\"><b>", name);
        Document d = html(List.of(a, Examples.RIVERSIDE));
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("img, b")).isEmpty();
        assertThat(d.selectFirst("details.trust h2").text()).startsWith(name);
        assertThat(d.selectFirst("details.trust").attr("data-trust-id")).isEqualTo("id\"><b>");
        assertThat(d.selectFirst("table.ranked tbody th a").text()).isEqualTo(name);
        assertThat(Html.esc("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
        assertThat(Html.linkable("javascript:alert(1)")).isFalse();
    }

    @Test
    void aNonWebReferenceIsNotALink() {
        Finding f = Examples.NORTHGATE.findings().get(0);
        Finding evil = new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(),
                new org.matrisk.assessment.Reference("ATH", "2024", "1.1", "javascript:alert(1)"), f.evidence(), f.parameters(), null);
        Assessment a = new Assessment(Examples.NORTHGATE.formatVersion(), Examples.NORTHGATE.trust(), Examples.NORTHGATE.period(),
                Examples.NORTHGATE.asOf(), Examples.NORTHGATE.engine(), Examples.NORTHGATE.rulePack(), Examples.NORTHGATE.inputSha256(),
                Examples.NORTHGATE.rating(), Examples.NORTHGATE.score(), Examples.NORTHGATE.areas(), List.of(evil), List.of(), 0);
        Document d = html(List.of(a));
        assertThat(d.select("a.ref-url")).isEmpty();
        assertThat(d.selectFirst(".ref-url").text()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void theScanCountsAndRejectionsAreStated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AssessmentWriter w = new HtmlReportWriter.Provider().open(out, WriterOptions.defaults())) {
            w.start();
            w.accept(Examples.NORTHGATE);
            w.end(new ScanSummary(3, 1, 2));
        }
        Document d = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(d.selectFirst("p.scan").text()).contains("Documents read: 3; assessed: 1; rejected: 2.")
                .contains("2 documents were rejected as invalid and are not in this report");
    }

    @Test
    void anEmptyScanSaysSo() {
        Document d = html(List.of());
        assertThat(d.title()).isEqualTo("Risk assessment of 0 academy trusts");
        assertThat(d.selectFirst("section.summary").text()).contains("No trust was assessed.");
        assertThat(d.select("details.trust")).isEmpty();
    }

    @Test
    void detailsWaitInATemporaryFileThatIsDeletedAtTheEnd() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentWriter w = new HtmlReportWriter.Provider().open(out, WriterOptions.defaults());
        w.start();
        for (int i = 0; i < 10; i++) w.accept(Examples.NORTHGATE); // more than the writer's buffer: on disk, not in memory
        w.accept(Examples.RIVERSIDE);
        List<Path> during = spills(tmp);
        during.removeAll(before);
        assertThat(during).hasSize(1);
        assertThat(Files.size(during.get(0))).isGreaterThan(100_000);
        assertThat(Files.readString(during.get(0))).contains("data-rule=\"PAY-05\"").doesNotContain("<html");
        assertThat(out.size()).as("nothing is written before the summary is known").isZero();
        w.end(new ScanSummary(11, 11, 0));
        w.close();
        assertThat(Files.exists(during.get(0))).isFalse();
        Document d = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(d.select("details.trust")).hasSize(10);
        assertThat(d.select("table.ranked tbody tr")).hasSize(10);
        assertThat(d.select("ul.quiet li").last().attr("data-trust-id")).isEqualTo("10070001");
    }

    @Test
    void closingWithoutEndLeavesNoTemporaryFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        AssessmentWriter w = new HtmlReportWriter.Provider().open(new ByteArrayOutputStream(), WriterOptions.defaults());
        w.accept(Examples.NORTHGATE);
        w.close();
        List<Path> after = spills(tmp);
        after.removeAll(before);
        assertThat(after).isEmpty();
    }

    static List<Path> spills(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new java.util.ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("matrisk-report-")).toList());
        }
    }

    @Test
    void sameAssessmentsSameBytes() {
        assertThat(Examples.write("html", Examples.BOTH)).isEqualTo(Examples.write("html", Examples.BOTH));
    }

    @Test
    void oneTrustIsShownOpenEvenWithoutFindings() {
        Document d = html(List.of(Examples.RIVERSIDE));
        Element t = d.selectFirst("details.trust");
        assertThat(t.hasAttr("open")).isTrue();
        assertThat(t.selectFirst("p.none").text()).isEqualTo("No rule failed.");
        assertThat(d.select("table.ranked")).isEmpty();
    }

    @Test
    void wordsForPeople() {
        assertThat(Text.words("approvalRef")).isEqualTo("approval reference");
        assertThat(Text.words("REQUIRES_IMPROVEMENT")).isEqualTo("requires improvement");
        assertThat(Text.words("CEO")).isEqualTo("CEO");
        assertThat(Text.value("amount", "-240000.00")).isEqualTo("-£240,000.00");
        assertThat(Text.value("maxRatio", "1.10")).isEqualTo("1.10");
        assertThat(Text.value("issuedOn", "2024-03-01")).isEqualTo("1 March 2024");
        assertThat(Text.value("atCost", null)).isEqualTo("not given");
        assertThat(Text.value("benchmarked", "false")).isEqualTo("no");
        assertThat(Text.prose("Payment T1 of £45,000.00 on 2024-03-01 for SERVICES has no approvalRef (atCost: absent); grade REQUIRES_IMPROVEMENT; 1 employee(s), 3 employee(s), 0 pay record(s); ATH 2023"))
                .isEqualTo("Payment T1 of £45,000.00 on 1 March 2024 for services has no approval reference (at cost: absent); "
                        + "grade requires improvement; 1 employee, 3 employees, 0 pay records; ATH 2023");
    }
}
