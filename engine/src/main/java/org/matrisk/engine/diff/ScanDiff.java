package org.matrisk.engine.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.rating.RankKey;

/**
 * Compares two scans (old and new) trust by trust: rating and score changes, area changes, new and
 * resolved findings, changes of suppression, and trusts in only one scan.
 *
 * <pre>
 * ScanDiff diff = new ScanDiff();
 * oldScan.forEachRemaining(diff::addOld);   // indexed: only what the comparison needs
 * newScan.forEachRemaining(diff::addNew);   // streamed: compared as it comes
 * DiffReport report = diff.finish();
 * </pre>
 *
 * <p><b>Keys.</b> Trusts are matched by trust id alone, so two scans of different years compare
 * (each {@link TrustChange} gives both periods, and the summary counts the trusts whose period
 * changed). A finding's identity is its rule id and first evidence pointer; when one assessment has
 * several findings with the same identity they are paired in order and the surplus is new or
 * resolved. A finding in both scans whose suppression was added or removed is reported as such, not
 * as new or resolved.
 *
 * <p><b>Versions.</b> Assessments of format version "1" (six areas) and "2" (seven areas, {@code decided})
 * compare with each other: an area listed on one side only is an {@link AreaChange} with a null rating on
 * the other side, and a change of format version or of {@code decided} makes the trust changed.
 *
 * <p><b>Order.</b> The trusts in one scan only are ranked by the one ranking of trusts,
 * {@link RankKey#RISKIEST_FIRST} (rating, points, CRITICAL findings, HIGH findings, trust id); the changed
 * trusts by the change first ({@link #WORST_CHANGE_FIRST}), then by that ranking of their new assessment.
 *
 * <p><b>Duplicates.</b> A trust assessed more than once in one scan (several periods in one batch)
 * is compared through its assessment with the latest period end; on a tie, the one read last. Each
 * such trust gets a note.
 *
 * <p><b>Memory.</b> The old scan is held as one small record per trust (name, period, format version, rating,
 * score, points, decided, area ratings, scores and points, and per finding its rule id, pointer, area, severity and suppressed flag,
 * strings shared); the new scan is streamed, keeping only the trusts that changed and, per trust
 * id, its period end.
 *
 * <p>Not thread-safe: feed it from one thread, all of the old scan before any of the new.
 */
public final class ScanDiff {
    private static final Area[] AREAS = Area.values();
    private static final Rating[] RATINGS = Rating.values();

    /** {@code areaRatings}: the rating's ordinal, or -1 for an area not listed. */
    private record Snapshot(String name, PeriodRef period, String formatVersion, Rating rating, int score, int points, Decided decided,
                            byte[] areaRatings, int[] areaScores, int[] areaPoints, FindingRef[] findings) {
        int count(Severity s) {
            int n = 0;
            for (FindingRef f : findings) if (!f.suppressed() && f.severity() == s) n++;
            return n;
        }
    }

    /** What the new scan left for one trust id: its period end and the comparison (TrustChange, TrustSide, or UNCHANGED...). */
    private record Seen(PeriodRef period, Object result) {}

    private static final Object UNCHANGED = new Object();
    private static final Object UNCHANGED_OTHER_PERIOD = new Object();

    private final Map<String, Snapshot> old = new HashMap<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Integer> oldDuplicates = new TreeMap<>();
    private final Map<String, Integer> newDuplicates = new TreeMap<>();
    private long oldAssessments, newAssessments;
    private boolean streamingNew, finished;

    /** Compares two whole scans. */
    public static DiffReport compare(Iterator<Assessment> oldScan, Iterator<Assessment> newScan) {
        ScanDiff diff = new ScanDiff();
        oldScan.forEachRemaining(diff::addOld);
        newScan.forEachRemaining(diff::addNew);
        return diff.finish();
    }

    /** Indexes one assessment of the old scan. All of the old scan must come before the new one. */
    public void addOld(Assessment a) {
        if (streamingNew || finished) throw new IllegalStateException("the old scan must be read before the new one");
        oldAssessments++;
        String id = trustId(a);
        Snapshot previous = old.get(id);
        if (previous != null) {
            oldDuplicates.merge(id, 2, (x, y) -> x + 1);
            if (laterOrSame(a.period(), previous.period()) < 0) return;
        }
        old.put(id, snapshot(a));
    }

