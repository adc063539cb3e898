package org.matrisk.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.matrisk.importer.Build.Academy;
import org.matrisk.importer.Build.Person;
import org.matrisk.importer.Build.Role;
import org.matrisk.importer.Build.Trust;

/**
 * Reads the Get Information about Schools downloads in a directory: group (academy trust) records, group links,
 * all establishment data and the governance download, each recognised by its header row (docs/import.md cites
 * the column names). Group records and links are read first, so that the establishment file, the largest (about
 * 50,000 rows nationally), is streamed keeping only the establishments linked to a trust.
 */
final class GiasReader {

    static final String GROUP_UID = "Group UID", GROUP_ID = "Group ID", GROUP_NAME = "Group Name",
            CH_NUMBER = "Companies House Number", GROUP_TYPE = "Group Type", GROUP_STATUS = "Group Status",
            CLOSED_DATE = "Closed Date", URN = "URN", JOINED = "Joined date", EST_NAME = "EstablishmentName",
            EST_TYPE = "TypeOfEstablishment (name)", PHASE = "PhaseOfEducation (name)", PUPILS = "NumberOfPupils",
            EST_STATUS = "EstablishmentStatus (name)", CLOSE_DATE = "CloseDate", GID = "GID", UID = "UID", ROLE = "Role",
            FORENAME = "Forename 1", SURNAME = "Surname", APPOINTED = "Date of appointment",
            TERM_ENDS = "Date term of office ends/ended";

    enum Kind { GROUPS, LINKS, ESTABLISHMENTS, GOVERNANCE }

    /** GIAS governance role names, as the download spells them, and the contract roles they give. */
    static final Map<String, List<String>> ROLES = Map.of(
            "member", List.of("MEMBER"),
            "trustee", List.of("TRUSTEE"),
            "chair of trustees", List.of("CHAIR", "TRUSTEE"),
            "accounting officer", List.of("ACCOUNTING_OFFICER"),
            "chief financial officer", List.of("CFO"),
            "local governor", List.of("LOCAL_GOVERNOR"),
            "chair of local governing body", List.of("LOCAL_GOVERNOR"),
            "shared local governor", List.of("LOCAL_GOVERNOR"),
            "shared chair of local governing body", List.of("LOCAL_GOVERNOR"));

    private final ImportOptions options;
    private final ImportReport report;
    final Map<String, Trust> trustsByUid = new TreeMap<>();
    /** Every source file read, by kind, for coverage. */
    final Map<Kind, List<Path>> files = new HashMap<>();

    GiasReader(ImportOptions options, ImportReport report) {
        this.options = options;
        this.report = report;
    }

