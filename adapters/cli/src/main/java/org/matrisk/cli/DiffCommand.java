package org.matrisk.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.engine.rating.RatingPolicy;
import org.matrisk.engine.diff.AreaChange;
import org.matrisk.engine.diff.DiffReport;
import org.matrisk.engine.diff.FindingRef;
import org.matrisk.engine.diff.ScanDiff;
import org.matrisk.engine.diff.TrustChange;
import org.matrisk.engine.diff.TrustSide;
import org.matrisk.json.write.AssessmentGson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code matrisk diff OLD.ndjson NEW.ndjson [--format text|json]}: what changed between two scans
 * (see {@link ScanDiff} for the keys, pairing and ordering). The old scan is indexed, the new one
 * streamed. Either file may be {@code -} (stdin). Exit 0, or 2 when an input cannot be read or a line
 * is not an assessment.
 *
 * <p><b>Versions.</b> Both files may hold assessments of format version "1" and "2", mixed: a trust
 * assessed with catalogue v1 in one scan and v2 in the other is compared area by area (the seventh
 * area, listed on one side only, is shown as "not listed" on the other) and its format change is shown.
 * A line written before catalogue v2 has no {@code points}: its points are then taken from its findings
 * with the default rating policy (the policy every assessment of this matrisk is rated with).
 *
 * <p><b>Order.</b> Changed trusts worst change first ({@link ScanDiff#WORST_CHANGE_FIRST}); trusts in one
 * scan only by the one ranking of trusts ({@link org.matrisk.engine.rating.RankKey}).
 *
 * <p><b>Text</b> (for people): the summary counts first, then one block per changed trust, worst change
 * first (rating, score and points, format version and "rated on D of N rules" when version 2, changed
 * areas, then one line per new, resolved, newly suppressed and no longer suppressed finding), then the
 * trusts only in NEW and only in OLD, then notes.
 *
 * <p><b>JSON</b> (for tools), every key always present, lists possibly empty:
 * <pre>
 * { "formatVersion": "1",
 *   "old": { "file": "old.ndjson", "assessments": 2 },
 *   "new": { "file": "new.ndjson", "assessments": 2 },
 *   "summary": { "compared", "changed", "unchanged", "worse", "better", "periodChanged",
 *                "onlyInOld", "onlyInNew", "newFindings", "resolvedFindings" },          (integers)
 *   "changed": [ {
 *       "trust": { "id", "name" },
 *       "oldPeriod": { "start", "end" }, "newPeriod": { "start", "end" }, "periodChanged": false,
 *       "rating": { "old": "LOW", "new": "HIGH", "change": 2 },    (change &gt; 0: worse, &lt; 0: better)
 *       "score": { "old": 0, "new": 15, "change": 15 },
 *       "areas": [ { "area", "rating": { "old", "new", "change" }, "score": { "old", "new", "change" },
 *                    "points": { "old", "new", "change" } } ],      (a rating is null on the side that does not list the area)
 *       "newFindings": [ { "ruleId", "pointer", "area", "severity", "title", "suppressed" } ],
 *       "resolvedFindings": [ … ], "nowSuppressed": [ … ], "noLongerSuppressed": [ … ],
 *       "points": { "old": 0, "new": 15, "change": 15 },
 *       "formatVersion": { "old": "1", "new": "2" },
 *       "decided": { "old": null, "new": { "rules": 60, "unknown": 7 } } } ],   (null: format version "1")
 *   "onlyInOld": [ { "trust": { "id", "name" }, "period": { "start", "end" }, "rating", "score", "findings",
 *                    "points", "formatVersion", "decided" } ],
 *   "onlyInNew": [ … ],
 *   "notes": [ "OLD: trust 10070002 appears 2 times; compared the assessment for 2024-09-01..2025-08-31" ] }
 * </pre>
 * {@code pointer} is the finding's first evidence pointer ({@code ""} is the whole document);
 * {@code findings} counts every finding listed, suppressed or not. The members {@code points},
 * {@code formatVersion} and {@code decided} came with catalogue v2, after the members of before.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two NDJSON scans (matrisk scan --format ndjson): per trust, the rating and score change, "
                + "new and resolved findings (a finding is its rule id and first evidence pointer), and the trusts in only one scan.",
                "Trusts are matched by trust id, so two years compare. Either file may be - for stdin.",
                "Exit status: 0 compared; 2 usage or unreadable input."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (for people, the default) or json (for tools)")
    Format format = Format.text;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier scan, NDJSON")
    String oldScan;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later scan, NDJSON")
    String newScan;

    /** An input that cannot be read, or a line that is not an assessment. */
    static final class Unreadable extends Exception {
        Unreadable(String message) { super(message); }
    }

    @Override
    public Integer call() {
        if (oldScan.equals("-") && newScan.equals("-")) {
            System.err.println("matrisk: diff: only one of OLD and NEW can be - (stdin)");
            return Main.USAGE;
        }
        ScanDiff diff = new ScanDiff();
        try {
            read(oldScan, diff::addOld);
            read(newScan, diff::addNew);
        } catch (Unreadable e) {
            System.err.println("matrisk: " + e.getMessage());
            return Main.USAGE;
        }
        DiffReport report = diff.finish();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == Format.json) {
            out.println(AssessmentGson.PRETTY.toJson(json(report, oldScan, newScan)));
        } else {
            text(report, oldScan, newScan, out);
        }
        out.flush();
        return Main.OK;
    }

    /** Streams the assessments of one NDJSON scan, line by line. */
    static void read(String name, Consumer<Assessment> sink) throws Unreadable {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNo = 0;
        try (BufferedReader in = name.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, decoder), 1 << 16)
                : new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(name)), decoder), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                sink.accept(assessment(name, lineNo, line));
            }
        } catch (NoSuchFileException e) {
            throw new Unreadable("cannot read " + name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable("cannot read " + name + ": line " + (lineNo + 1) + ": not UTF-8");
        } catch (IOException e) {
            throw new Unreadable("cannot read " + name + ": " + e.getMessage());
        }
    }

    private static Assessment assessment(String name, long lineNo, String line) throws Unreadable {
        String at = "cannot read " + name + ": line " + lineNo + ": ";
        String trimmed = line.strip();
        if (trimmed.startsWith("[")) {
            throw new Unreadable(at + "a JSON array: diff reads NDJSON, one assessment per line (matrisk scan --format ndjson)");
        }
        Assessment a;
        JsonObject tree;
        try {
            tree = AssessmentGson.COMPACT.fromJson(line, JsonObject.class);
            a = tree == null ? null : AssessmentGson.COMPACT.fromJson(tree, Assessment.class);
        } catch (JsonParseException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            why = why.replace("com.google.gson.stream.MalformedJsonException: ", "").replace("java.io.EOFException: ", "")
                    .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON");
            if (trimmed.equals("{")) why = "a multi-line JSON object: diff reads NDJSON, one assessment per line (matrisk scan --format ndjson)";
            throw new Unreadable(at + "not an assessment: " + why);
        } catch (RuntimeException e) {
            // a record constructor refusing a missing list, a bad enum or date: Gson's message lists every argument
            throw new Unreadable(at + "not an assessment: missing or invalid fields");
        }
        if (a == null || !trimmed.startsWith("{")) throw new Unreadable(at + "not an assessment: not a JSON object");
        if (!Assessment.FORMAT_VERSION.equals(a.formatVersion()) && !Assessment.FORMAT_VERSION_2.equals(a.formatVersion())) {
            throw new Unreadable(at + "formatVersion " + (a.formatVersion() == null ? "missing" : "\"" + a.formatVersion() + "\"")
                    + ": this matrisk reads versions " + Assessment.FORMAT_VERSION + " and " + Assessment.FORMAT_VERSION_2);
        }
        if (a.trust() == null || a.trust().id() == null) throw new Unreadable(at + "not an assessment: no trust.id");
        if (a.rating() == null) throw new Unreadable(at + "not an assessment: no rating");
        for (var area : a.areas()) {
            if (area == null || area.area() == null || area.rating() == null) throw new Unreadable(at + "not an assessment: an area without area or rating");
        }
        for (var f : a.findings()) {
            if (f == null || f.ruleId() == null || f.severity() == null || f.area() == null) {
                throw new Unreadable(at + "not an assessment: a finding without ruleId, area or severity");
            }
        }
        return tree.has("points") ? a : withPoints(a);
    }

    /**
     * An assessment written before catalogue v2 has no {@code points}: they are the points of its
     * unsuppressed findings under the default rating policy, per area and in all.
     */
    static Assessment withPoints(Assessment a) {
        Map<Area, Integer> byArea = new EnumMap<>(Area.class);
        int total = 0;
        for (Finding f : a.findings()) {
            int p = RatingPolicy.DEFAULT.points(f);
            byArea.merge(f.area(), p, Integer::sum);
            total += p;
        }
        List<AreaResult> areas = a.areas().stream()
                .map(r -> new AreaResult(r.area(), r.rating(), r.score(), r.findings(), byArea.getOrDefault(r.area(), 0))).toList();
        return new Assessment(a.formatVersion(), a.trust(), a.period(), a.asOf(), a.engine(), a.rulePack(), a.inputSha256(), a.rating(),
                a.score(), areas, a.findings(), a.unknown(), a.passed(), total, a.coverage(), a.decided());
    }

    // ---------------------------------------------------------------- text

    static void text(DiffReport r, String oldName, String newName, PrintWriter out) {
        DiffReport.Summary s = r.summary();
        out.printf("OLD %s: %d assessment%s; NEW %s: %d assessment%s%n", oldName, s.oldAssessments(), plural(s.oldAssessments()),
                newName, s.newAssessments(), plural(s.newAssessments()));
        out.printf("%d trust%s in both scans: %d changed (%d rated worse, %d rated better), %d unchanged, %d assessed for another period%n",
                s.compared(), plural(s.compared()), s.changed(), s.worse(), s.better(), s.unchanged(), s.periodChanged());
        out.printf("%d only in OLD, %d only in NEW; findings: %d new, %d resolved%n",
                s.onlyInOld(), s.onlyInNew(), s.newFindings(), s.resolvedFindings());
        for (TrustChange c : r.changed()) {
            out.println();
            out.println(c.trustId() + " " + nameOf(c.name()));
            out.printf("  rating %s, score %s, points %s%n", ratingChange(c.oldRating(), c.newRating(), c.ratingChange()),
                    changeText(c.oldScore(), c.newScore()), changeText(c.oldPoints(), c.newPoints()));
            if (c.periodChanged()) out.printf("  period %s -> %s%n", ScanDiff.period(c.oldPeriod()), ScanDiff.period(c.newPeriod()));
            if (c.formatVersionChanged()) out.printf("  formatVersion %s -> %s%n", c.oldFormatVersion(), c.newFormatVersion());
            if (c.oldDecided() != null || c.newDecided() != null) {
                out.printf("  %s%n", java.util.Objects.equals(c.oldDecided(), c.newDecided()) ? ratedOn(c.newDecided()) + " (unchanged)"
                        : ratedOn(c.oldDecided()) + " -> " + ratedOn(c.newDecided()));
            }
            for (AreaChange a : c.areas()) {
                String pts = a.oldPoints() == a.oldScore() && a.newPoints() == a.newScore() ? ""
                        : ", points " + a.oldPoints() + " -> " + a.newPoints();
                if (a.oneSided()) {
                    out.printf("  area %-13s %s -> %s%s%n", a.area(), side(a.oldRating(), a.oldScore()), side(a.newRating(), a.newScore()), pts);
                } else {
                    out.printf("  area %-13s %s %d -> %s %d (%s)%s%n", a.area(), a.oldRating(), a.oldScore(), a.newRating(), a.newScore(),
                            signed(a.scoreChange()), pts);
                }
            }
            findings(out, "new", c.newFindings());
            findings(out, "resolved", c.resolvedFindings());
            findings(out, "suppressed", c.nowSuppressed());
            findings(out, "unsuppressed", c.noLongerSuppressed());
        }
        sides(out, "Only in NEW", r.onlyInNew());
        sides(out, "Only in OLD", r.onlyInOld());
        if (!r.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            r.notes().forEach(n -> out.println("  " + n));
        }
    }

    private static void findings(PrintWriter out, String label, List<FindingRef> fs) {
        for (FindingRef f : fs) {
            out.printf("  %-12s %-7s %-8s %s  %s%s%n", label, f.ruleId(), f.severity(), pointer(f.pointer()), f.title(),
                    f.suppressed() && !label.equals("suppressed") ? " [suppressed]" : "");
        }
    }

    private static void sides(PrintWriter out, String heading, List<TrustSide> sides) {
        if (sides.isEmpty()) return;
        out.println();
        out.println(heading + " (" + sides.size() + "):");
        for (TrustSide t : sides) {
            out.printf("  %s %s: %s, score %d, points %d, %d finding%s, %s%s%n", t.trustId(), nameOf(t.name()), t.rating(), t.score(),
                    t.points(), t.findings(), plural(t.findings()), ScanDiff.period(t.period()),
                    t.decided() == null ? "" : ", " + ratedOn(t.decided()));
        }
    }

    static String ratingChange(Rating before, Rating after, int change) {
        if (change == 0) return before + " (unchanged)";
        return before + " -> " + after + (change > 0 ? " (worse)" : " (better)");
    }

    private static String changeText(int before, int after) {
        return before == after ? after + " (unchanged)" : before + " -> " + after + " (" + signed(after - before) + ")";
    }

    /** "rated on D of N rules" (catalogue v2 section 5), or "version 1" for an assessment without {@code decided}. */
    static String ratedOn(Decided d) {
        return d == null ? "version 1 (no rated-on count)" : "rated on " + d.rules() + " of " + d.total() + " rules";
    }

    private static String side(Rating r, int score) {
        return r == null ? "(not listed)" : r + " " + score;
    }

    private static String pointer(String p) {
        return p.isEmpty() ? "(document)" : p;
    }

    private static String nameOf(String name) {
        return name == null ? "" : name;
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    // ---------------------------------------------------------------- json

    static JsonObject json(DiffReport r, String oldName, String newName) {
        DiffReport.Summary s = r.summary();
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", "1");
        o.add("old", scan(oldName, s.oldAssessments()));
        o.add("new", scan(newName, s.newAssessments()));
        JsonObject sum = new JsonObject();
        sum.addProperty("compared", s.compared());
        sum.addProperty("changed", s.changed());
        sum.addProperty("unchanged", s.unchanged());
        sum.addProperty("worse", s.worse());
        sum.addProperty("better", s.better());
        sum.addProperty("periodChanged", s.periodChanged());
        sum.addProperty("onlyInOld", s.onlyInOld());
        sum.addProperty("onlyInNew", s.onlyInNew());
        sum.addProperty("newFindings", s.newFindings());
        sum.addProperty("resolvedFindings", s.resolvedFindings());
        o.add("summary", sum);
        JsonArray changed = new JsonArray();
        for (TrustChange c : r.changed()) {
            JsonObject t = new JsonObject();
            t.add("trust", trust(c.trustId(), c.name()));
            t.add("oldPeriod", period(c.oldPeriod()));
            t.add("newPeriod", period(c.newPeriod()));
            t.addProperty("periodChanged", c.periodChanged());
            t.add("rating", change(c.oldRating(), c.newRating(), c.ratingChange()));
            t.add("score", change(c.oldScore(), c.newScore()));
            JsonArray areas = new JsonArray();
            for (AreaChange a : c.areas()) {
                JsonObject ao = new JsonObject();
                ao.addProperty("area", a.area().name());
                ao.add("rating", change(a.oldRating(), a.newRating(), a.ratingChange()));
                ao.add("score", change(a.oldScore(), a.newScore()));
                ao.add("points", change(a.oldPoints(), a.newPoints()));
                areas.add(ao);
            }
            t.add("areas", areas);
            t.add("newFindings", findings(c.newFindings()));
            t.add("resolvedFindings", findings(c.resolvedFindings()));
            t.add("nowSuppressed", findings(c.nowSuppressed()));
            t.add("noLongerSuppressed", findings(c.noLongerSuppressed()));
            t.add("points", change(c.oldPoints(), c.newPoints()));
            JsonObject fv = new JsonObject();
            fv.addProperty("old", c.oldFormatVersion());
            fv.addProperty("new", c.newFormatVersion());
            t.add("formatVersion", fv);
            JsonObject dec = new JsonObject();
            dec.add("old", decided(c.oldDecided()));
            dec.add("new", decided(c.newDecided()));
            t.add("decided", dec);
            changed.add(t);
        }
        o.add("changed", changed);
        o.add("onlyInOld", sides(r.onlyInOld()));
        o.add("onlyInNew", sides(r.onlyInNew()));
        JsonArray notes = new JsonArray();
        r.notes().forEach(notes::add);
        o.add("notes", notes);
        return o;
    }

    private static JsonObject scan(String file, long assessments) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("assessments", assessments);
        return o;
    }

    private static JsonObject trust(String id, String name) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("name", name);
        return o;
    }

    private static JsonObject period(Assessment.PeriodRef p) {
        if (p == null) return null;
        JsonObject o = new JsonObject();
        o.addProperty("start", p.start() == null ? null : p.start().toString());
        o.addProperty("end", p.end() == null ? null : p.end().toString());
        return o;
    }

    private static JsonElement decided(Decided d) {
        if (d == null) return JsonNull.INSTANCE;
        JsonObject o = new JsonObject();
        o.addProperty("rules", d.rules());
        o.addProperty("unknown", d.unknown());
        return o;
    }

    private static JsonObject change(Rating before, Rating after, int change) {
        JsonObject o = new JsonObject();
        o.addProperty("old", before == null ? null : before.name());
        o.addProperty("new", after == null ? null : after.name());
        o.addProperty("change", change);
        return o;
    }

    private static JsonObject change(int before, int after) {
        JsonObject o = new JsonObject();
        o.addProperty("old", before);
        o.addProperty("new", after);
        o.addProperty("change", after - before);
        return o;
    }

    private static JsonArray findings(List<FindingRef> fs) {
        JsonArray a = new JsonArray();
        for (FindingRef f : fs) {
            JsonObject o = new JsonObject();
            o.addProperty("ruleId", f.ruleId());
            o.addProperty("pointer", f.pointer());
            o.addProperty("area", f.area().name());
            o.addProperty("severity", f.severity().name());
            o.addProperty("title", f.title());
            o.addProperty("suppressed", f.suppressed());
            a.add(o);
        }
        return a;
    }

    private static JsonArray sides(List<TrustSide> sides) {
        JsonArray a = new JsonArray();
        for (TrustSide t : sides) {
            JsonObject o = new JsonObject();
            o.add("trust", trust(t.trustId(), t.name()));
            o.add("period", period(t.period()));
            o.addProperty("rating", t.rating() == null ? null : t.rating().name());
            o.addProperty("score", t.score());
            o.addProperty("findings", t.findings());
            o.addProperty("points", t.points());
            o.addProperty("formatVersion", t.formatVersion());
            o.add("decided", decided(t.decided()));
            a.add(o);
        }
        return a;
    }
}
