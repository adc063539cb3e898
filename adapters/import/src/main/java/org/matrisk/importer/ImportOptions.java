package org.matrisk.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to import (contract import.md). Null paths are sources not given.
 *
 * @param periodEnd      the last day of the financial year to build; the period is the year ending then
 * @param asOf           the assessment date written to every document (default: periodEnd)
 * @param trusts         company numbers or GIAS group ids to keep (empty: every trust found)
 * @param assertComplete sections the user asserts complete ({@code --assert-complete})
 */
public record ImportOptions(LocalDate periodEnd, LocalDate asOf, List<String> trusts,
                            Path gias, Path companiesHouse, Path ofsted, Path notices,
                            Path ledger, Path suppliers, Path interests, Path mapping,
                            Set<String> assertComplete) {

    /** The coverage sections of trust-data-v2.md 2.2, the only names {@code --assert-complete} accepts. */
    public static final List<String> SECTIONS = List.of("finance", "returns", "governance", "people", "interests",
            "appointments", "family", "parties", "transactions", "declarations", "procurement", "expenses", "pay",
            "website", "specialPayments", "academies", "ofsted", "growth", "notices", "transfers");

    public ImportOptions {
        if (periodEnd == null) throw new ImportException("--period-end is required");
        if (asOf == null) asOf = periodEnd;
        trusts = trusts == null ? List.of() : List.copyOf(trusts);
        assertComplete = assertComplete == null ? Set.of() : Set.copyOf(assertComplete);
        for (String s : assertComplete) {
            if (!SECTIONS.contains(s)) throw new ImportException("--assert-complete: unknown section '" + s + "' (sections: " + String.join(", ", SECTIONS) + ")");
        }
        boolean anyLedger = ledger != null || suppliers != null || interests != null;
        if (anyLedger && mapping == null) throw new ImportException("--ledger, --suppliers and --interests need --mapping (the JSON column mapping)");
        if (gias == null) throw new ImportException("--gias is required: the trusts, their academies and people come from the GIAS downloads");
    }

    public LocalDate periodStart() {
        return periodEnd.minusYears(1).plusDays(1);
    }
}