    /** Compares one assessment of the new scan with the old scan. */
    public void addNew(Assessment a) {
        if (finished) throw new IllegalStateException("finished");
        streamingNew = true;
        newAssessments++;
        String id = trustId(a);
        Seen previous = seen.get(id);
        if (previous != null) {
            newDuplicates.merge(id, 2, (x, y) -> x + 1);
            if (laterOrSame(a.period(), previous.period()) < 0) return;
        }
        Snapshot before = old.get(id);
        Object result;
        if (before == null) {
            result = new TrustSide(id, a.trust().name(), a.period(), a.rating(), a.score(), a.findings().size(), a.points(),
                    a.count(Severity.CRITICAL), a.count(Severity.HIGH), a.formatVersion(), a.decided());
        } else {
            TrustChange c = compare(id, before, a);
            result = c.changed() ? c : c.periodChanged() ? UNCHANGED_OTHER_PERIOD : UNCHANGED;
        }
        seen.put(id, new Seen(a.period(), result));
    }

    /** The report; call once, after both scans. */
    public DiffReport finish() {
        if (finished) throw new IllegalStateException("finished");
        finished = true;
        List<TrustChange> changed = new ArrayList<>();
        List<TrustSide> onlyInNew = new ArrayList<>();
        int compared = 0, periodChanged = 0, worse = 0, better = 0, newFindings = 0, resolved = 0;
        for (Seen s : seen.values()) {
            if (s.result() instanceof TrustSide side) {
                onlyInNew.add(side);
                continue;
            }
            compared++;
            if (s.result() == UNCHANGED_OTHER_PERIOD) periodChanged++;
            if (s.result() instanceof TrustChange c) {
                changed.add(c);
                if (c.periodChanged()) periodChanged++;
                if (c.ratingChange() > 0) worse++;
                if (c.ratingChange() < 0) better++;
                newFindings += c.newFindings().size();
                resolved += c.resolvedFindings().size();
            }
        }
        List<TrustSide> onlyInOld = new ArrayList<>();
        old.forEach((id, s) -> {
            if (!seen.containsKey(id)) onlyInOld.add(new TrustSide(id, s.name(), s.period(), s.rating(), s.score(), s.findings().length,
                    s.points(), s.count(Severity.CRITICAL), s.count(Severity.HIGH), s.formatVersion(), s.decided()));
        });
        changed.sort(WORST_CHANGE_FIRST);
        onlyInOld.sort(WORST_SIDE_FIRST);
        onlyInNew.sort(WORST_SIDE_FIRST);
        List<String> notes = new ArrayList<>();
        oldDuplicates.forEach((id, n) -> notes.add(duplicateNote("OLD", id, n, old.get(id).period())));
        newDuplicates.forEach((id, n) -> notes.add(duplicateNote("NEW", id, n, seen.get(id).period())));
        var summary = new DiffReport.Summary(oldAssessments, newAssessments, compared, changed.size(), compared - changed.size(),
                worse, better, periodChanged, onlyInOld.size(), onlyInNew.size(), newFindings, resolved);
        return new DiffReport(summary, changed, onlyInOld, onlyInNew, notes);
    }

    /**
     * Worst change first: rating deterioration, then the increase of the (uncapped) points, then the new
     * assessment by the ranking of trusts ({@link RankKey#RISKIEST_FIRST}: rating, points, CRITICAL and
     * HIGH findings, trust id). Improvements come last.
     */
    public static final Comparator<TrustChange> WORST_CHANGE_FIRST = Comparator
            .comparingInt(TrustChange::ratingChange).reversed()
            .thenComparing(Comparator.comparingInt(TrustChange::pointsChange).reversed())
            .thenComparing(TrustChange::newRank, RankKey.RISKIEST_FIRST);

    /** The ranking of trusts ({@link RankKey#RISKIEST_FIRST}). */
    public static final Comparator<TrustSide> WORST_SIDE_FIRST = Comparator.comparing(TrustSide::rank, RankKey.RISKIEST_FIRST);

