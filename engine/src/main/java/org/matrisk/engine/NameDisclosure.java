package org.matrisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.model.Person;
import org.matrisk.model.TrustDocument;

/**
 * Person names are personal data: assessments cite people by id and by pointer. Only when the caller
 * opts in ({@code matrisk scan --include-names}) does this add, after each piece of evidence that
 * points into a person ({@code /people/3}, {@code /people/3/appointments/0}), one more evidence
 * entry {@code {"pointer": "/people/3/name", "field": "name", "value": "..."}}.
 */
public final class NameDisclosure {
    private NameDisclosure() {}

    private static final Pattern PERSON = Pattern.compile("^/people/(\\d+)(?:/.*)?$");

    public static Assessment withNames(Assessment a, TrustDocument doc) {
        List<Finding> findings = new ArrayList<>(a.findings().size());
        boolean changed = false;
        for (Finding f : a.findings()) {
            List<Evidence> evidence = new ArrayList<>(f.evidence().size() + 1);
            for (Evidence e : f.evidence()) {
                evidence.add(e);
                Matcher m = PERSON.matcher(e.pointer());
                if (!m.matches()) continue;
                int i = Integer.parseInt(m.group(1));
                if (i >= doc.people().size()) continue;
                Person p = doc.people().get(i);
                Evidence name = new Evidence("/people/" + i + "/name", "name", p.name());
                if (p.name() != null && !evidence.contains(name) && !f.evidence().contains(name)) {
                    evidence.add(name);
                    changed = true;
                }
            }
            findings.add(new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), evidence, f.parameters(), f.suppression()));
        }
        if (!changed) return a;
        return a.withFindings(findings);
    }
}
