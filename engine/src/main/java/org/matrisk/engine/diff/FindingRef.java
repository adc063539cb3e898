package org.matrisk.engine.diff;

import org.matrisk.assessment.Area;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Severity;

/**
 * What a diff keeps of a finding. Its identity across scans is {@code ruleId} and {@code pointer}
 * (the first evidence pointer: the item the rule judged); the rest is for display.
 */
public record FindingRef(String ruleId, String pointer, Area area, Severity severity, String title, boolean suppressed) {

    static FindingRef of(Finding f, String title) {
        return new FindingRef(f.ruleId(), f.firstPointer(), f.area(), f.severity(), title, f.suppressed());
    }

    /** The identity of the finding across scans. */
    public Key key() {
        return new Key(ruleId, pointer);
    }

    public record Key(String ruleId, String pointer) {}
}
