package org.matrisk.reports;

import static org.matrisk.reports.Html.esc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.ParameterUse;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.SectionCoverage;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.Suppression;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.rating.RankKey;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/**
 * One self-contained HTML file for a trust board, its auditors and a regulator's sector view: a summary
 * first (tiles, a chart of the ratings by area as inline SVG), then how to read the report, then for a
 * batch the overview: a search box ({@code <input type="search">}), rating and area filters and a
 * sortable table of the trusts with findings, ranked by the ranking of trusts
 * ({@link RankKey#RISKIEST_FIRST}: rating, points, CRITICAL and HIGH findings, trust id); the trusts with
 * no finding are listed compactly, one line each. Then each trust with findings in detail, collapsed in
 * a {@code <details>} element (open for a report of one trust): its areas, every finding with its
 * message, evidence, handbook reference and the dated parameters it relied on, suppressed findings
 * marked with their justification, and what could not be assessed for want of data. Last, the rules
 * cited: each rule's reference (linked to its source) and the sources of its parameters, once, so that
 * 2,000 trusts stay under 3 MB.
 *
 * <p>Everything is rendered for people: amounts as {@code £62,000.00}, dates as {@code 1 March 2024},
 * field names and enum values in words ({@link Text#words}, {@link Text#prose}); the assessment keeps
 * them as the rule packs wrote them. An assessment of format version "2" also shows "rated on D of N
 * rules" and the coverage its data declared; the summary lists the areas the batch's assessments list.
 *
 * <p>The file loads nothing: no external style sheet, script, font or image, and a Content Security
 * Policy forbids any. Its one script filters and sorts the overview, opens a trust's details when a link
 * leads to them; it carries no test instrumentation (the browser tests add theirs to the copy they load).
 * Everything from the assessment is HTML-escaped. No wall-clock time is
 * written: the same assessments give the same bytes.
 *
 * <p>Memory stays bounded for big batches: each trust's details are written to a temporary file as its
 * assessment arrives (trusts without findings to a second one, used only for a report of one trust), only
 * a small {@link Headline} is kept for the summary, and {@link #end} writes the summary, copies the
 * details after it and deletes the temporary files.
 */
public final class HtmlReportWriter implements AssessmentWriter {

    static final String STYLE = """
            :root{--critical:#8b1a1a;--high:#c2410c;--medium:#e0a100;--low:#2e7d32;--info:#5b6770;--ink:#1b1f24;--muted:#5a6270;--line:#d0d5dc;--soft:#f5f6f8}
            *{box-sizing:border-box}
            html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.45}
            body{margin:0 auto;max-width:1120px;padding:24px 32px 48px}
            header.report h1{font-size:1.9rem;margin:0 0 .3rem}
            .sub{color:var(--muted);margin:.1rem 0}
            h2{font-size:1.4rem;margin:2rem 0 .75rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
            h3{font-size:1.15rem;margin:1.6rem 0 .5rem}
            h4{font-size:1rem;margin:0 0 .4rem;line-height:1.6}
            p{margin:.4rem 0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
            caption{text-align:left;font-weight:600;padding:.25rem 0}
            th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            thead th{background:var(--soft)}
            tbody th{font-weight:600}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;min-width:5.6em;text-align:center;padding:.05rem .45rem;border-radius:3px;font-weight:700;font-size:.8rem;letter-spacing:.03em;color:#fff;vertical-align:.08em}
            .r-CRITICAL{background:var(--critical)}.r-HIGH{background:var(--high)}.r-MEDIUM{background:var(--medium);color:var(--ink)}.r-LOW{background:var(--low)}.r-INFO{background:var(--info)}
            .badge.supp{background:#fff;color:var(--ink);border:2px dashed var(--ink);min-width:0}
            .tiles{display:flex;flex-wrap:wrap;gap:12px;margin:.5rem 0 1.2rem}
            .tile{border:1px solid var(--line);border-radius:6px;padding:.55rem .9rem;min-width:140px}
            .tile .label{display:block;color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.05em}
            .tile .value{font-size:1.45rem;font-weight:700}
            .tile.t-CRITICAL{border-left:6px solid var(--critical)}.tile.t-HIGH{border-left:6px solid var(--high)}.tile.t-MEDIUM{border-left:6px solid var(--medium)}.tile.t-LOW{border-left:6px solid var(--low)}
            figure{margin:0 0 1rem}
            figcaption{color:var(--muted);font-size:.85rem}
            svg.chart{width:100%;max-width:780px;height:auto;display:block}
            svg.chart text{font-family:inherit}
            section.trust{margin-top:3rem}
            section.trust>h2{border-bottom-width:3px}
            .headline{font-size:1.05rem}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 1rem;font-size:.88rem}
            dl.meta dt{color:var(--muted)}
            dl.meta dd{margin:0;overflow-wrap:anywhere}
            article.finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:4px;padding:.7rem 1rem;margin:.8rem 0;break-inside:avoid}
            article.s-CRITICAL{border-left-color:var(--critical)}article.s-HIGH{border-left-color:var(--high)}article.s-MEDIUM{border-left-color:var(--medium)}article.s-LOW{border-left-color:var(--low)}
            article.suppressed{background:var(--soft);border-left-style:dashed}
            article.suppressed .message{color:var(--muted)}
            .suppression{border:2px dashed var(--ink);background:#fff;padding:.4rem .7rem;margin:.4rem 0}
            .suppression dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.2rem 0 0}
            .suppression dd{margin:0}
            .rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:700}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
            .muted{color:var(--muted)}
            ul.top{margin:0;padding-left:1.1rem}
            a{color:#1d4ed8}
            .guide{max-width:60rem;font-size:.92rem}
            .controls{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:center;margin:.8rem 0}
            .controls input[type=search]{min-width:18rem;padding:.3rem .5rem;font:inherit}
            .controls select{font:inherit;padding:.2rem}
            table.ranked th[data-sort]{cursor:pointer;user-select:none}
            table.ranked th[aria-sort=ascending]::after{content:" \\25B2"}table.ranked th[aria-sort=descending]::after{content:" \\25BC"}
            table.ranked td,table.ranked th{padding:.25rem .45rem}
            table.ranked td:nth-child(1),table.ranked td:nth-child(4),table.ranked td:nth-child(5){text-align:right;font-variant-numeric:tabular-nums}
            .rs{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;white-space:nowrap}
            .rs.s-CRITICAL{color:var(--critical)}.rs.s-HIGH{color:var(--high)}
            ul.quiet{columns:3 18rem;padding-left:1.1rem;font-size:.88rem}
            details.trust{margin-top:1rem;border-top:1px solid var(--line);padding-top:.4rem}
            details.trust>summary{cursor:pointer;list-style-position:outside}
            details.trust>summary h2{display:inline;border:0;font-size:1.2rem;margin:0}
            details.trust[open]>summary h2{font-size:1.4rem}
            ul.evidence,ul.parameters,ul.unknown{margin:.3rem 0;padding-left:1.1rem;font-size:.92rem}
            h4 a.rule{color:inherit}
            details.trust>summary .headline{font-size:.95rem}
            p.areas span{white-space:nowrap;margin-right:.8rem}
            dl.rules dt{font-weight:600;margin-top:.6rem}dl.rules dd{margin:0 0 0 1rem;font-size:.92rem}
            [hidden]{display:none!important}
            footer{margin-top:3rem;padding-top:.6rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            details.trust{break-before:page}
            .controls{display:none}
            h2,h3,h4{break-after:avoid}
            thead{display:table-header-group}
            tr,.tile,figure,.guide{break-inside:avoid}
            caption{break-after:avoid}
            a{color:inherit}
            }
            @page{margin:14mm}
            """;

