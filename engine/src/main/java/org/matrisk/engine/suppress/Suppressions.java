package org.matrisk.engine.suppress;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.rating.RatingPolicy;

/**
 * An auditor's suppressions (docs/suppressions.md), applied to the assessments of one batch.
 *
 * <pre>
 * Suppressions s = Suppressions.load(Path.of("suppressions.json"), engine.policy());  // or Suppressions.none()
 * for (Assessment a : batch) {
 *     Suppressions.Applied r = s.applyWithWarnings(a);     // or: Assessment a2 = s.apply(a);
 *     r.warnings().forEach(w -&gt; System.err.println(w));  // expired entries that would have matched
 *     write(r.assessment());
 * }
 * s.unmatched().forEach(w -&gt; System.err.println(w));       // entries that matched nothing in the batch
 * </pre>
 *
 * <p><b>Matching.</b> An entry matches a finding when the rule id and the trust id are equal and the
 * entry has no {@code pointer}, or its pointer equals the finding's <em>first</em> evidence pointer
 * ({@link Finding#firstPointer()}): the pointer that identifies the finding (the item the rule judged),
 * orders it in the assessment and keys it in {@code matrisk diff}. A pointer that appears only later in
 * a finding's evidence (a related fact such as {@code /finance/revenueReserves}) does not match: such a
 * pointer can be shared by several findings of the same rule, and accepting one of them must not
 * silently accept the others.
 *
 * <p><b>Expiry.</b> An entry is in force for an assessment when {@code expires} is on or after the
 * assessment's {@code asOf}. The assessment's own date is used, not the wall clock, so the same input,
 * rule pack and suppressions give the same output whenever they are run, and re-assessing an old year
 * applies the suppressions that were in force then.
 *
 * <p>When several entries match one finding, a pointer entry beats a rule-wide one, then the first in
 * the file wins. A suppressed finding keeps its place in {@code findings} (same order) with its
 * {@code suppression} set; it earns no points, and the area and trust scores and ratings are recomputed
 * with the rating policy. Findings already suppressed are left as they are.
 *
 * <p>One instance serves one batch: it remembers which entries matched so that {@link #unmatched()}
 * can report the others at the end. {@link #apply} is thread-safe; warnings come back with the
 * assessment, so a caller writing in input order prints them in input order.
 */
public final class Suppressions {
    private static final Suppressions NONE = new Suppressions(List.of(), RatingPolicy.DEFAULT);

    private final List<SuppressionEntry> entries;
    private final RatingPolicy policy;
    private final Map<String, int[]> byTrust; // trust id -> positions in entries, file order
    private final AtomicIntegerArray matched;
    private final Set<String> trustsSeen = ConcurrentHashMap.newKeySet();
    private final List<SuppressionWarning> expired = Collections.synchronizedList(new ArrayList<>());

    /** An assessment after suppressions, and the warnings it raised (entries that would have matched but had expired). */
    public record Applied(Assessment assessment, List<SuppressionWarning> warnings) {
        public Applied {
            warnings = List.copyOf(warnings);
        }
    }

    private Suppressions(List<SuppressionEntry> entries, RatingPolicy policy) {
        this.entries = List.copyOf(entries);
        this.policy = Objects.requireNonNull(policy);
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) m.computeIfAbsent(this.entries.get(i).trustId(), k -> new ArrayList<>()).add(i);
        Map<String, int[]> idx = new HashMap<>();
        m.forEach((k, v) -> idx.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byTrust = Map.copyOf(idx);
        this.matched = new AtomicIntegerArray(this.entries.size());
    }

    /** No suppressions: {@link #apply} returns its argument. For {@code --ignore-suppressions} and no file. */
    public static Suppressions none() {
        return NONE;
    }

    /** The entries given (as read by {@link #parse}, or built by hand), rated with {@code policy}. */
    public static Suppressions of(List<SuppressionEntry> entries, RatingPolicy policy) {
        return new Suppressions(entries, policy);
    }

    /** Reads and validates a suppressions file, rating with {@link RatingPolicy#DEFAULT}. */
    public static Suppressions load(Path file) {
        return load(file, RatingPolicy.DEFAULT);
    }