    private static String duplicateNote(String scan, String id, int times, PeriodRef kept) {
        return scan + ": trust " + id + " appears " + times + " times; compared the assessment for " + period(kept);
    }

    public static String period(PeriodRef p) {
        return p == null ? "no period" : p.start() + ".." + p.end();
    }

    private static String trustId(Assessment a) {
        Objects.requireNonNull(a.trust(), "assessment without trust");
        return Objects.requireNonNull(a.trust().id(), "assessment without trust id");
    }

    /** Positive or zero when {@code a} ends on or after {@code b}: the later period wins, a tie goes to the later read. */
    private static int laterOrSame(PeriodRef a, PeriodRef b) {
        if (a == null || a.end() == null) return b == null || b.end() == null ? 0 : -1;
        if (b == null || b.end() == null) return 1;
        return a.end().compareTo(b.end());
    }

    private String share(String s) {
        if (s == null) return null;
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private Snapshot snapshot(Assessment a) {
        byte[] ratings = new byte[AREAS.length];
        java.util.Arrays.fill(ratings, (byte) -1);
        int[] scores = new int[AREAS.length];
        int[] points = new int[AREAS.length];
        for (AreaResult r : a.areas()) {
            ratings[r.area().ordinal()] = (byte) r.rating().ordinal();
            scores[r.area().ordinal()] = r.score();
            points[r.area().ordinal()] = r.points();
        }
        FindingRef[] findings = new FindingRef[a.findings().size()];
        for (int i = 0; i < findings.length; i++) {
            Finding f = a.findings().get(i);
            findings[i] = new FindingRef(share(f.ruleId()), share(f.firstPointer()), f.area(), f.severity(), share(f.title()), f.suppressed());
        }
        return new Snapshot(a.trust().name(), a.period(), share(a.formatVersion()), a.rating(), a.score(), a.points(), a.decided(),
                ratings, scores, points, findings);
    }

    private TrustChange compare(String id, Snapshot before, Assessment a) {
        List<AreaChange> areas = new ArrayList<>();
        AreaResult[] listed = new AreaResult[AREAS.length];
        for (AreaResult r : a.areas()) listed[r.area().ordinal()] = r;
        for (Area area : AREAS) {
            int i = area.ordinal();
            AreaResult r = listed[i];
            Rating was = before.areaRatings()[i] < 0 ? null : RATINGS[before.areaRatings()[i]];
            if (r == null && was == null) continue;
            Rating is = r == null ? null : r.rating();
            int score = r == null ? 0 : r.score(), points = r == null ? 0 : r.points();
            if (was != is || before.areaScores()[i] != score || before.areaPoints()[i] != points) {
                areas.add(new AreaChange(area, was, is, before.areaScores()[i], score, before.areaPoints()[i], points));
            }
        }
        Map<FindingRef.Key, Deque<FindingRef>> remaining = new LinkedHashMap<>();
        for (FindingRef f : before.findings()) remaining.computeIfAbsent(f.key(), k -> new ArrayDeque<>()).add(f);
        List<FindingRef> added = new ArrayList<>(), nowSuppressed = new ArrayList<>(), noLongerSuppressed = new ArrayList<>();
        for (Finding f : a.findings()) {
            FindingRef now = FindingRef.of(f, f.title());
            Deque<FindingRef> q = remaining.get(now.key());
            FindingRef was = q == null ? null : q.poll();
            if (was == null) {
                added.add(now);
            } else if (!was.suppressed() && now.suppressed()) {
                nowSuppressed.add(now);
            } else if (was.suppressed() && !now.suppressed()) {
                noLongerSuppressed.add(now);
            }
        }
        List<FindingRef> resolved = new ArrayList<>();
        for (FindingRef f : before.findings()) {
            Deque<FindingRef> q = remaining.get(f.key());
            if (q != null && q.remove(f)) resolved.add(f);
        }
        return new TrustChange(id, a.trust().name(), before.period(), a.period(), before.rating(), a.rating(),
                before.score(), a.score(), areas, added, resolved, nowSuppressed, noLongerSuppressed,
                before.points(), a.points(), before.formatVersion(), a.formatVersion(), before.decided(), a.decided(), RankKey.of(a));
    }
}