    /**
     * Filters the overview by the search text, rating and area; sorts the ranked table by a clicked column;
     * opens a trust's details when a link (or the address) leads to them. Nothing else: the browser tests
     * bring their own instrumentation (errors, load time) in the copy of the page they load.
     */
    static final String SCRIPT = "(function(){"
            + "function openTarget(){var id=decodeURIComponent(location.hash.slice(1));var t=id&&document.getElementById(id);"
            + "while(t){if(t.tagName==='DETAILS')t.open=true;t=t.parentElement;}}"
            + "function setup(){var q=document.getElementById('filter-text'),r=document.getElementById('filter-rating'),"
            + "a=document.getElementById('filter-area'),n=document.getElementById('filter-count');if(!q)return;"
            + "var items=Array.prototype.slice.call(document.querySelectorAll('#ranked tbody tr,ul.quiet li'));"
            + "var text=items.map(function(e){return e.textContent.toLowerCase();});"
            + "function apply(){var s=q.value.trim().toLowerCase(),rv=r.value,av=a.value,shown=0,rows=0;"
            + "items.forEach(function(e,i){var ok=(!s||text[i].indexOf(s)>=0)&&(!rv||e.getAttribute('data-rating')===rv)"
            + "&&(!av||(' '+(e.getAttribute('data-areas')||'')+' ').indexOf(' '+av+' ')>=0);e.hidden=!ok;rows++;if(ok)shown++;});"
            + "n.textContent=shown+' of '+rows+' trusts shown';}"
            + "q.addEventListener('input',apply);r.addEventListener('change',apply);a.addEventListener('change',apply);apply();"
            + "var table=document.querySelector('table.ranked');if(!table)return;var body=table.tBodies[0];"
            + "Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){if(!th.hasAttribute('data-sort'))return;"
            + "th.tabIndex=0;function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';"
            + "Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){o.removeAttribute('aria-sort');});"
            + "th.setAttribute('aria-sort',asc?'ascending':'descending');var num=th.getAttribute('data-sort')==='num';"
            + "var rs=Array.prototype.slice.call(body.rows);rs.sort(function(x,y){var u=x.cells[col],v=y.cells[col];"
            + "u=u.hasAttribute('data-v')?u.getAttribute('data-v'):u.textContent;v=v.hasAttribute('data-v')?v.getAttribute('data-v'):v.textContent;"
            + "var c=num?(+u)-(+v):u.localeCompare(v);return asc?c:-c;});rs.forEach(function(x){body.appendChild(x);});}"
            + "th.addEventListener('click',sort);th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});}"
            + "window.addEventListener('hashchange',openTarget);"
            + "document.addEventListener('DOMContentLoaded',function(){setup();openTarget();});})();";

    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final OutputStream out;
    /** Details of the trusts with findings. */
    private Path spill;
    private Writer detail;
    /** Details of the trusts without findings: used only when the report is of one trust. */
    private Path quietSpill;
    private Writer quiet;
    private final List<Headline> headlines = new ArrayList<>();
    /** Engine and rule pack of the batch, at most a few distinct ones. */
    private final Set<String> producedBy = new LinkedHashSet<>();
    /** The rules cited by some finding, in rule id order: their reference and the sources of their parameters, written once. */
    private final Map<String, Cited> cited = new java.util.TreeMap<>();
    private LocalDate firstAsOf, lastAsOf;
    private boolean ended;