    /**
     * Reads and validates a suppressions file (UTF-8 JSON). Pass the engine's policy
     * ({@code engine.policy()}) so that recomputed ratings agree with the engine's.
     *
     * @throws SuppressionFileException naming the file, and for each problem the entry and field
     */
    public static Suppressions load(Path file, RatingPolicy policy) {
        String source = file.toString();
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SuppressionFileException(List.of(source + ": cannot read: no such file"));
        } catch (CharacterCodingException e) {
            throw new SuppressionFileException(List.of(source + ": cannot read: not UTF-8"));
        } catch (IOException e) {
            throw new SuppressionFileException(List.of(source + ": cannot read: " + e));
        }
        return parse(json, source, policy);
    }

    /** Parses the suppressions file format; {@code source} names the file in messages. */
    public static Suppressions parse(String json, String source) {
        return parse(json, source, RatingPolicy.DEFAULT);
    }

    public static Suppressions parse(String json, String source, RatingPolicy policy) {
        return new Suppressions(SuppressionFile.parse(json, source), policy);
    }

    public List<SuppressionEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** {@code a} with matching findings suppressed and its ratings recomputed ({@code a} itself when nothing matched). */
    public Assessment apply(Assessment a) {
        return applyWithWarnings(a).assessment();
    }

    /** {@link #apply} and the warnings for this assessment: entries that matched findings but had expired. */
    public Applied applyWithWarnings(Assessment a) {
        String trustId = a.trust().id();
        int[] candidates = byTrust.get(trustId);
        if (candidates == null) return new Applied(a, List.of());
        trustsSeen.add(trustId);

        List<Finding> findings = new ArrayList<>(a.findings());
        boolean changed = false;
        Map<Integer, Integer> expiredMatches = new TreeMap<>(); // position in entries -> findings that count
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            SuppressionEntry inForce = null;
            List<Integer> lapsed = new ArrayList<>(0);
            for (int pos : candidates) {
                SuppressionEntry e = entries.get(pos);
                if (!matches(e, f)) continue;
                matched.set(pos, 1);
                if (e.inForceOn(a.asOf())) {
                    if (inForce == null || (inForce.pointer() == null && e.pointer() != null)) inForce = e;
                } else {
                    lapsed.add(pos);
                }
            }
            if (f.suppressed()) continue;
            if (inForce != null) {
                findings.set(i, withSuppression(f, inForce));
                changed = true;
            } else {
                lapsed.forEach(pos -> expiredMatches.merge(pos, 1, Integer::sum));
            }
        }
        List<SuppressionWarning> warnings = new ArrayList<>();
        expiredMatches.forEach((pos, n) -> warnings.add(expiredWarning(entries.get(pos), a, n)));
        expired.addAll(warnings);
        if (!changed) return new Applied(a, warnings);
        RatingPolicy.Result rated = policy.rate(findings, a.areas().stream().map(AreaResult::area).toList());
        Assessment out = a.rerated(rated.rating(), rated.score(), rated.points(), rated.areas(), findings);
        return new Applied(out, warnings);
    }

    /**
     * The entries that matched no finding in any assessment applied so far (whether or not they had
     * expired), in file order: call it at the end of the batch.
     */
    public List<SuppressionWarning> unmatched() {
        List<SuppressionWarning> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (matched.get(i) != 0) continue;
            SuppressionEntry e = entries.get(i);
            String why = trustsSeen.contains(e.trustId())
                    ? "no finding " + e.target() + " for trust " + e.trustId()
                    : "no finding " + e.target() + " for trust " + e.trustId() + " (the trust was not assessed in this batch)";
            out.add(new SuppressionWarning(SuppressionWarning.Kind.UNMATCHED, e, e.trustId(), e.where() + ": unmatched: " + why));
        }
        return out;
    }

    /** Every warning so far: the expired ones in the order they arose, then {@link #unmatched()}. */
    public List<SuppressionWarning> warnings() {
        List<SuppressionWarning> out;
        synchronized (expired) {
            out = new ArrayList<>(expired);
        }
        out.addAll(unmatched());
        return out;
    }

    static boolean matches(SuppressionEntry e, Finding f) {
        return e.ruleId().equals(f.ruleId()) && (e.pointer() == null || e.pointer().equals(f.firstPointer()));
    }

    private static Finding withSuppression(Finding f, SuppressionEntry e) {
        return new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), f.evidence(),
                f.parameters(), e.suppression());
    }

    private static SuppressionWarning expiredWarning(SuppressionEntry e, Assessment a, int findings) {
        String counts = findings == 1 ? "the finding counts" : "the " + findings + " findings count";
        String msg = e.where() + ": " + e.target() + " for trust " + e.trustId() + " expired on " + e.expires()
                + ", before the assessment's asOf " + a.asOf() + "; " + counts;
        return new SuppressionWarning(SuppressionWarning.Kind.EXPIRED, e, a.trust().id(), msg);
    }
}