    void read(Path dir) {
        Map<Kind, List<Path>> kinds = new TreeMap<>();
        for (Path f : Sources.files(dir, "csv", "xlsx")) {
            Kind k;
            try (Table t = Table.open(f)) {
                k = kindOf(t);
            }
            if (k == null) {
                report.note(f + ": not a GIAS download this importer reads (header not recognised); ignored");
                continue;
            }
            kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        files.putAll(kinds);
        if (!kinds.containsKey(Kind.LINKS)) throw new ImportException(dir + ": no GIAS group links file (columns '" + GROUP_UID + "', '" + URN + "', '" + JOINED + "')");
        for (Path f : kinds.getOrDefault(Kind.GROUPS, List.of())) groups(f);
        for (Path f : kinds.get(Kind.LINKS)) links(f);
        for (Path f : kinds.getOrDefault(Kind.ESTABLISHMENTS, List.of())) establishments(f);
        for (Path f : kinds.getOrDefault(Kind.GOVERNANCE, List.of())) governance(f);
    }

    static Kind kindOf(Table t) {
        if (t.has(GID, ROLE, APPOINTED)) return Kind.GOVERNANCE;
        if (t.has(GROUP_UID, URN)) return Kind.LINKS;
        if (t.has(GROUP_UID, GROUP_NAME)) return Kind.GROUPS;
        if (t.has(URN, EST_NAME) && !t.has(GROUP_UID)) return Kind.ESTABLISHMENTS;
        return null;
    }

    static String trustType(String groupType) {
        if (groupType == null) return null;
        return switch (groupType.strip().toLowerCase(Locale.ROOT)) {
            case "multi-academy trust" -> "MAT";
            case "single-academy trust" -> "SAT";
            default -> null;
        };
    }

    private boolean wanted(String groupId, String companyNumber) {
        if (options.trusts().isEmpty()) return true;
        for (String t : options.trusts()) {
            if (t.equalsIgnoreCase(groupId) || t.equalsIgnoreCase(companyNumber)) return true;
        }
        return false;
    }

    private void groups(Path f) {
        try (Table t = Table.open(f)) {
            int uid = t.required(GROUP_UID), id = t.required(GROUP_ID), name = t.required(GROUP_NAME), type = t.required(GROUP_TYPE);
            int ch = t.column(CH_NUMBER), closed = t.column(CLOSED_DATE), status = t.column(GROUP_STATUS);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                String kind = trustType(r.get(type));
                if (kind == null) continue; // federations, trusts of maintained schools, sponsors: not academy trusts
                if (r.get(uid) == null) { report.skip(t.name, r.line(), GROUP_UID, "blank"); continue; }
                if (r.get(name) == null) { report.skip(t.name, r.line(), GROUP_NAME, "blank"); continue; }
                LocalDate closedOn;
                try {
                    closedOn = Values.date(r.get(closed), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), CLOSED_DATE, e.getMessage());
                    continue;
                }
                if (closedOn != null && closedOn.isBefore(options.periodStart())) continue; // closed before the period
                if ("closed".equalsIgnoreCase(r.get(status)) && closedOn == null) continue;
                if (!wanted(r.get(id), r.get(ch))) continue;
                Trust tr = trustsByUid.computeIfAbsent(r.get(uid), Trust::new);
                tr.id = r.get(id) == null ? "GIAS-" + r.get(uid) : r.get(id);
                tr.name = r.get(name);
                tr.companyNumber = companyNumber(r.get(ch));
                tr.type = kind;
            }
        }
    }

    /** Companies House numbers are eight characters; spreadsheets drop the leading zeros. */
    static String companyNumber(String s) {
        if (s == null) return null;
        String v = s.strip().toUpperCase(Locale.ROOT);
        if (v.matches("\\d{1,7}")) v = "0".repeat(8 - v.length()) + v;
        return v;
    }

    private void links(Path f) {
        try (Table t = Table.open(f)) {
            int uid = t.required(GROUP_UID), urn = t.required(URN), joined = t.required(JOINED);
            int id = t.column(GROUP_ID), name = t.column(GROUP_NAME), type = t.column(GROUP_TYPE), ch = t.column(CH_NUMBER);
            int estName = t.column(EST_NAME), phase = t.column(PHASE), estType = t.column(EST_TYPE), closed = t.column(CLOSED_DATE);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                String kind = type < 0 ? null : trustType(r.get(type));
                if (type >= 0 && kind == null) continue; // a link to a group that is not an academy trust
                String u = r.get(uid);
                if (u == null) { report.skip(t.name, r.line(), GROUP_UID, "blank"); continue; }
                Trust tr = trustsByUid.get(u);
                if (tr == null) {
                    if (!files.containsKey(Kind.GROUPS) && kind != null && name >= 0 && r.get(name) != null && wanted(r.get(id), r.get(ch))) {
                        tr = trustsByUid.computeIfAbsent(u, Trust::new);
                        tr.id = r.get(id) == null ? "GIAS-" + u : r.get(id);
                        tr.name = r.get(name);
                        tr.companyNumber = companyNumber(r.get(ch));
                        tr.type = kind;
                    } else {
                        continue; // a trust not selected, or closed before the period
                    }
                }
                if (r.get(urn) == null) { report.skip(t.name, r.line(), URN, "blank"); continue; }
                LocalDate joinedOn, closedOn;
                try {
                    joinedOn = Values.date(r.get(joined), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), JOINED, e.getMessage());
                    continue;
                }
                try {
                    closedOn = Values.date(r.get(closed), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), CLOSED_DATE, e.getMessage());
                    continue;
                }
                Academy a = tr.academies.computeIfAbsent(r.get(urn), Academy::new);
                a.joinedOn = joinedOn;
                a.closedOn = closedOn;
                if (a.name == null) a.name = r.get(estName);
                if (a.phase == null) a.phase = phase(r.get(phase), r.get(estType));
            }
        }
    }

    private void establishments(Path f) {
        Map<String, Academy> linked = new HashMap<>();
        for (Trust tr : trustsByUid.values()) for (Academy a : tr.academies.values()) linked.put(a.urn, a);
        try (Table t = Table.open(f)) {
            int urn = t.required(URN), name = t.required(EST_NAME);
            int phase = t.column(PHASE), type = t.column(EST_TYPE), pupils = t.column(PUPILS), closeDate = t.column(CLOSE_DATE);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                String u = r.get(urn);
                Academy a = u == null ? null : linked.get(u);
                if (a == null) continue; // not an academy of an imported trust
                Integer n;
                LocalDate closed;
                try {
                    n = Values.count(r.get(pupils));
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), PUPILS, e.getMessage());
                    continue;
                }
                try {
                    closed = Values.date(r.get(closeDate), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), CLOSE_DATE, e.getMessage());
                    continue;
                }
                if (r.get(name) != null) a.name = r.get(name);
                String p = phase(r.get(phase), r.get(type));
                if (p != null) a.phase = p;
                a.pupils = n;
                if (closed != null) a.closedOn = closed;
                a.establishmentSeen = true;
            }
        }
    }

    /** The contract phase of a GIAS phase name, or of the establishment type where the phase is "Not applicable". */
    static String phase(String phase, String type) {
        String p = phase == null ? "" : phase.strip().toLowerCase(Locale.ROOT);
        switch (p) {
            case "primary", "middle deemed primary": return "PRIMARY";
            case "secondary", "middle deemed secondary": return "SECONDARY";
            case "all-through": return "ALL_THROUGH";
            case "16 plus": return "SIXTH_FORM";
            default: break;
        }
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("special")) return "SPECIAL";
        if (t.contains("alternative provision")) return "ALTERNATIVE_PROVISION";
        if (t.contains("16 to 19") || t.contains("16-19")) return "SIXTH_FORM";
        return null; // nursery, not applicable: the contract has no phase for it, so none is written
    }

    private void governance(Path f) {
        LocalDate fileDate = Sources.dateOf(f);
        try (Table t = Table.open(f)) {
            int uid = t.required(UID), role = t.required(ROLE), fore = t.required(FORENAME), sur = t.required(SURNAME),
                    from = t.required(APPOINTED), to = t.required(TERM_ENDS);
            int urn = t.column(URN);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                Trust tr = r.get(uid) == null ? null : trustsByUid.get(r.get(uid));
                if (tr == null) continue; // a school's governor, or a trust not imported
                tr.governanceSeen = true;
                List<String> roles = r.get(role) == null ? null : ROLES.get(r.get(role).toLowerCase(Locale.ROOT));
                if (roles == null) {
                    report.skip(t.name, r.line(), ROLE, r.get(role) == null ? "blank" : "'" + Values.clip(r.get(role)) + "' is not a role in an academy trust this importer maps (docs/import.md)");
                    continue;
                }
                String key = Values.nameKey(r.get(fore), r.get(sur));
                if (key == null) { report.skip(t.name, r.line(), r.get(fore) == null ? FORENAME : SURNAME, "blank"); continue; }
                LocalDate start, end;
                try {
                    start = Values.date(r.get(from), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), APPOINTED, e.getMessage());
                    continue;
                }
                if (start == null) { report.skip(t.name, r.line(), APPOINTED, "blank: a role needs its first day"); continue; }
                try {
                    end = Values.date(r.get(to), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), TERM_ENDS, e.getMessage());
                    continue;
                }
                if (end != null && end.isBefore(start)) { report.skip(t.name, r.line(), TERM_ENDS, end + " is before the date of appointment " + start); continue; }
                // "ends/ended": a date after the download is the end of the current term, not an end of office
                LocalDate knownUntil = null;
                if (end != null && fileDate != null && end.isAfter(fileDate)) end = null;
                if (end == null && fileDate != null && !fileDate.isBefore(start)) knownUntil = fileDate;
                String academy = null;
                if (roles.contains("LOCAL_GOVERNOR") && urn >= 0 && r.get(urn) != null && tr.academies.containsKey(r.get(urn))) academy = r.get(urn);
                Person p = tr.person(key);
                if (p == null) p = tr.addPerson(key, (r.get(fore) + " " + r.get(sur)).strip());
                for (String kind : roles) {
                    Role nr = new Role(kind, start, end, knownUntil, academy);
                    if (!p.roles.contains(nr)) p.roles.add(nr);
                }
            }
        }
    }
}