    /** A rule cited by a finding of the batch (a few dozen at most). */
    private record Cited(String title, Reference reference, Map<String, String> parameterSources) {}

    public HtmlReportWriter(OutputStream out) {
        this.out = out;
    }

    static String trustAnchor(int index) { return "trust-" + index; }

    static String ruleAnchor(String ruleId) { return "rule-" + ruleId; }

    @Override
    public void accept(Assessment a) throws IOException {
        if (ended) throw new IllegalStateException("the report has been written");
        int index = headlines.size() + 1;
        Headline h = Headline.of(index, a);
        headlines.add(h);
        if (producedBy.size() < 4) producedBy.add(producedBy(a));
        if (a.asOf() != null) {
            if (firstAsOf == null || a.asOf().isBefore(firstAsOf)) firstAsOf = a.asOf();
            if (lastAsOf == null || a.asOf().isAfter(lastAsOf)) lastAsOf = a.asOf();
        }
        for (Finding f : a.findings()) {
            Cited c = cited.computeIfAbsent(f.ruleId(), id -> new Cited(f.title(), f.reference(), new java.util.TreeMap<>()));
            for (ParameterUse p : f.parameters()) {
                if (Text.notBlank(p.source()) && c.parameterSources().size() < 32) {
                    c.parameterSources().putIfAbsent(p.name() + (p.effectiveFrom() == null ? "" : " from " + Text.longDate(p.effectiveFrom())), p.source());
                }
            }
        }
        if (a.findings().isEmpty()) {
            // only the first: a report of one trust shows it; a batch lists such trusts compactly
            if (index == 1) {
                quietSpill = Files.createTempFile("matrisk-report-", ".html.part");
                quiet = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(quietSpill), StandardCharsets.UTF_8), 1 << 12);
                trustSection(quiet, index, a, true);
                quiet.close();
            }
            return;
        }
        if (detail == null) {
            spill = Files.createTempFile("matrisk-report-", ".html.part"); // owner-only permissions where POSIX
            detail = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(spill), StandardCharsets.UTF_8), 1 << 16);
        }
        trustSection(detail, index, a, false);
    }

    @Override
    public void end(ScanSummary scan) throws IOException {
        if (ended) return;
        ended = true;
        try {
            if (detail != null) detail.close();
            boolean one = headlines.size() == 1;
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            head(w);
            summary(w, scan);
            w.flush();
            if (one && quietSpill != null) Files.copy(quietSpill, out);
            if (spill != null) {
                if (one) {
                    Files.copy(spill, out);
                } else {
                    w.write("<section class=\"details\" aria-labelledby=\"details-h\">\n<h2 id=\"details-h\">Trusts with findings, in detail</h2>\n"
                            + "<p class=\"muted\">In the order of the input; select a trust to open its details.</p>\n");
                    w.flush();
                    Files.copy(spill, out);
                    w.write("</section>\n");
                }
            }
            rulesCited(w);
            w.write("</main>\n");
            footer(w);
            w.write("</body>\n</html>\n");
            w.flush();
        } finally {
            deleteSpill();
        }
    }

    @Override
    public void close() throws IOException {
        deleteSpill();
        out.flush();
    }

    private void deleteSpill() throws IOException {
        if (detail != null) {
            try {
                detail.close();
            } catch (IOException ignored) {
                // closing what is being deleted
            }
            detail = null;
        }
        if (spill != null) {
            Files.deleteIfExists(spill);
            spill = null;
        }
        if (quiet != null) {
            try {
                quiet.close();
            } catch (IOException ignored) {
                // closing what is being deleted
            }
            quiet = null;
        }
        if (quietSpill != null) {
            Files.deleteIfExists(quietSpill);
            quietSpill = null;
        }
    }

    // ---------------------------------------------------------------- the document and its summary

    private void head(Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + esc(CSP) + "\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"matrisk\">\n");
        w.write("<title>" + esc(title()) + "</title>\n");
        w.write("<script>" + SCRIPT + "</script>\n");
        w.write("<style>" + STYLE + "</style>\n");
        w.write("</head>\n<body>\n");
    }

    private String title() {
        if (headlines.size() == 1) {
            Headline h = headlines.get(0);
            return "Risk assessment: " + displayName(h.trustName(), h.trustId());
        }
        return "Risk assessment of " + Html.plural(headlines.size(), "academy trust", "academy trusts");
    }

    private static String displayName(String name, String id) {
        return Text.notBlank(name) ? name : "Trust " + Text.of(id);
    }

    private void summary(Writer w, ScanSummary scan) throws IOException {
        int n = headlines.size();
        w.write("<header class=\"report\">\n<h1>" + esc(title()) + "</h1>\n");
        w.write("<p class=\"sub\">Checked against the Academy Trust Handbook and the rules of the matrisk rule pack");
        if (firstAsOf != null) {
            w.write(firstAsOf.equals(lastAsOf) ? ", as of " + Html.date(firstAsOf)
                    : ", as of dates from " + Html.date(firstAsOf) + " to " + Html.date(lastAsOf));
        }
        w.write(".</p>\n");
        if (scan != null) {
            w.write("<p class=\"sub scan\">Documents read: " + scan.read() + "; assessed: " + scan.assessed()
                    + "; rejected: " + scan.rejected() + ".");
            if (scan.rejected() > 0) {
                w.write(" <strong>" + Html.plural(scan.rejected(), "document was", "documents were")
                        + " rejected as invalid and " + (scan.rejected() == 1 ? "is" : "are")
                        + " not in this report</strong> (see the scan's list of rejections).");
            }
            w.write("</p>\n");
        }
        w.write("</header>\n<main>\n<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
        String guide = readingGuide(listedAreas().size(), headlines.stream().anyMatch(h -> h.decided() != null));
        if (n == 0) {
            w.write("<p>No trust was assessed.</p>\n");
            w.write(guide);
        } else if (n == 1) {
            singleSummary(w, headlines.get(0));
            w.write(guide);
        } else {
            batchSummary(w, guide);
        }
        w.write("</section>\n");
    }

    private void singleSummary(Writer w, Headline h) throws IOException {
        w.write("<div class=\"tiles\">");
        tile(w, "Overall rating", badge(h.rating()) + (h.decided() == null ? ""
                : " <span class=\"muted rated-on\">" + esc(Text.ratedOn(h.decided())) + "</span>"));
        tile(w, "Risk score", h.score() + " <span class=\"muted\">of 100</span>");
        tile(w, "Points", String.valueOf(h.points()));
        tile(w, "Findings", String.valueOf(h.findings()) + (h.suppressed() > 0 ? " <span class=\"muted\">+ " + h.suppressed() + " suppressed</span>" : ""));
        tile(w, "Could not be assessed", String.valueOf(h.unknown()));
        w.write("</div>\n<figure>\n");
        w.write(Charts.areaScores(h.areaRatings(), h.areaScores(), h.areaPoints(), h.areas()));
        w.write("\n<figcaption>Each area's score, coloured by its rating. Details of every finding follow.</figcaption>\n</figure>\n");
        if (h.decided() != null) partialSections(w, h.partialSections());
        if (h.findings() > 0) {
            w.write("<p>Most serious: </p>");
            topList(w, h);
        }
        w.write("<p><a href=\"#" + h.anchor() + "\">Go to the findings of " + esc(displayName(h.trustName(), h.trustId())) + "</a></p>\n");
    }

    private void batchSummary(Writer w, String guide) throws IOException {
        int n = headlines.size();
        int[] byRating = new int[Rating.values().length];
        int[][] byArea = new int[Area.values().length][Rating.values().length];
        List<Area> areas = listedAreas();
        for (Headline h : headlines) {
            byRating[h.rating().ordinal()]++;
            for (Area a : areas) {
                Rating r = h.areaRatings()[a.ordinal()];
                if (r != null) byArea[a.ordinal()][r.ordinal()]++;
            }
        }
        List<Headline> ranked = new ArrayList<>();
        List<Headline> none = new ArrayList<>();
        for (Headline h : headlines) (h.findings() + h.suppressed() > 0 ? ranked : none).add(h);
        w.write("<div class=\"tiles\">");
        tile(w, "Trusts assessed", String.valueOf(n));
        for (Rating r : Rating.values()) tile(w, "t-" + r, "Rated " + r, String.valueOf(byRating[r.ordinal()]));
        tile(w, "With no finding", String.valueOf(none.size()));
        w.write("</div>\n<figure>\n");
        w.write(Charts.areaRatingsStacked(byArea, n, areas));
        w.write("\n<figcaption>For each area, how many of the " + n + " trusts are rated CRITICAL, HIGH, MEDIUM or LOW.</figcaption>\n</figure>\n");

        w.write("<table class=\"by-area\">\n<caption>Trusts by area rating</caption>\n<thead><tr><th scope=\"col\">Area</th>");
        for (Rating r : Rating.values()) w.write("<th scope=\"col\" class=\"num\">" + r + "</th>");
        w.write("</tr></thead>\n<tbody>\n");
        for (Area a : areas) {
            w.write("<tr data-area=\"" + a + "\"><th scope=\"row\">" + esc(Text.areaLabel(a)) + "</th>");
            for (Rating r : Rating.values()) w.write("<td class=\"num\">" + byArea[a.ordinal()][r.ordinal()] + "</td>");
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        w.write(guide);

        // the overview: search, filters, the ranked table of trusts with findings, the trusts with none
        w.write("<h2 id=\"overview-h\">Trusts</h2>\n<div class=\"controls\" role=\"search\">"
                + "<label>Search <input type=\"search\" id=\"filter-text\" placeholder=\"trust name, id or rule\" aria-controls=\"ranked\"></label>"
                + "<label>Rating <select id=\"filter-rating\"><option value=\"\">any</option>");
        for (Rating r : Rating.values()) w.write("<option value=\"" + r + "\">" + r + "</option>");
        w.write("</select></label><label>Area with findings <select id=\"filter-area\"><option value=\"\">any</option>");
        for (Area a : areas) w.write("<option value=\"" + a + "\">" + esc(Text.areaLabel(a)) + "</option>");
        w.write("</select></label><span id=\"filter-count\" class=\"muted\" aria-live=\"polite\"></span></div>\n");

        ranked.sort(Comparator.comparing(Headline::rank, RankKey.RISKIEST_FIRST).thenComparingInt(Headline::index));
        w.write("<table class=\"ranked\" id=\"ranked\">\n<caption>" + Html.plural(ranked.size(), "trust", "trusts")
                + " with findings, ranked by rating, then points, then CRITICAL and HIGH findings (highest risk first); select a heading to sort</caption>\n");
        w.write("<thead><tr><th scope=\"col\" class=\"num\" data-sort=\"num\">Rank</th><th scope=\"col\" data-sort=\"text\">Trust</th>"
                + "<th scope=\"col\" data-sort=\"num\">Rating</th><th scope=\"col\" class=\"num\" data-sort=\"num\">Score</th>"
                + "<th scope=\"col\" class=\"num\" data-sort=\"num\">Points</th><th scope=\"col\" data-sort=\"text\">Findings</th>"
                + "<th scope=\"col\">Most serious findings</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (Headline h : ranked) {
            rank++;
            w.write("<tr data-trust-id=\"" + esc(h.trustId()) + "\" data-rating=\"" + h.rating()
                    + "\" data-areas=\"" + areasWithFindings(h) + "\"><td>" + rank + "</td>");
            w.write("<th scope=\"row\"><a href=\"#" + h.anchor() + "\">" + esc(displayName(h.trustName(), h.trustId()))
                    + "</a> <span class=\"muted\">" + esc(h.trustId()) + "</span></th>");
            w.write("<td data-v=\"" + (Rating.values().length - h.rating().ordinal()) + "\">" + badge(h.rating()) + ratedOnNote(h)
                    + "</td><td>" + h.score() + "</td><td>" + h.points() + "</td><td>" + counts(h) + "</td><td>");
            if (h.findings() == 0) w.write("<span class=\"muted\">none</span>");
            else topIds(w, h);
            w.write("</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        if (!none.isEmpty()) {
            w.write("<h3 id=\"no-findings-h\">" + Html.plural(none.size(), "trust", "trusts") + " with no finding</h3>\n<ul class=\"quiet\">\n");
            for (Headline h : none) {
                w.write("<li data-trust-id=\"" + esc(h.trustId()) + "\" data-rating=\"" + h.rating()
                        + "\">" + esc(displayName(h.trustName(), h.trustId())) + " <span class=\"muted\">" + esc(h.trustId()));
                if (h.decided() != null) w.write("; " + esc(Text.ratedOn(h.decided())));
                if (h.unknown() > 0) w.write("; " + h.unknown() + " not assessable (" + esc(String.join(", ", h.unknownRules())) + ")");
                w.write("</span></li>\n");
            }
            w.write("</ul>\n");
        }
    }

    /** The areas in which the trust has unsuppressed findings, as {@code data-areas}. */
    private static String areasWithFindings(Headline h) {
        StringBuilder b = new StringBuilder();
        for (Area a : h.areasWithFindings()) {
            if (b.length() > 0) b.append(' ');
            b.append(a.name());
        }
        return b.toString();
    }

    /** The areas listed by some assessment of the batch, in area order (six for version 1 only, seven with version 2). */
    private List<Area> listedAreas() {
        boolean[] listed = new boolean[Area.values().length];
        for (Headline h : headlines) for (Area a : h.areas()) listed[a.ordinal()] = true;
        List<Area> out = new ArrayList<>();
        for (Area a : Area.values()) if (listed[a.ordinal()]) out.add(a);
        return out;
    }

    /** {@code <br>rated on D of N rules} for a version 2 assessment, else "". */
    private static String ratedOnNote(Headline h) {
        if (h.decided() == null) return "";
        String partial = h.partialSections().isEmpty() ? "" : "; " + Html.plural(h.partialSections().size(), "partial section", "partial sections");
        return "<br><span class=\"muted rated-on\">" + esc(Text.ratedOn(h.decided()) + partial) + "</span>";
    }

    private static void partialSections(Writer w, List<String> partial) throws IOException {
        if (partial.isEmpty()) {
            w.write("<p class=\"partial-sections\">Every section of the data was declared complete.</p>\n");
        } else {
            w.write("<p class=\"partial-sections\">Partial sections (the data lists only part of them, so rules over them may not be decided): "
                    + "<span class=\"sections\">" + esc(String.join(", ", partial.stream().map(Text::words).toList())) + "</span>.</p>\n");
        }
    }

    private static void tile(Writer w, String label, String valueHtml) throws IOException {
        tile(w, "", label, valueHtml);
    }

    private static void tile(Writer w, String cls, String label, String valueHtml) throws IOException {
        w.write("<div class=\"tile" + (cls.isEmpty() ? "" : " " + cls) + "\"><span class=\"label\">" + esc(label) + "</span><span class=\"value\">" + valueHtml + "</span></div>");
    }

    private static void topList(Writer w, Headline h) throws IOException {
        w.write("<ul class=\"top\">");
        for (Headline.Top t : h.top()) {
            w.write("<li>" + severityBadge(t.severity()) + " <span class=\"rule\">" + esc(t.ruleId()) + "</span> " + esc(t.title()) + "</li>");
        }
        int more = h.findings() - h.top().size();
        if (more > 0) w.write("<li class=\"muted\">and " + more + " more</li>");
        w.write("</ul>\n");
    }

    /** The rule ids of the most serious findings, coloured by severity, titles on hover: compact for the overview. */
    private static void topIds(Writer w, Headline h) throws IOException {
        boolean first = true;
        for (Headline.Top t : h.top()) {
            if (!first) w.write(", ");
            first = false;
            w.write("<span class=\"rs s-" + t.severity() + "\">" + esc(t.ruleId()) + "</span>");
        }
        int more = h.findings() - h.top().size();
        if (more > 0) w.write(" <span class=\"muted\">+" + more + "</span>");
    }

    private static String counts(Headline h) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int c = h.bySeverity()[s.ordinal()];
            if (c > 0) parts.add(c + " " + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = parts.isEmpty() ? "none" : String.join(", ", parts);
        if (h.suppressed() > 0) text += "; " + h.suppressed() + " suppressed";
        if (h.unknown() > 0) text += "; " + h.unknown() + " not assessable";
        return esc(text);
    }

    private static String readingGuide(int areas, boolean anyV2) {
        String guide = """
                <details class="guide" open>
                <summary><h3>How to read this report</h3></summary>
                <p>Each rule checks one requirement of the Academy Trust Handbook (or another cited source) against the trust's data.
                A rule that fails gives a <strong>finding</strong> with a severity: CRITICAL, HIGH, MEDIUM, LOW or INFO.
                Each of the six areas is rated from its findings, and the trust's overall rating from its areas:
                <span class="badge r-CRITICAL">CRITICAL</span> needs immediate attention,
                <span class="badge r-HIGH">HIGH</span> a significant concern,
                <span class="badge r-MEDIUM">MEDIUM</span> some concern,
                <span class="badge r-LOW">LOW</span> no significant concern found.</p>
                <p>Every finding shows its <strong>evidence</strong>: where in the trust's data it comes from (a JSON Pointer such as
                <code>/transactions/0</code>, the first transaction) and the values found there; its <strong>reference</strong> in the
                handbook; and the thresholds and other <strong>parameters</strong> in force on the date that mattered.
                A <strong>suppressed</strong> finding was reviewed and accepted, with the justification shown: it stays listed but counts
                towards no score. Rules that could not be checked because data was missing are listed as <strong>not assessable</strong>.</p>
                <p>Each finding earns <strong>points</strong> by its severity (CRITICAL 40, HIGH 15, MEDIUM 5, LOW 1); the <strong>score</strong>
                is the points capped at 100, and the points themselves, uncapped, rank trusts whose scores the cap would tie.</p>
                %s</details>
                """;
        String v2 = !anyV2 ? "" : """
                <p>Data of schema version 2 declares, section by section, whether it is <strong>complete</strong> or lists only part of
                what exists (<strong>partial</strong>). Such a trust is rated on what is known: "rated on D of N rules" says how many of the
                rule pack's N rules could be decided, and the partial sections are listed beside it.</p>
                """;
        String text = guide.formatted(v2);
        if (areas == 6) return text;
        return text.replace("Each of the six areas", areas == 7 ? "Each of the seven areas (six for data of schema version 1)" : "Each area");
    }

    /** Each rule cited by a finding, once: its title, reference (linked to its source) and the sources of the parameters used. */
    private void rulesCited(Writer w) throws IOException {
        if (cited.isEmpty()) return;
        w.write("<section class=\"rules-cited\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">Rules cited</h2>\n<dl class=\"rules\">\n");
        for (Map.Entry<String, Cited> e : cited.entrySet()) {
            Cited c = e.getValue();
            w.write("<dt id=\"" + esc(ruleAnchor(e.getKey())) + "\"><span class=\"rule\">" + esc(e.getKey()) + "</span> " + esc(c.title()) + "</dt>\n<dd>");
            w.write(reference(c.reference(), true));
            if (!c.parameterSources().isEmpty()) {
                w.write("<ul class=\"parameters\">");
                for (Map.Entry<String, String> p : c.parameterSources().entrySet()) {
                    w.write("<li><code>" + esc(p.getKey()) + "</code>: " + esc(p.getValue()) + "</li>");
                }
                w.write("</ul>");
            }
            w.write("</dd>\n");
        }
        w.write("</dl>\n</section>\n");
    }

    private void footer(Writer w) throws IOException {
        w.write("<footer>\n<p>Produced by matrisk");
        if (!producedBy.isEmpty()) w.write(": " + esc(String.join("; ", producedBy)));
        w.write(". The same data and rule pack always give the same report.</p>\n</footer>\n");
    }

    private static String producedBy(Assessment a) {
        StringBuilder b = new StringBuilder();
        if (a.engine() != null) b.append("engine ").append(Text.of(a.engine().version()));
        if (a.rulePack() != null) {
            if (b.length() > 0) b.append(", ");
            b.append("rule pack ").append(Text.of(a.rulePack().id())).append(" version ").append(Text.of(a.rulePack().version()));
        }
        return b.toString();
    }

    static String badge(Rating r) {
        if (r == null) return "<span class=\"muted\">not rated</span>";
        return "<span class=\"badge r-" + r + "\">" + r + "</span>";
    }

    static String severityBadge(Severity s) {
        return "<span class=\"badge r-" + s + "\">" + s + "</span>";
    }

    // ---------------------------------------------------------------- one trust in detail

    private static void trustSection(Writer w, int index, Assessment a, boolean open) throws IOException {
        String anchor = trustAnchor(index);
        String name = displayName(a.trust().name(), a.trust().id());
        long suppressed = a.findings().stream().filter(Finding::suppressed).count();
        w.write("<details class=\"trust\" id=\"" + anchor + "\" data-trust-id=\"" + esc(a.trust().id())
                + "\" data-rating=\"" + a.rating() + "\"" + (open ? " open" : "") + ">\n");
        w.write("<summary><h2>" + esc(name) + " <span class=\"muted\">" + esc(a.trust().id()) + "</span></h2> "
                + "<span class=\"headline\">" + badge(a.rating())
                + (a.decided() == null ? "" : " <span class=\"rated-on\">" + esc(Text.ratedOn(a.decided())) + "</span>")
                + " score " + a.score() + " of 100, " + Html.plural(a.points(), "point", "points") + ", "
                + Html.plural(a.findings().size() - suppressed, "finding", "findings")
                + (suppressed > 0 ? " (and " + suppressed + " suppressed)" : "")
                + ", " + a.passed() + " passed, " + a.unknown().size() + " not assessable</span></summary>\n");
        w.write("<p class=\"meta\">Financial year " + (a.period() == null ? "not given"
                : esc(Text.longDate(a.period().start())) + " to " + esc(Text.longDate(a.period().end())))
                + ", assessed as of " + (a.asOf() == null ? "not given" : esc(Text.longDate(a.asOf()))));
        if (Text.notBlank(a.inputSha256())) w.write("; input SHA-256 <code>" + esc(a.inputSha256()) + "</code>");
        w.write("</p>\n");
        if (a.coverage() != null) coverage(w, a);

        // the areas with findings, each with its rating and score; the others in one phrase
        w.write("<p class=\"areas\">");
        List<String> clear = new ArrayList<>();
        for (AreaResult r : a.areas()) {
            if (r.findings() == 0 && r.rating() == Rating.LOW) {
                clear.add(Text.areaLabel(r.area()));
                continue;
            }
            w.write("<span data-area=\"" + r.area() + "\">" + esc(Text.areaLabel(r.area())) + " " + badge(r.rating()) + " " + r.score()
                    + (r.points() != r.score() ? " (" + r.points() + " points)" : "") + "</span> ");
        }
        if (!clear.isEmpty()) w.write("<span class=\"muted\">No finding: " + esc(String.join(", ", clear)) + "</span>");
        w.write("</p>\n");

        if (a.findings().isEmpty()) w.write("<p class=\"none\">No rule failed.</p>\n");
        for (Finding f : a.findings()) finding(w, f);

        if (!a.unknown().isEmpty()) {
            w.write("<h3>Not assessable: data missing</h3>\n<ul class=\"unknown\">\n");
            for (UnknownOutcome u : a.unknown()) {
                w.write("<li><span class=\"rule\">" + esc(u.ruleId()) + "</span> at " + pointer(u.pointer()) + ": missing "
                        + esc(String.join(", ", u.missing().stream().map(Text::words).toList())) + "</li>\n");
            }
            w.write("</ul>\n");
        }
        w.write("</details>\n");
    }

    /** A version 2 assessment: what the rating rests on, and the coverage its data declared, section by section. */
    private static void coverage(Writer w, Assessment a) throws IOException {
        if (a.decided() != null) {
            w.write("<p class=\"decided\">Rated on " + a.decided().rules() + " of " + a.decided().total() + " rules: "
                    + Html.plural(a.decided().unknown(), "rule", "rules") + " could not be decided for some item for want of data.</p>\n");
        }
        partialSections(w, a.partialSections());
        w.write("<table class=\"coverage\">\n<caption>Coverage of the data</caption>\n<thead><tr><th scope=\"col\">Section</th>"
                + "<th scope=\"col\">Complete</th><th scope=\"col\">Source</th><th scope=\"col\">As at</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, SectionCoverage> e : a.coverage().entrySet()) {
            SectionCoverage c = e.getValue();
            boolean complete = c != null && c.complete();
            w.write("<tr data-section=\"" + esc(e.getKey()) + "\" data-complete=\"" + complete + "\"><th scope=\"row\">" + esc(Text.words(e.getKey()))
                    + "</th><td>" + (complete ? "complete" : "<strong>partial</strong>") + "</td><td>" + esc(c == null ? null : c.source())
                    + "</td><td>" + esc(c == null || c.asAt() == null ? null : Text.value("asAt", String.valueOf(c.asAt()))) + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    /**
     * One finding, compact (a batch of 2,000 trusts has thousands): its rule id links to the rules cited,
     * where the rule's reference, its source and the parameters' sources are given once; evidence and
     * parameters as short lists.
     */
    private static void finding(Writer w, Finding f) throws IOException {
        w.write("<article class=\"finding s-" + f.severity() + (f.suppressed() ? " suppressed\" data-suppressed=\"true" : "")
                + "\" data-rule=\"" + esc(f.ruleId()) + "\">\n");
        w.write("<h4>" + severityBadge(f.severity())
                + (f.suppressed() ? " <span class=\"badge supp\">SUPPRESSED</span>" : "")
                + " <a class=\"rule\" href=\"#" + esc(ruleAnchor(f.ruleId())) + "\" title=\"reference and sources\">" + esc(f.ruleId()) + "</a> "
                + esc(f.title()) + "</h4>\n");
        if (f.suppressed()) {
            Suppression s = f.suppression();
            w.write("<div class=\"suppression\" role=\"note\"><strong>Suppressed</strong>: reviewed and accepted, so it counts towards no score."
                    + "<dl><dt>Justification</dt><dd>" + esc(s.justification()) + "</dd>"
                    + "<dt>By</dt><dd>" + esc(s.by()) + "</dd>"
                    + "<dt>Expires</dt><dd>" + (s.expires() == null ? "no expiry given" : Html.date(s.expires())) + "</dd></dl></div>\n");
        }
        w.write("<p class=\"message\">" + esc(Text.prose(f.message())) + "</p>\n");
        if (!f.evidence().isEmpty()) {
            w.write("<ul class=\"evidence\">");
            for (Evidence e : f.evidence()) {
                w.write("<li>" + pointer(e.pointer()) + (Text.notBlank(e.field()) ? " " + esc(Text.words(e.field())) : "")
                        + ": " + esc(Text.value(e.field(), e.value())) + "</li>");
            }
            w.write("</ul>\n");
        }
        if (!f.parameters().isEmpty()) {
            w.write("<ul class=\"parameters\">");
            for (ParameterUse p : f.parameters()) {
                w.write("<li>" + esc(parameterWords(p.name())) + ": "
                        + esc(Text.value(p.name(), p.value()))
                        + (p.effectiveFrom() == null ? "" : ", from " + esc(Text.longDate(p.effectiveFrom()))) + "</li>");
            }
            w.write("</ul>\n");
        }
        w.write("</article>\n");
    }

    /** {@code rpt.approvalThreshold} to "approval threshold": the last part of a parameter's name, in words. */
    static String parameterWords(String name) {
        if (name == null) return "";
        String[] parts = name.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < parts.length; i++) b.append(b.length() > 0 ? " " : "").append(Text.words(parts[i]));
        return b.length() == 0 ? Text.words(name) : b.toString();
    }

    /** A JSON Pointer as code; the empty pointer (the whole document) in words. */
    private static String pointer(String p) {
        return p == null || p.isEmpty() ? "<code>(the whole document)</code>" : "<code>" + esc(p) + "</code>";
    }

    /** The reference as a line; with its web link only when {@code withUrl} (the rules cited), else linking to that list. */
    private static String reference(Reference r, boolean withUrl) {
        if (r == null) return "";
        StringBuilder b = new StringBuilder("<p class=\"reference\">Reference: ");
        b.append("<span class=\"ref-source\">").append(esc(r.source())).append("</span>");
        if (Text.notBlank(r.edition())) b.append(" <span class=\"ref-edition\">").append(esc(r.edition())).append("</span>");
        if (Text.notBlank(r.paragraph())) b.append(", paragraph <span class=\"ref-paragraph\">").append(esc(r.paragraph())).append("</span>");
        if (withUrl && Text.notBlank(r.url())) {
            b.append(" &middot; ");
            if (Html.linkable(r.url())) {
                b.append("<a class=\"ref-url\" href=\"").append(esc(r.url().strip())).append("\" rel=\"noreferrer noopener\">")
                        .append(esc(r.url())).append("</a>");
            } else {
                b.append("<span class=\"ref-url\">").append(esc(r.url())).append("</span>");
            }
        }
        return b.append("</p>\n").toString();
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "html"; }
        @Override public String description() { return "one self-contained HTML report: summary with chart, ranked trusts, every finding in detail"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new HtmlReportWriter(out); }
    }
}
