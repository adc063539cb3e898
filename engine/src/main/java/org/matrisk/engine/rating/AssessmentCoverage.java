package org.matrisk.engine.rating;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matrisk.assessment.SectionCoverage;
import org.matrisk.model.Coverage;
import org.matrisk.model.Section;

/**
 * The {@code coverage} of a version 2 assessment (contract trust-data-v2.md section 8): every section
 * of the contract's table 2.2, in that order, keyed by its name; a section the input names is copied
 * ({@code complete}, {@code source}, {@code asAt} as given), a section it does not name is partial
 * ({@code complete: false}, nothing else).
 */
public final class AssessmentCoverage {
    private AssessmentCoverage() {}

    public static Map<String, SectionCoverage> of(Coverage coverage) {
        Map<String, SectionCoverage> out = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            Coverage.Entry e = coverage.sections().get(s);
            out.put(s.key(), e == null ? new SectionCoverage(false, null, null) : new SectionCoverage(e.complete(), e.source(), e.asAt()));
        }
        return out;
    }
}
