package org.matrisk.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.model.Enums;
import org.matrisk.model.Party;
import org.matrisk.model.TrustDocument;

/**
 * The names of the organisations (companies, charities, public bodies: every party but an individual) that
 * a finding's message cites by id, added after the id: {@code to O48 on 1 November 2023} becomes
 * {@code to O48 (Acme Supplies Ltd) on ...}. People, and parties that are individuals, stay cited by id
 * (personal data); a name already in the message is not added again.
 */
final class CompanyNames {
    private CompanyNames() {}

    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9-])[A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9-])");

    static Assessment named(Assessment a, TrustDocument doc) {
        if (doc.parties() == null || doc.parties().isEmpty() || a.findings().isEmpty()) return a;
        Map<String, String> names = new HashMap<>();
        for (Party p : doc.parties()) {
            if (p.kind() != Enums.PartyKind.INDIVIDUAL && p.id() != null && p.name() != null && !p.name().isBlank()) names.put(p.id(), p.name().strip());
        }
        if (names.isEmpty()) return a;
        List<Finding> out = new ArrayList<>(a.findings().size());
        boolean changed = false;
        for (Finding f : a.findings()) {
            String m = named(f.message(), names);
            if (m.equals(f.message())) {
                out.add(f);
            } else {
                out.add(new Finding(f.ruleId(), f.area(), f.severity(), f.title(), m, f.reference(), f.evidence(), f.parameters(), f.suppression()));
                changed = true;
            }
        }
        return changed ? a.withFindings(out) : a;
    }

    static String named(String message, Map<String, String> names) {
        if (message == null) return null;
        Matcher m = TOKEN.matcher(message);
        StringBuilder b = new StringBuilder(message.length() + 32);
        java.util.Set<String> done = new java.util.HashSet<>();
        int last = 0;
        while (m.find()) {
            String name = names.get(m.group());
            if (name == null || done.contains(m.group())) continue;
            done.add(m.group());
            if (message.contains(name)) continue;
            b.append(message, last, m.end()).append(" (").append(name).append(')');
            last = m.end();
        }
        return last == 0 ? message : b.append(message, last, message.length()).toString();
    }
}
