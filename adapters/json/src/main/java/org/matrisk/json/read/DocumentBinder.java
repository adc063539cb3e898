package org.matrisk.json.read;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Autonomy;
import org.matrisk.model.CentralServicesCharge;
import org.matrisk.model.Committee;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.DocumentInfo;
import org.matrisk.model.Enums;
import org.matrisk.model.Expense;
import org.matrisk.model.ExternalRemuneration;
import org.matrisk.model.FamilyLink;
import org.matrisk.model.Finance;
import org.matrisk.model.FundsEnd;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.NoticeCondition;
import org.matrisk.model.PartyLink;
import org.matrisk.model.PayBenchmark;
import org.matrisk.model.Policies;
import org.matrisk.model.Procurement;
import org.matrisk.model.Role;
import org.matrisk.model.Section;
import org.matrisk.model.Transfer;
import org.matrisk.model.FinancialReturn;
import org.matrisk.model.Forecast;
import org.matrisk.model.Governance;
import org.matrisk.model.Growth;
import org.matrisk.model.Interest;
import org.matrisk.model.InternalScrutiny;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Participation;
import org.matrisk.model.Party;
import org.matrisk.model.PayBand;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SchemeOfDelegation;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;
import java.time.YearMonth;
import java.util.LinkedHashMap;

/**
 * Binds the events of one document into the model and checks the contract on the way; one
 * instance per document. Problems carry the JSON Pointer of the value; the pointer is kept as a
 * stack of keys and indexes and only turned into a string for an item (once) or for a problem.
 * Members are recognised by a {@code switch} on the name and duplicate names by a bitmask of the
 * known members seen (a set only for unknown members). References are resolved after the whole
 * document, since they may precede what they refer to.
 */
final class DocumentBinder {

    /** Unwinds the binder when the problem limit is reached or parsing cannot go on. */
    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    private static final Stop STOP = new Stop();
    static final String MISSING = "required field is missing";
    static final String MISSING_NULL = "required field is missing (got null)";
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    @FunctionalInterface
    private interface ItemReader<T> {
        /** Reads the object whose START_OBJECT was just returned; {@code pointer} is the item's. */
        T read(String pointer);
    }

    private final int maxDepth;
    private final int maxString;
    private final int maxNumber;
    private final int maxProblems;
    private final long firstLine;
    private JsonParser p;

    /** Null while there is none. */
    List<Problem> problems;
    /** Members the contract does not know (null while there is none): warnings, or rejections under --strict. */
    List<Problem> warnings;
    private boolean fatal;
    /** The parser's position is that of the value being read (false for checks made after the read). */
    private boolean reading;

    // The current position: one frame per open object/array; a key (objects) or an index (arrays).
    private String[] keys = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    private String schemaVersion;
    private Trust trust;
    private Period period;
    private LocalDate asOf;
    private Finance finance;
    private Governance governance;
    private List<Person> people;
    private List<Party> parties;
    private List<Transaction> transactions;
    private List<PayRecord> pay;
    private List<PayBand> websitePayBands;
    private List<SpecialPayment> specialPayments;
    private List<Academy> academies;
    private List<Growth> growth;
    private List<Notice> notices;

    // ---- schema version 2 ----------------------------------------------------------------
    /** Reading a version 2 document (decided before the read: {@link DocumentParser#version}). */
    final boolean v2;
    /** A version 1 document is read as version 2 with every section whose data is present complete (--upgrade-v1). */
    private final boolean upgradeV1;
    private Map<Section, Coverage.Entry> coverage;
    /** Pointers of members given as JSON null (v2: documented none, contract 2.4a). */
    final Set<String> nulls = new HashSet<>();
    /** Fields given as a month, by field pointer. */
    final Map<String, DateSpan> months = new HashMap<>();
    /** Fields given as a band, by the pointer of the plain field. */
    final Map<String, MoneyRange> bands = new HashMap<>();
    private Policies policies;
    private List<Transfer> transfers;
    private List<CentralServicesCharge> centralServicesCharges;
    private PayBenchmark payBenchmark;

    DocumentBinder(ReaderLimits limits, long firstLine) {
        this(limits, firstLine, false, false);
    }

    DocumentBinder(ReaderLimits limits, long firstLine, boolean v2, boolean upgradeV1) {
        this.maxDepth = limits.maxDepth();
        this.maxString = limits.maxStringLength();
        this.maxNumber = limits.maxNumberLength();
        this.maxProblems = limits.maxProblems();
        this.firstLine = firstLine;
        this.v2 = v2;
        this.upgradeV1 = upgradeV1 && !v2;
    }

    TrustDocument document(DocumentInfo info) {
        if (v2) {
            Coverage cov = new Coverage(2, Collections.unmodifiableMap(coverage), frozen(nulls), frozen(months), frozen(bands));
            return new TrustDocument(schemaVersion, trust, period, asOf, finance, governance, people, parties, transactions,
                    pay, websitePayBands, specialPayments, academies, growth, notices, info, cov, policies, transfers,
                    centralServicesCharges, payBenchmark);
        }
        if (upgradeV1) {
            return new TrustDocument(schemaVersion, trust, period, asOf, finance, governance, people, upgradedParties(),
                    transactions, pay, websitePayBands, specialPayments, academies, growth, notices, info, upgradedCoverage(),
                    null, null, null, null);
        }
        return new TrustDocument(schemaVersion, trust, period, asOf, finance, governance, people, parties, transactions,
                pay, websitePayBands, specialPayments, academies, growth, notices, info);
    }

    private static Set<String> frozen(Set<String> s) { return s.isEmpty() ? Set.of() : Collections.unmodifiableSet(s); }

    private static <V> Map<String, V> frozen(Map<String, V> m) { return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(m); }

    /**
     * Contract v2 section 1: the v1 document as a v2 document whose coverage declares complete (source
     * "schema version 1") every section whose data is present; a section with a collection of its own only
     * when that collection is present. Sections whose fields do not exist in version 1 (family, procurement,
     * expenses, transfers) have no data present: partial (docs/readings.md, "Reader: version 2 and --upgrade-v1").
     */
    private Coverage upgradedCoverage() {
        Map<Section, Coverage.Entry> m = new EnumMap<>(Section.class);
        Coverage.Entry yes = new Coverage.Entry(true, "schema version 1", null);
        for (Section s : new Section[] {Section.FINANCE, Section.GOVERNANCE, Section.PEOPLE, Section.INTERESTS,
                Section.APPOINTMENTS, Section.WEBSITE, Section.ACADEMIES, Section.OFSTED}) {
            m.put(s, yes);
        }
        if (finance != null && finance.returns() != null) m.put(Section.RETURNS, yes);
        if (parties != null) m.put(Section.PARTIES, yes);
        if (transactions != null) {
            m.put(Section.TRANSACTIONS, yes);
            m.put(Section.DECLARATIONS, yes);
        }
        if (pay != null) m.put(Section.PAY, yes);
        if (specialPayments != null) m.put(Section.SPECIAL_PAYMENTS, yes);
        if (growth != null) m.put(Section.GROWTH, yes);
        if (notices != null) m.put(Section.NOTICES, yes);
        return new Coverage(2, Collections.unmodifiableMap(m), Set.of(), Map.of(), Map.of());
    }

    /** In the upgraded (version 2) reading, {@code relatedParty: false} is the producer's assertion (contract v2 2.5). */
    private List<Party> upgradedParties() {
        if (parties == null || upgradeUnrelated.isEmpty()) return parties;
        List<Party> out = new ArrayList<>(parties.size());
        for (Party x : parties) {
            out.add(upgradeUnrelated.contains(x.pointer())
                    ? new Party(x.id(), x.name(), x.kind(), x.companyNumber(), x.exemption(), false, true, null, List.of(), x.pointer())
                    : x);
        }
        return Collections.unmodifiableList(out);
    }

    /** Pointers of the parties given {@code relatedParty: false} in a version 1 document read with --upgrade-v1. */
    private final Set<String> upgradeUnrelated = new HashSet<>(2);

    // =============================================================================== driver

    void read(JsonParser parser, StrictUtf8Reader reader, byte[] bytes) {
        this.p = parser;
        try {
            if (isBlank(bytes)) {
                fatal("", "empty document");
                return;
            }
            reading = true;
            readDocument();
            reading = false;
            if (!fatal) crossCheck();
        } catch (Stop stop) {
            // problems are recorded
        } catch (JsonParsingException e) {
            if (reader.errorOffset >= 0) invalidUtf8(reader, bytes);
            else fatal(here(), syntax(e));
        } catch (JsonException e) {
            if (reader.errorOffset >= 0) invalidUtf8(reader, bytes);
            else fatal(here(), "invalid JSON: " + e.getMessage());
        } catch (NoSuchElementException e) {
            fatal(here(), "invalid JSON: unexpected end of the document");
        } catch (RuntimeException e) {
            // Parsson reports some limits (e.g. its nesting backstop) as plain runtime exceptions
            if (reader.errorOffset >= 0) invalidUtf8(reader, bytes);
            else fatal(here(), "invalid JSON: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte c : b) if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        return true;
    }

    /**
     * Parsson's message in words, with the position in the source: {@code invalid JSON at line 3, column 12:
     * unexpected end of the document}. Parsson's own position text ({@code at (line no=1, column no=12,
     * offset=11)}) and token names are left out.
     */
    private String syntax(JsonParsingException e) {
        String msg = e.getMessage();
        StringBuilder sb = new StringBuilder(120).append("invalid JSON");
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNumber() > 0 && firstLine > 0) {
            sb.append(" at line ").append(firstLine + loc.getLineNumber() - 1);
            if (loc.getColumnNumber() > 0) sb.append(", column ").append(loc.getColumnNumber());
        }
        sb.append(": ").append(plainSyntax(msg)).append(hint(msg));
        return sb.toString();
    }

    /** Parsson's token names in words (a map, not a switch: {@code NamesTest} reads the binder's case labels as member names). */
    private static final Map<String, String> TOKENS = Map.of("CURLYCLOSE", "'}'", "CURLYOPEN", "'{'", "SQUARECLOSE", "']'",
            "SQUAREOPEN", "'['", "COMMA", "','", "COLON", "':'", "STRING", "string", "NUMBER", "number", "EOF", "end of the document");

    /** What Parsson found, in words. */
    static String plainSyntax(String msg) {
        if (msg == null) return "malformed";
        int c = unexpectedChar(msg);
        if (msg.startsWith("Unexpected char ")) {
            if (msg.startsWith("Unexpected char -1") || c == -1 && msg.contains("char -")) return "unexpected end of the document";
            if (c >= 0x20 && c < 0x7f) return "unexpected character '" + (char) c + "'";
            if (c >= 0) return String.format("unexpected character U+%04X", c);
        }
        if (msg.startsWith("Invalid token=")) {
            int end = msg.indexOf(' ', "Invalid token=".length());
            String token = msg.substring("Invalid token=".length(), end < 0 ? msg.length() : end);
            String what = TOKENS.getOrDefault(token, token.toLowerCase(java.util.Locale.ROOT));
            int expected = msg.indexOf("Expected tokens are: [");
            if (expected >= 0) {
                String tokens = msg.substring(expected + "Expected tokens are: [".length(), Math.max(msg.indexOf(']', expected), expected));
                return "unexpected " + what + " (expected " + tokens.toLowerCase(java.util.Locale.ROOT).replace("curlyclose", "'}'")
                        .replace("curlyopen", "'{'").replace("squareclose", "']'").replace("squareopen", "'['").replace("comma", "','")
                        .replace("colon", "':'") + ")";
            }
            return "unexpected " + what;
        }
        int at = msg.indexOf(" at (line no=");
        return at > 0 ? msg.substring(0, at) : msg;
    }

    /** A hint for the usual causes of Parsson's messages, or "". */
    static String hint(String msg) {
        if (msg == null) return "";
        int c = unexpectedChar(msg);
        if (c == 'N' || c == 'I') return "; NaN and Infinity are not valid JSON numbers";
        if (c == 0xFEFF) return "; a byte order mark (U+FEFF) is only allowed at the start of a file";
        if (c == '\'') return "; strings and member names take double quotes";
        if (c == '/') return "; JSON has no comments";
        if (c >= 0 && c < 0x20) return "; a control character (U+0000 to U+001F) may only appear escaped, inside a string";
        if (msg.startsWith("Invalid token=CURLYCLOSE") && msg.contains("[STRING]")) return "; a comma before '}' is not allowed";
        if (msg.startsWith("Invalid token=SQUARECLOSE")) return "; a comma before ']' is not allowed";
        if (msg.startsWith("Invalid token=NUMBER") && msg.contains("COMMA")) {
            return "; a number may not have leading zeros (or a separator is missing)";
        }
        return "";
    }

    /**
     * The character code of Parsson's {@code Unexpected char N at ...} message, or -1. The number is
     * formatted for the default locale ({@code 65,279} or {@code 65.279}), so separators are skipped.
     */
    static int unexpectedChar(String msg) {
        String prefix = "Unexpected char ";
        if (!msg.startsWith(prefix)) return -1;
        int code = 0;
        boolean any = false;
        for (int i = prefix.length(); i < msg.length() && i < prefix.length() + 12; i++) {
            char ch = msg.charAt(i);
            if (ch >= '0' && ch <= '9') {
                code = code * 10 + (ch - '0');
                any = true;
            } else if (ch == ' ') {
                break;
            } else if (ch != ',' && ch != '.' && ch != '\u00a0' && ch != '\u202f' && ch != '\'') {
                return -1;
            }
        }
        return any ? code : -1;
    }

    private void invalidUtf8(StrictUtf8Reader reader, byte[] bytes) {
        int off = (int) reader.errorOffset;
        long line = firstLine;
        for (int i = 0; i < off; i++) if (bytes[i] == '\n') line++;
        StringBuilder sb = new StringBuilder("invalid UTF-8 at byte offset ").append(off).append(" of the document (line ")
                .append(line).append(" of the source): byte");
        int n = Math.max(1, Math.min(reader.errorLength, 4));
        sb.append(n > 1 ? "s" : "");
        for (int i = off; i < off + n && i < bytes.length; i++) sb.append(String.format(" 0x%02X", bytes[i] & 0xFF));
        sb.append(n > 1 ? " do" : " does").append(" not form a valid UTF-8 sequence");
        fatal("", sb.toString());
    }

    // ============================================================================== problems

    void problem(String pointer, String reason) {
        if (problems == null) problems = new ArrayList<>(4);
        problems.add(positioned(new Problem(pointer, reason)));
        if (problems.size() >= maxProblems) throw STOP;
    }

    /** A problem after which the document cannot be read further. */
    private void fatal(String pointer, String reason) {
        fatal = true;
        if (problems == null) problems = new ArrayList<>(1);
        if (problems.size() < maxProblems) problems.add(positioned(new Problem(pointer, reason)));
    }

    /**
     * The problem with the line and column of the source where the parser is while reading: just after the
     * value it is about (a missing member: the end of its object). Checks made after the read have no position.
     */
    private Problem positioned(Problem pr) {
        if (!reading || p == null || firstLine <= 0) return pr;
        try {
            JsonLocation loc = p.getLocation();
            if (loc == null || loc.getLineNumber() <= 0) return pr;
            return pr.at(firstLine + loc.getLineNumber() - 1, Math.max(loc.getColumnNumber(), 0));
        } catch (RuntimeException e) {
            return pr;
        }
    }

    private void wrongType(String expected, Event v) {
        problem(here(), "expected " + expected + ", got " + describe(v));
        skip(v);
    }

    private String describe(Event v) {
        return switch (v) {
            case VALUE_STRING -> "string " + quote(p.getString());
            case VALUE_NUMBER -> "number " + clip(p.getString());
            case VALUE_TRUE -> "boolean true";
            case VALUE_FALSE -> "boolean false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> v.toString();
        };
    }

    static String quote(String s) {
        return "\"" + clip(s) + "\"";
    }

    /** Longest part of an input value quoted in a reason (or of a member name in a pointer). */
    static final int QUOTED = 60;

    /**
     * An input value as shown in a reason: at most {@link #QUOTED} characters of it, cut shorter when
     * escapes make it long, with control characters, line separators and unpaired surrogates
     * escaped, so that a reason stays one short line whatever the input holds.
     */
    static String clip(String s) {
        int n = Math.min(s.length(), QUOTED);
        if (n > 0 && n < s.length() && Character.isHighSurrogate(s.charAt(n - 1))) n--;   // do not split a pair
        String head = Problem.printable(s.substring(0, n));
        boolean cut = n < s.length();
        if (head.length() > QUOTED + 12) {
            // escapes (6 characters each) made it long: keep about QUOTED printed characters, whole escapes only
            int end = QUOTED;
            int esc = head.lastIndexOf("\\u", end);
            if (esc >= 0 && esc + 6 > end) end = esc;
            if (end > 0 && Character.isHighSurrogate(head.charAt(end - 1))) end--;
            head = head.substring(0, end);
            cut = true;
        }
        return cut ? head + "..." : head;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return names(type, true);
    }

    /** The constants of {@code type}; without those of version 2 when {@code withV2} is false. */
    private static String names(Class<? extends Enum<?>> type, boolean withV2) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> c : type.getEnumConstants()) {
            if (!withV2 && V2_ONLY.contains(c)) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(c.name());
        }
        return sb.toString();
    }

    // ================================================================================ pointers

    private void push() {
        if (depth + 1 > maxDepth) tooDeep();
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        keys[depth] = null;
        indexes[depth] = -1;
        depth++;
    }

    private void pop() {
        depth--;
    }

    private void tooDeep() {
        fatal(here(), "nesting deeper than " + maxDepth + " levels (the limit)");
        throw STOP;
    }

    /** The pointer of the current value. */
    private String here() {
        return path(depth, null);
    }

    /** The pointer of member {@code field} of the object being read. */
    private String at(String field) {
        return path(depth - 1, field);
    }

    private String path(int frames, String field) {
        StringBuilder sb = new StringBuilder(48);
        for (int i = 0; i < frames; i++) {
            if (keys[i] != null) escape(sb.append('/'), keys[i]);
            else if (indexes[i] >= 0) sb.append('/').append(indexes[i]);
        }
        if (field != null) escape(sb.append('/'), field);
        return sb.toString();
    }

    /** Member names longer than this are cut in pointers (followed by "...") so that a pointer stays short. */
    static final int POINTER_SEGMENT = 100;

    /** RFC 6901: '~' is '~0' and '/' is '~1'. A member name over {@link #POINTER_SEGMENT} characters is cut, ending "...". */
    static StringBuilder escape(StringBuilder sb, String key) {
        if (key.length() > POINTER_SEGMENT) {
            int n = POINTER_SEGMENT;
            if (Character.isHighSurrogate(key.charAt(n - 1))) n--;
            return escape(sb, key.substring(0, n)).append("...");
        }
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) return sb.append(key);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '~') sb.append("~0");
            else if (c == '/') sb.append("~1");
            else sb.append(c);
        }
        return sb;
    }

    /** Reads a member name (the event was KEY_NAME) and makes it the current key. */
    private String key() {
        String k = Names.canonical(p.getString());
        keys[depth - 1] = k;
        if (k.length() > maxString) problem(here(), "member name of " + k.length() + " characters exceeds the limit of " + maxString);
        return k;
    }

    /** The value of the member just named; a null is recorded (v2: a documented none, contract 2.4a). */
    private Event value() {
        Event v = p.next();
        if (v == Event.VALUE_NULL && v2) nulls.add(here());
        return v;
    }

    /** v2: member {@code field} of the object being read was given with a value other than null. */
    private boolean given(int seen, int bit, String field) {
        return (seen & bit) != 0 && !nulls.contains(at(field));
    }

    private int mark(int seen, int bit, String k) {
        if ((seen & bit) != 0) problem(here(), "duplicate key " + quote(k));
        return seen | bit;
    }

    private void required(int seen, int bit, String field) {
        if ((seen & bit) == 0) problem(at(field), MISSING);
    }

    private Set<String> unknown(Set<String> seen, String k, Event v) {
        if (v == Event.VALUE_NULL && v2) nulls.remove(here());
        if (seen == null) seen = new HashSet<>(8);
        if (!seen.add(k)) problem(here(), "duplicate key " + quote(k));
        else if ((warnings == null || warnings.size() < maxProblems) && !k.startsWith("x-") && !k.startsWith("$")) {
            if (warnings == null) warnings = new ArrayList<>(2);
            String close = KnownFields.closest(k);
            warnings.add(positioned(new Problem(here(), "unknown field " + quote(k) + (close == null ? "" : "; did you mean \"" + close + "\"?"))));
        }
        skip(v);
        return seen;
    }

    /** Skips a value whose first event was {@code v}, still enforcing the depth and string limits. */
    private void skip(Event v) {
        if (v == Event.VALUE_STRING) {
            checkLength(p.getString());
            return;
        }
        if (v != Event.START_OBJECT && v != Event.START_ARRAY) return;
        int base = depth;
        int d = 1;
        if (base + d > maxDepth) tooDeep();
        while (d > 0) {
            switch (p.next()) {
                case START_OBJECT, START_ARRAY -> { if (base + ++d > maxDepth) tooDeep(); }
                case END_OBJECT, END_ARRAY -> d--;
                case KEY_NAME, VALUE_STRING -> checkLength(p.getString());
                default -> { }
            }
        }
    }

    private boolean checkLength(String s) {
        if (s.length() <= maxString) return true;
        problem(here(), "string of " + s.length() + " characters exceeds the limit of " + maxString);
        return false;
    }

    // ================================================================================== values

    /** True when {@code v} opens an object; otherwise reports null (when required) or a wrong type. */
    private boolean object(Event v, boolean required) {
        if (v == Event.START_OBJECT) return true;
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
        } else {
            wrongType("an object", v);
        }
        return false;
    }

    private String text(Event v, boolean required, boolean nonEmpty) {
        if (v == Event.VALUE_STRING) {
            String s = p.getString();
            if (!checkLength(s)) return null;
            if (nonEmpty && s.isEmpty()) problem(here(), "empty string; expected a non-empty value");
            int bad = unpairedSurrogate(s);
            if (bad >= 0) {
                // JSON lets "\ud800" through, but it is no character: written out it would become '?'
                problem(here(), "string " + quote(s) + " has an unpaired surrogate \\u"
                        + Integer.toHexString(s.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + " at index " + bad
                        + "; expected Unicode text");
                return null;
            }
            return s;
        }
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
            return null;
        }
        wrongType("a string", v);
        return null;
    }

    /** Index of the first surrogate that is not half of a pair, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < Character.MIN_SURROGATE) continue;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                return i;
            }
            if (Character.isLowSurrogate(c)) return i;
        }
        return -1;
    }

    private Boolean bool(Event v) {
        if (v == Event.VALUE_TRUE) return Boolean.TRUE;
        if (v == Event.VALUE_FALSE) return Boolean.FALSE;
        if (v != Event.VALUE_NULL) wrongType("a boolean", v);
        return null;
    }

    /** Enum constants that exist only in schema version 2 documents (a version 1 document refuses them). */
    private static final Set<Enum<?>> V2_ONLY = Set.of(Enums.TransactionKind.EXPENSES, Enums.NoticeKind.WARNING_NOTICE,
            Enums.NoticeKind.MINDED_TO_TERMINATE, Enums.NoticeKind.INTENTION_TO_TERMINATE, Enums.NoticeKind.GROWTH_PAUSE,
            Enums.NoticeKind.INVESTIGATION_OPEN);

    private <E extends Enum<E>> E enumValue(Event v, Class<E> type, boolean required) {
        if (v == Event.VALUE_STRING) {
            String s = Names.canonical(p.getString());
            E e = null;
            try {
                e = Enum.valueOf(type, s);
            } catch (IllegalArgumentException x) {
                // reported below
            }
            if (e == null || (!v2 && V2_ONLY.contains(e))) {
                problem(here(), "unknown value " + quote(s) + "; expected one of " + names(type, v2));
                return null;
            }
            return e;
        }
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
            return null;
        }
        wrongType("a string (one of " + names(type, v2) + ")", v);
        return null;
    }

    /**
     * A date field: {@code YYYY-MM-DD}, or in a version 2 document also a month {@code YYYY-MM} (contract v2 3.2),
     * which gives null and is recorded in {@link #months} under the field's pointer.
     */
    private LocalDate date(Event v, boolean required) {
        if (!v2) return day(v, required);
        if (v == Event.VALUE_STRING) {
            String s = p.getString();
            LocalDate d = parseDate(s);
            if (d != null) return d;
            YearMonth m = parseMonth(s);
            if (m != null) {
                months.put(here(), DateSpan.month(m));
            } else if (hasMonthShape(s)) {
                problem(here(), quote(s) + " is not a real month; expected YYYY-MM-DD or YYYY-MM");
            } else if (hasDateShape(s)) {
                problem(here(), quote(s) + " is not a real date; expected YYYY-MM-DD or YYYY-MM");
            } else {
                problem(here(), quote(s) + " is not a date in the form YYYY-MM-DD or YYYY-MM");
            }
            return null;
        }
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
            return null;
        }
        wrongType("a date string (YYYY-MM-DD or YYYY-MM)", v);
        return null;
    }

    /** A month {@code YYYY-MM} that exists, or null. */
    static YearMonth parseMonth(String s) {
        if (!hasMonthShape(s)) return null;
        int y = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        int m = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        return m < 1 || m > 12 ? null : YearMonth.of(y, m);
    }

    static boolean hasMonthShape(String s) {
        if (s.length() != 7 || s.charAt(4) != '-') return false;
        for (int i = 0; i < 7; i++) {
            if (i == 4) continue;
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** A date field that takes a full date in every version (period, asOf, forecast and charge year ends, ...). */
    private LocalDate day(Event v, boolean required) {
        if (v == Event.VALUE_STRING) {
            String s = p.getString();
            LocalDate d = parseDate(s);
            if (d == null && v2 && parseMonth(s) != null) {
                problem(here(), quote(s) + " is a month; this field takes a full date YYYY-MM-DD");
                return null;
            }
            if (d == null) {
                if (hasDateShape(s)) problem(here(), quote(s) + " is not a real date; expected YYYY-MM-DD");
                else problem(here(), quote(s) + " is not a date in the form YYYY-MM-DD");
            }
            return d;
        }
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
            return null;
        }
        wrongType("a date string (YYYY-MM-DD)", v);
        return null;
    }

    static boolean hasDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) continue;
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** A real date in the form YYYY-MM-DD (checked by hand: no regex, no exception on the way), or null. */
    static LocalDate parseDate(String s) {
        if (!hasDateShape(s)) return null;
        int y = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        int m = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        int d = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
        if (m < 1 || m > 12 || d < 1) return null;
        int len = switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d > len ? null : LocalDate.of(y, m, d);
    }

    /**
     * The number just read, or null after reporting it (too long, out of BigDecimal's range, or with
     * more decimal places than {@code maxNumberLength}: a short literal such as {@code 1e-999999999}
     * must not become a value whose plain form has a billion digits). A zero is plain zero whatever
     * its exponent ({@code 0e-400} is 0).
     */
    private BigDecimal number() {
        try {
            BigDecimal n = p.getBigDecimal();
            if (n.signum() == 0) return n.scale() > 2 || n.scale() < 0 ? BigDecimal.ZERO : n;
            if (n.scale() > maxNumber) {
                problem(here(), clip(p.getString()) + " has more than " + maxNumber + " decimal places (the number length limit)");
                return null;
            }
            return n;
        } catch (UnsupportedOperationException e) {
            // Parsson compares the literal's length with maxBigDecimalLength before making a BigDecimal
            problem(here(), "number of " + p.getString().length() + " characters exceeds the limit of " + maxNumber);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(here(), clip(p.getString()) + " is not a usable number (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Null (absent), or reports a required null or a wrong type; for number readers. */
    private void notNumber(Event v, boolean required) {
        if (v == Event.VALUE_NULL) {
            if (required) problem(here(), MISSING_NULL);
        } else {
            wrongType("a number", v);
        }
    }

    private boolean within15Digits(BigDecimal n) {
        if (n.precision() - n.scale() <= 15) return true;
        problem(here(), clip(p.getString()) + " has more than 15 digits before the decimal point");
        return false;
    }

    /** Money: at most two decimals by value, at most 15 digits before the point; {@code signed} allows negatives. */
    private BigDecimal money(Event v, boolean required, boolean signed) {
        if (v != Event.VALUE_NUMBER) {
            notNumber(v, required);
            return null;
        }
        BigDecimal n = number();
        if (n == null) return null;
        boolean ok = true;
        if (!signed && n.signum() < 0) {
            problem(here(), clip(p.getString()) + " is negative; expected an amount >= 0");
            ok = false;
        }
        if (n.scale() > 2 && n.stripTrailingZeros().scale() > 2) {
            problem(here(), clip(p.getString()) + " has more than two decimal places; expected pounds and pence");
            ok = false;
        }
        // a rejected amount is not kept: later checks (e.g. pay band order) must not work on it
        return within15Digits(n) && ok ? n : null;
    }

    private BigDecimal amount(Event v, boolean required) { return money(v, required, false); }

    private BigDecimal balance(Event v) { return money(v, false, true); }

    /**
     * A band {@code {"from", "to"}} (contract v2 3.1) given for the money field {@code field} of the object being
     * read: recorded in {@link #bands} under that field's pointer. Null (absent) when given as null.
     */
    private void band(Event v, String field) {
        String plain = at(field);
        if (!object(v, false)) return;
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal from = null, to = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event e = value();
            switch (k) {
                case "from" -> { seen = mark(seen, 1, k); from = amount(e, true); }
                case "to" -> { seen = mark(seen, 2, k); to = amount(e, true); }
                default -> unk = unknown(unk, k, e);
            }
        }
        required(seen, 1, "from");
        required(seen, 2, "to");
        if (from != null && to != null) {
            if (from.compareTo(to) > 0) {
                problem(at("to"), "to (" + to.toPlainString() + ") is below from (" + from.toPlainString() + "); expected from <= to");
            } else {
                bands.put(plain, new MoneyRange(from, to));
            }
        }
        pop();
    }

    /**
     * v2, after an item's members: the money field {@code field} and its band {@code field + "Band"} are not both given
     * (non-null), and when {@code required} one of them is.
     */
    private void valueOrBand(int seen, int valueBit, int bandBit, String field, boolean required) {
        boolean value = given(seen, valueBit, field);
        boolean band = given(seen, bandBit, field + "Band");
        if (value && band) {
            problem(at(field + "Band"), field + " and " + field + "Band are both given; expected one of them");
        } else if (required && !value && !band) {
            problem(at(field), ((seen & valueBit) != 0 ? MISSING_NULL : MISSING) + "; expected " + field + " or " + field + "Band");
        }
    }

    /** A whole number >= {@code min}. */
    private Integer atLeast(Event v, int min) {
        Integer n = count(v, false);
        if (n != null && n < min) {
            problem(here(), n + " is below " + min + "; expected a whole number >= " + min);
            return null;
        }
        return n;
    }

    /** A plain number within [lo, hi]. */
    private BigDecimal within(Event v, boolean required, BigDecimal lo, BigDecimal hi) {
        if (v != Event.VALUE_NUMBER) {
            notNumber(v, required);
            return null;
        }
        BigDecimal n = number();
        if (n == null || !within15Digits(n)) return null;
        if (n.compareTo(lo) < 0 || (hi != null && n.compareTo(hi) > 0)) {
            problem(here(), clip(p.getString()) + " is out of range; expected " + lo.toPlainString()
                    + (hi == null ? " or more" : " to " + hi.toPlainString()));
            return null;
        }
        return n;
    }

    /** A plain number (e.g. a progress score): any sign and scale, at most 15 digits before the point. */
    private BigDecimal plain(Event v) {
        if (v != Event.VALUE_NUMBER) {
            notNumber(v, false);
            return null;
        }
        BigDecimal n = number();
        return n != null && within15Digits(n) ? n : null;
    }

    private BigDecimal fte(Event v) {
        BigDecimal n = plain(v);
        if (n != null && (n.signum() <= 0 || n.compareTo(BigDecimal.ONE) > 0)) {
            problem(here(), clip(p.getString()) + " is out of range; expected 0 < fte <= 1");
        }
        return n;
    }

    /** A whole number >= 0 ({@code 3.0} is whole, {@code 3.5} is not). */
    private Integer count(Event v, boolean required) {
        if (v != Event.VALUE_NUMBER) {
            notNumber(v, required);
            return null;
        }
        BigDecimal n = number();
        if (n == null) return null;
        if (n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
            problem(here(), clip(p.getString()) + " is not a whole number; expected a count >= 0");
        } else if (n.signum() < 0) {
            problem(here(), clip(p.getString()) + " is negative; expected a count >= 0");
        } else if (n.compareTo(INT_MAX) > 0) {
            problem(here(), clip(p.getString()) + " is too large; expected a count <= " + Integer.MAX_VALUE);
        } else {
            return n.intValue();
        }
        return null;
    }

    /** An array of objects read by {@code reader}; null when absent/null (reported when required). */
    private <T> List<T> items(Event v, boolean required, ItemReader<T> reader) {
        if (v != Event.START_ARRAY) {
            if (v == Event.VALUE_NULL) {
                if (required) problem(here(), MISSING_NULL);
            } else {
                wrongType("an array", v);
            }
            return null;
        }
        String base = here();
        push();
        List<T> out = new ArrayList<>();
        int i = 0;
        Event e;
        while ((e = p.next()) != Event.END_ARRAY) {
            indexes[depth - 1] = i;
            if (e == Event.START_OBJECT) {
                T item = reader.read(base + '/' + i);
                if (item != null) out.add(item);
            } else {
                wrongType("an object", e);
            }
            i++;
        }
        pop();
        return Collections.unmodifiableList(out);
    }

    /** An array of non-empty identifier strings; elements of the wrong type stay as null so indexes hold. */
    private List<String> ids(Event v, boolean required) {
        if (v != Event.START_ARRAY) {
            if (v == Event.VALUE_NULL) {
                if (required) problem(here(), MISSING_NULL);
            } else {
                wrongType("an array", v);
            }
            return null;
        }
        push();
        List<String> out = new ArrayList<>();
        int i = 0;
        Event e;
        while ((e = p.next()) != Event.END_ARRAY) {
            indexes[depth - 1] = i++;
            if (e == Event.VALUE_STRING) {
                out.add(text(e, true, true));
            } else {
                wrongType("a string", e);
                out.add(null);
            }
        }
        pop();
        return Collections.unmodifiableList(out);
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? Collections.emptyList() : l;
    }

    // ================================================================================ document

    private void readDocument() {
        Event e = p.next();
        if (e != Event.START_OBJECT) {
            problem("", "top level must be a JSON object, got " + describe(e));
            fatal = true;
            return;
        }
        push();
        int seen = 0;
        Set<String> unk = null;
        while ((e = p.next()) == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "schemaVersion" -> { seen = mark(seen, 1, k); schemaVersion(v); }
                case "trust" -> { seen = mark(seen, 1 << 1, k); if (object(v, true)) trust = readTrust(); }
                case "period" -> { seen = mark(seen, 1 << 2, k); if (object(v, true)) period = readPeriod(); }
                case "asOf" -> { seen = mark(seen, 1 << 3, k); asOf = day(v, false); }
                case "finance" -> { seen = mark(seen, 1 << 4, k); if (object(v, true)) finance = readFinance(); }
                case "governance" -> { seen = mark(seen, 1 << 5, k); if (object(v, true)) governance = readGovernance(); }
                case "people" -> { seen = mark(seen, 1 << 6, k); people = items(v, true, this::readPerson); }
                case "parties" -> { seen = mark(seen, 1 << 7, k); parties = items(v, false, this::readParty); }
                case "transactions" -> { seen = mark(seen, 1 << 8, k); transactions = items(v, false, this::readTransaction); }
                case "pay" -> { seen = mark(seen, 1 << 9, k); pay = items(v, false, this::readPay); }
                case "websitePayBands" -> { seen = mark(seen, 1 << 10, k); websitePayBands = items(v, false, this::readPayBand); }
                case "specialPayments" -> { seen = mark(seen, 1 << 11, k); specialPayments = items(v, false, this::readSpecialPayment); }
                case "academies" -> {
                    seen = mark(seen, 1 << 12, k);
                    academies = items(v, true, this::readAcademy);
                    if (academies != null && academies.isEmpty() && v == Event.START_ARRAY) {
                        problem(here(), "no academies; expected at least one");
                    }
                }
                case "growth" -> { seen = mark(seen, 1 << 13, k); growth = items(v, false, this::readGrowth); }
                case "notices" -> { seen = mark(seen, 1 << 14, k); notices = items(v, false, this::readNotice); }
                case "coverage" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 15, k); if (object(v, true)) coverage = readCoverage(); }
                }
                case "policies" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 16, k); if (object(v, false)) policies = readPolicies(); }
                }
                case "transfers" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 17, k); transfers = items(v, false, this::readTransfer); }
                }
                case "centralServicesCharges" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 18, k); centralServicesCharges = items(v, false, this::readCharge); }
                }
                case "payBenchmark" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 19, k); if (object(v, false)) payBenchmark = readPayBenchmark(); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        if (v2) required(seen, 1 << 15, "coverage");
        if (v2 && coverage == null) coverage = new EnumMap<>(Section.class);
        required(seen, 1, "schemaVersion");
        required(seen, 1 << 1, "trust");
        required(seen, 1 << 2, "period");
        required(seen, 1 << 4, "finance");
        required(seen, 1 << 5, "governance");
        required(seen, 1 << 6, "people");
        required(seen, 1 << 12, "academies");
        pop();
        try {
            if (p.hasNext()) fatal("", "unexpected content after the end of the document");
        } catch (JsonParsingException x) {
            fatal("", "unexpected content after the end of the document: " + x.getMessage());
        }
    }

    private void schemaVersion(Event v) {
        if (v == Event.VALUE_STRING) {
            String s = p.getString();
            // the version was found before the read (DocumentParser.version); a repeated member is reported as a duplicate
            if ((v2 ? "2" : "1").equals(s)) {
                if (schemaVersion == null) schemaVersion = v2 ? "2" : "1";
                return;
            }
            if (("1".equals(s) || "2".equals(s)) && schemaVersion != null) return;
            // Another version's fields may mean other things: say so first and read no further.
            if (problems == null) problems = new ArrayList<>(1);
            problems.add(0, new Problem(here(), "unsupported schemaVersion " + quote(s) + "; expected \"1\" or \"2\""));
            fatal = true;
            throw STOP;
        }
        if (v == Event.VALUE_NULL) problem(here(), MISSING_NULL);
        else wrongType("the string \"1\" or \"2\"", v);
    }

    private Trust readTrust() {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, name = null, companyNumber = null;
        Enums.TrustType type = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "name" -> { seen = mark(seen, 2, k); name = text(v, true, true); }
                case "type" -> { seen = mark(seen, 4, k); type = enumValue(v, Enums.TrustType.class, true); }
                case "companyNumber" -> { seen = mark(seen, 8, k); companyNumber = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 2, "name");
        required(seen, 4, "type");
        pop();
        return new Trust(id, name, type, companyNumber);
    }

    private Period readPeriod() {
        push();
        int seen = 0;
        Set<String> unk = null;
        LocalDate start = null, end = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "start" -> { seen = mark(seen, 1, k); start = day(v, true); }
                case "end" -> { seen = mark(seen, 2, k); end = day(v, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "start");
        required(seen, 2, "end");
        if (start != null && end != null && start.isAfter(end)) {
            problem(at("start"), start + " is after period.end " + end + "; expected start <= end");
        }
        pop();
        return new Period(start, end);
    }

    private Finance readFinance() {
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal totalIncome = null, totalExpenditure = null, inYear = null, reserves = null, cash = null, lastAudited = null;
        Enums.AuditOpinion opinion = null;
        Enums.RegularityConclusion regularity = null;
        LocalDate recoveryPlan = null;
        List<Forecast> forecast = null;
        List<FinancialReturn> returns = null;
        BigDecimal gag = null;
        BigDecimal[] centre = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "totalIncome" -> { seen = mark(seen, 1, k); totalIncome = amount(v, !v2); }
                case "totalExpenditure" -> { seen = mark(seen, 1 << 1, k); totalExpenditure = amount(v, false); }
                case "inYearRevenueBalance" -> { seen = mark(seen, 1 << 2, k); inYear = balance(v); }
                case "revenueReserves" -> { seen = mark(seen, 1 << 3, k); reserves = balance(v); }
                case "cash" -> { seen = mark(seen, 1 << 4, k); cash = balance(v); }
                case "lastAuditedIncome" -> { seen = mark(seen, 1 << 5, k); lastAudited = amount(v, false); }
                case "auditOpinion" -> { seen = mark(seen, 1 << 6, k); opinion = enumValue(v, Enums.AuditOpinion.class, false); }
                case "regularityConclusion" -> { seen = mark(seen, 1 << 7, k); regularity = enumValue(v, Enums.RegularityConclusion.class, false); }
                case "deficitRecoveryPlanAgreedOn" -> { seen = mark(seen, 1 << 8, k); recoveryPlan = date(v, false); }
                case "forecast" -> { seen = mark(seen, 1 << 9, k); forecast = items(v, false, this::readForecast); }
                case "returns" -> { seen = mark(seen, 1 << 10, k); returns = items(v, false, this::readReturn); }
                case "gagIncome" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 11, k); gag = amount(v, false); }
                }
                case "centre" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 12, k); if (object(v, false)) centre = readCentre(); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        if (!v2) required(seen, 1, "totalIncome");   // optional in version 2 (contract v2 3.4)
        pop();
        if (!v2) {
            return new Finance(totalIncome, totalExpenditure, inYear, reserves, cash, lastAudited, opinion, regularity,
                    recoveryPlan, forecast, returns);
        }
        return new Finance(totalIncome, totalExpenditure, inYear, reserves, cash, lastAudited, opinion, regularity,
                recoveryPlan, forecast, returns, gag, centre == null ? null : centre[0], centre == null ? null : centre[1]);
    }

    /** {@code finance.centre}: revenueReservesStart, revenueReservesEnd (signed). */
    private BigDecimal[] readCentre() {
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal[] out = new BigDecimal[2];
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "revenueReservesStart" -> { seen = mark(seen, 1, k); out[0] = balance(v); }
                case "revenueReservesEnd" -> { seen = mark(seen, 2, k); out[1] = balance(v); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return out;
    }

    private Forecast readForecast(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        LocalDate yearEnd = null;
        BigDecimal reserves = null, cash = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "yearEnd" -> { seen = mark(seen, 1, k); yearEnd = day(v, true); }
                case "revenueReserves" -> { seen = mark(seen, 2, k); reserves = balance(v); }
                case "cash" -> { seen = mark(seen, 4, k); cash = balance(v); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "yearEnd");
        pop();
        return new Forecast(yearEnd, reserves, cash, pointer);
    }

    private FinancialReturn readReturn(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.ReturnKind kind = null;
        LocalDate submittedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "kind" -> { seen = mark(seen, 1, k); kind = enumValue(v, Enums.ReturnKind.class, true); }
                case "submittedOn" -> { seen = mark(seen, 2, k); submittedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "kind");
        pop();
        return new FinancialReturn(kind, submittedOn, pointer);
    }

    private Governance readGovernance() {
        push();
        int seen = 0;
        Set<String> unk = null;
        List<String> members = null, trustees = null;
        String chair = null, ao = null, cfo = null, approvalRef = null;
        Integer boardMeetings = null;
        List<Committee> committees = null;
        InternalScrutiny scrutiny = null;
        SchemeOfDelegation scheme = null;
        LocalDate payPolicy = null;
        Boolean registerPublished = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "members" -> { seen = mark(seen, 1, k); members = ids(v, true); }
                case "trustees" -> { seen = mark(seen, 1 << 1, k); trustees = ids(v, true); }
                case "chair" -> { seen = mark(seen, 1 << 2, k); chair = text(v, false, true); }
                case "accountingOfficer" -> { seen = mark(seen, 1 << 3, k); ao = text(v, false, true); }
                case "chiefFinancialOfficer" -> { seen = mark(seen, 1 << 4, k); cfo = text(v, false, true); }
                case "boardMeetings" -> { seen = mark(seen, 1 << 5, k); boardMeetings = count(v, false); }
                case "committees" -> { seen = mark(seen, 1 << 6, k); committees = items(v, false, this::readCommittee); }
                case "internalScrutiny" -> { seen = mark(seen, 1 << 7, k); if (object(v, false)) scrutiny = readScrutiny(); }
                case "schemeOfDelegation" -> { seen = mark(seen, 1 << 8, k); if (object(v, false)) scheme = readScheme(); }
                case "executivePayPolicyApprovedOn" -> { seen = mark(seen, 1 << 9, k); payPolicy = date(v, false); }
                case "registerOfInterestsPublished" -> { seen = mark(seen, 1 << 10, k); registerPublished = bool(v); }
                case "nonEmployeeOfficerApprovalRef" -> { seen = mark(seen, 1 << 11, k); approvalRef = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "members");
        required(seen, 1 << 1, "trustees");
        pop();
        return new Governance(members, trustees, chair, ao, cfo, boardMeetings, committees, scrutiny, scheme, payPolicy,
                registerPublished, approvalRef);
    }

    private Committee readCommittee(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.CommitteeKind kind = null;
        String chair = null;
        List<String> members = null;
        Integer meetings = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "kind" -> { seen = mark(seen, 1, k); kind = enumValue(v, Enums.CommitteeKind.class, true); }
                case "chair" -> { seen = mark(seen, 2, k); chair = text(v, false, true); }
                case "members" -> { seen = mark(seen, 4, k); members = ids(v, false); }
                case "meetings" -> { seen = mark(seen, 8, k); meetings = count(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "kind");
        pop();
        return new Committee(kind, chair, orEmpty(members), meetings, pointer);
    }

    private InternalScrutiny readScrutiny() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.ScrutinyProvider provider = null;
        Boolean professional = null;
        Integer reports = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "provider" -> { seen = mark(seen, 1, k); provider = enumValue(v, Enums.ScrutinyProvider.class, false); }
                case "professional" -> { seen = mark(seen, 2, k); professional = bool(v); }
                case "reportsInPeriod" -> { seen = mark(seen, 4, k); reports = count(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new InternalScrutiny(provider, professional, reports);
    }

    private SchemeOfDelegation readScheme() {
        push();
        int seen = 0;
        Set<String> unk = null;
        LocalDate approvedOn = null, reviewedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "approvedOn" -> { seen = mark(seen, 1, k); approvedOn = date(v, false); }
                case "reviewedOn" -> { seen = mark(seen, 2, k); reviewedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new SchemeOfDelegation(approvedOn, reviewedOn);
    }

    private Person readPerson(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, name = null;
        Boolean employee = null;
        List<Interest> interests = null;
        List<Appointment> appointments = null;
        List<Role> roles = null;
        List<FamilyLink> family = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "name" -> { seen = mark(seen, 2, k); name = text(v, false, false); }
                case "employee" -> { seen = mark(seen, 4, k); employee = bool(v); }
                case "interests" -> { seen = mark(seen, 8, k); interests = items(v, false, this::readInterest); }
                case "appointments" -> { seen = mark(seen, 16, k); appointments = items(v, false, this::readAppointment); }
                case "roles" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 32, k); roles = items(v, false, this::readRole); }
                }
                case "familyOf" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 64, k); family = items(v, false, this::readFamilyLink); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        pop();
        if (!v2) return new Person(id, name, employee, orEmpty(interests), orEmpty(appointments), pointer);
        return new Person(id, name, employee, orEmpty(interests), orEmpty(appointments), orEmpty(roles), orEmpty(family), pointer);
    }

    private Role readRole(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.RoleKind role = null;
        LocalDate from = null, to = null, knownUntil = null;
        String urn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "role" -> { seen = mark(seen, 1, k); role = enumValue(v, Enums.RoleKind.class, true); }
                case "from" -> { seen = mark(seen, 2, k); from = date(v, true); }
                case "to" -> { seen = mark(seen, 4, k); to = date(v, false); }
                case "knownUntil" -> { seen = mark(seen, 8, k); knownUntil = date(v, false); }
                case "academyUrn" -> { seen = mark(seen, 16, k); urn = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "role");
        required(seen, 2, "from");
        pop();
        return new Role(role, from, to, knownUntil, urn, pointer);
    }

    private FamilyLink readFamilyLink(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String personId = null;
        Enums.FamilyRelation relation = null;
        LocalDate declaredOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "personId" -> { seen = mark(seen, 1, k); personId = text(v, true, true); }
                case "relation" -> { seen = mark(seen, 2, k); relation = enumValue(v, Enums.FamilyRelation.class, true); }
                case "declaredOn" -> { seen = mark(seen, 4, k); declaredOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "personId");
        required(seen, 2, "relation");
        pop();
        return new FamilyLink(personId, relation, declaredOn, pointer);
    }

    private Interest readInterest(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String partyId = null;
        Enums.InterestNature nature = null;
        LocalDate declaredOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "partyId" -> { seen = mark(seen, 1, k); partyId = text(v, true, true); }
                case "nature" -> { seen = mark(seen, 2, k); nature = enumValue(v, Enums.InterestNature.class, true); }
                case "declaredOn" -> { seen = mark(seen, 4, k); declaredOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "partyId");
        required(seen, 2, "nature");
        pop();
        return new Interest(partyId, nature, declaredOn, pointer);
    }

    private Appointment readAppointment(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String companyNumber = null, role = null;
        LocalDate from = null, to = null, knownUntil = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "companyNumber" -> { seen = mark(seen, 1, k); companyNumber = text(v, true, true); }
                case "role" -> { seen = mark(seen, 2, k); role = text(v, false, false); }
                case "from" -> { seen = mark(seen, 4, k); from = date(v, false); }
                case "to" -> { seen = mark(seen, 8, k); to = date(v, false); }
                case "knownUntil" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 16, k); knownUntil = date(v, false); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "companyNumber");
        pop();
        return v2 ? new Appointment(companyNumber, role, from, to, knownUntil, pointer) : new Appointment(companyNumber, role, from, to, pointer);
    }

    private Party readParty(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, name = null, companyNumber = null;
        Enums.PartyKind kind = null;
        Enums.Exemption exemption = null;
        Boolean related = null;
        String personId = null;
        List<PartyLink> links = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "name" -> { seen = mark(seen, 2, k); name = text(v, true, true); }
                case "kind" -> { seen = mark(seen, 4, k); kind = enumValue(v, Enums.PartyKind.class, false); }
                case "companyNumber" -> { seen = mark(seen, 8, k); companyNumber = text(v, false, true); }
                case "exemption" -> { seen = mark(seen, 16, k); exemption = enumValue(v, Enums.Exemption.class, false); }
                case "relatedParty" -> { seen = mark(seen, 32, k); related = bool(v); }
                case "personId" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 64, k); personId = text(v, false, true); }
                }
                case "links" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 128, k); links = items(v, false, this::readLink); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 2, "name");
        pop();
        if (!v2) {
            if (upgradeV1 && Boolean.FALSE.equals(related)) upgradeUnrelated.add(pointer);
            return new Party(id, name, kind, companyNumber, exemption, Boolean.TRUE.equals(related), pointer);
        }
        return new Party(id, name, kind, companyNumber, exemption, Boolean.TRUE.equals(related), Boolean.FALSE.equals(related),
                personId, orEmpty(links), pointer);
    }

    private PartyLink readLink(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String partyId = null;
        Enums.LinkKind kind = null;
        LocalDate from = null, to = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "partyId" -> { seen = mark(seen, 1, k); partyId = text(v, true, true); }
                case "kind" -> { seen = mark(seen, 2, k); kind = enumValue(v, Enums.LinkKind.class, true); }
                case "from" -> { seen = mark(seen, 4, k); from = date(v, false); }
                case "to" -> { seen = mark(seen, 8, k); to = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "partyId");
        required(seen, 2, "kind");
        pop();
        return new PartyLink(partyId, kind, from, to, pointer);
    }

    private Transaction readTransaction(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, partyId = null, contractId = null, approvalRef = null;
        LocalDate date = null, declaredOn = null;
        BigDecimal amount = null;
        Enums.Direction direction = null;
        Enums.TransactionKind kind = null;
        Boolean atCost = null, novel = null, disclosed = null;
        Enums.AuthorisedBy authorisedBy = null;
        List<Enums.Propriety> propriety = null;
        Enums.Funding fundedFrom = null;
        List<String> beneficiaries = null;
        Integer headcount = null;
        Procurement procurement = null;
        Expense expense = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "date" -> { seen = mark(seen, 1 << 1, k); date = date(v, true); }
                case "partyId" -> { seen = mark(seen, 1 << 2, k); partyId = text(v, true, true); }
                case "amount" -> { seen = mark(seen, 1 << 3, k); amount = amount(v, !v2); }
                case "direction" -> { seen = mark(seen, 1 << 4, k); direction = enumValue(v, Enums.Direction.class, false); }
                case "kind" -> { seen = mark(seen, 1 << 5, k); kind = enumValue(v, Enums.TransactionKind.class, false); }
                case "contractId" -> { seen = mark(seen, 1 << 6, k); contractId = text(v, false, true); }
                case "declaredOn" -> { seen = mark(seen, 1 << 7, k); declaredOn = date(v, false); }
                case "approvalRef" -> { seen = mark(seen, 1 << 8, k); approvalRef = text(v, false, true); }
                case "atCost" -> { seen = mark(seen, 1 << 9, k); atCost = bool(v); }
                case "novelOrContentious" -> { seen = mark(seen, 1 << 10, k); novel = bool(v); }
                case "disclosedInAccounts" -> { seen = mark(seen, 1 << 11, k); disclosed = bool(v); }
                case "authorisedBy" -> { seen = mark(seen, 1 << 12, k); authorisedBy = enumValue(v, Enums.AuthorisedBy.class, false); }
                default -> {
                    if (!v2) { unk = unknown(unk, k, v); continue; }
                    switch (k) {
                        case "amountBand" -> { seen = mark(seen, 1 << 13, k); band(v, "amount"); }
                        case "propriety" -> { seen = mark(seen, 1 << 14, k); propriety = proprietyTags(v); }
                        case "fundedFrom" -> { seen = mark(seen, 1 << 15, k); fundedFrom = enumValue(v, Enums.Funding.class, false); }
                        case "beneficiaryPersonIds" -> { seen = mark(seen, 1 << 16, k); beneficiaries = ids(v, false); unique(beneficiaries); }
                        case "headcount" -> { seen = mark(seen, 1 << 17, k); headcount = atLeast(v, 1); }
                        case "servicePeriod" -> { seen = mark(seen, 1 << 18, k); if (object(v, false)) readServicePeriod(); }
                        case "procurement" -> { seen = mark(seen, 1 << 19, k); if (object(v, false)) procurement = readProcurement(at(k)); }
                        case "expense" -> { seen = mark(seen, 1 << 20, k); if (object(v, false)) expense = readExpense(at(k)); }
                        default -> unk = unknown(unk, k, v);
                    }
                }
            }
        }
        required(seen, 1, "id");
        required(seen, 1 << 1, "date");
        required(seen, 1 << 2, "partyId");
        if (v2) valueOrBand(seen, 1 << 3, 1 << 13, "amount", true);
        else required(seen, 1 << 3, "amount");
        pop();
        if (!v2) {
            return new Transaction(id, date, partyId, amount, direction, kind, contractId, declaredOn, approvalRef, atCost,
                    Boolean.TRUE.equals(novel), disclosed, authorisedBy, pointer);
        }
        return new Transaction(id, date, partyId, amount, direction, kind, contractId, declaredOn, approvalRef, atCost,
                Boolean.TRUE.equals(novel), disclosed, authorisedBy, orEmpty(propriety), fundedFrom, orEmpty(beneficiaries),
                headcount, procurement, expense, pointer);
    }

    /** {@code propriety}: an array of distinct tags. */
    private List<Enums.Propriety> proprietyTags(Event v) {
        if (v != Event.START_ARRAY) {
            if (v != Event.VALUE_NULL) wrongType("an array", v);
            return null;
        }
        push();
        List<Enums.Propriety> out = new ArrayList<>(2);
        int i = 0;
        Event e;
        while ((e = p.next()) != Event.END_ARRAY) {
            indexes[depth - 1] = i++;
            Enums.Propriety tag = enumValue(e, Enums.Propriety.class, true);
            if (tag == null) continue;
            if (out.contains(tag)) problem(here(), "tag " + tag + " is given twice");
            else out.add(tag);
        }
        pop();
        return Collections.unmodifiableList(out);
    }

    /** Reports a repeated id in a list just read by {@link #ids} (the pointer is the list's, the value's index is named). */
    private void unique(List<String> ids) {
        if (ids == null) return;
        for (int i = 1; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) continue;
            int first = ids.subList(0, i).indexOf(id);
            if (first >= 0) problem(here() + "/" + i, quote(id) + " is listed twice (first at index " + first + ")");
        }
    }

    /** {@code servicePeriod}: checked (dates or months), not kept: no rule reads it (contract v2 5.5). */
    private void readServicePeriod() {
        push();
        int seen = 0;
        Set<String> unk = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "from" -> { seen = mark(seen, 1, k); date(v, false); }
                case "to" -> { seen = mark(seen, 2, k); date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
    }

    private Procurement readProcurement(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.ProcurementMethod method = null;
        Enums.ProcurementCategory category = null;
        Integer quotes = null, chosenRank = null;
        Boolean vfm = null, written = null;
        BigDecimal value = null, exVat = null;
        LocalDate awardedOn = null;
        String justification = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "method" -> { seen = mark(seen, 1, k); method = enumValue(v, Enums.ProcurementMethod.class, false); }
                case "category" -> { seen = mark(seen, 1 << 1, k); category = enumValue(v, Enums.ProcurementCategory.class, false); }
                case "quotes" -> { seen = mark(seen, 1 << 2, k); quotes = count(v, false); }
                case "chosenRank" -> { seen = mark(seen, 1 << 3, k); chosenRank = atLeast(v, 1); }
                case "valueForMoneyRecorded" -> { seen = mark(seen, 1 << 4, k); vfm = bool(v); }
                case "writtenContract" -> { seen = mark(seen, 1 << 5, k); written = bool(v); }
                case "contractValue" -> { seen = mark(seen, 1 << 6, k); value = amount(v, false); }
                case "contractValueBand" -> { seen = mark(seen, 1 << 7, k); band(v, "contractValue"); }
                case "contractValueExVat" -> { seen = mark(seen, 1 << 8, k); exVat = amount(v, false); }
                case "awardedOn" -> { seen = mark(seen, 1 << 9, k); awardedOn = date(v, false); }
                case "directAwardJustification" -> { seen = mark(seen, 1 << 10, k); justification = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        valueOrBand(seen, 1 << 6, 1 << 7, "contractValue", false);
        pop();
        return new Procurement(method, category, quotes, chosenRank, vfm, written, value, exVat, awardedOn, justification, pointer);
    }

    private Expense readExpense(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String claimant = null, approver = null;
        Enums.ExpenseCategory category = null;
        BigDecimal miles = null;
        LocalDate approvedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "claimantPersonId" -> { seen = mark(seen, 1, k); claimant = text(v, true, true); }
                case "category" -> { seen = mark(seen, 2, k); category = enumValue(v, Enums.ExpenseCategory.class, false); }
                case "miles" -> { seen = mark(seen, 4, k); miles = within(v, false, BigDecimal.ZERO, null); }
                case "approverPersonId" -> { seen = mark(seen, 8, k); approver = text(v, false, true); }
                case "approvedOn" -> { seen = mark(seen, 16, k); approvedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "claimantPersonId");
        pop();
        return new Expense(claimant, category, miles, approver, approvedOn, pointer);
    }

    private PayRecord readPay(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String personId = null;
        Enums.PayRole role = null;
        BigDecimal fte = null, salary = null, bonus = null, bik = null, pension = null, previous = null;
        Enums.PayApprover approvedBy = null;
        Boolean benchmarked = null;
        BigDecimal total = null;
        List<ExternalRemuneration> external = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "personId" -> { seen = mark(seen, 1, k); personId = text(v, true, true); }
                case "role" -> { seen = mark(seen, 1 << 1, k); role = enumValue(v, Enums.PayRole.class, true); }
                case "fte" -> { seen = mark(seen, 1 << 2, k); fte = fte(v); }
                case "salary" -> { seen = mark(seen, 1 << 3, k); salary = amount(v, !v2); }
                case "bonus" -> { seen = mark(seen, 1 << 4, k); bonus = amount(v, false); }
                case "benefitsInKind" -> { seen = mark(seen, 1 << 5, k); bik = amount(v, false); }
                case "employerPension" -> { seen = mark(seen, 1 << 6, k); pension = amount(v, false); }
                case "previousSalary" -> { seen = mark(seen, 1 << 7, k); previous = amount(v, false); }
                case "approvedBy" -> { seen = mark(seen, 1 << 8, k); approvedBy = enumValue(v, Enums.PayApprover.class, false); }
                case "benchmarked" -> { seen = mark(seen, 1 << 9, k); benchmarked = bool(v); }
                default -> {
                    if (!v2) { unk = unknown(unk, k, v); continue; }
                    switch (k) {
                        case "salaryBand" -> { seen = mark(seen, 1 << 10, k); band(v, "salary"); }
                        case "bonusBand" -> { seen = mark(seen, 1 << 11, k); band(v, "bonus"); }
                        case "benefitsInKindBand" -> { seen = mark(seen, 1 << 12, k); band(v, "benefitsInKind"); }
                        case "employerPensionBand" -> { seen = mark(seen, 1 << 13, k); band(v, "employerPension"); }
                        case "previousSalaryBand" -> { seen = mark(seen, 1 << 14, k); band(v, "previousSalary"); }
                        case "totalBenefits" -> { seen = mark(seen, 1 << 15, k); total = amount(v, false); }
                        case "totalBenefitsBand" -> { seen = mark(seen, 1 << 16, k); band(v, "totalBenefits"); }
                        case "externalRemuneration" -> {
                            seen = mark(seen, 1 << 17, k);
                            external = items(v, false, this::readExternalRemuneration);
                        }
                        default -> unk = unknown(unk, k, v);
                    }
                }
            }
        }
        required(seen, 1, "personId");
        required(seen, 1 << 1, "role");
        if (!v2) {
            required(seen, 1 << 3, "salary");
            pop();
            return new PayRecord(personId, role, fte, salary, bonus, bik, pension, previous, approvedBy, benchmarked, pointer);
        }
        valueOrBand(seen, 1 << 3, 1 << 10, "salary", false);
        valueOrBand(seen, 1 << 4, 1 << 11, "bonus", false);
        valueOrBand(seen, 1 << 5, 1 << 12, "benefitsInKind", false);
        valueOrBand(seen, 1 << 6, 1 << 13, "employerPension", false);
        valueOrBand(seen, 1 << 7, 1 << 14, "previousSalary", false);
        valueOrBand(seen, 1 << 15, 1 << 16, "totalBenefits", false);
        if (!given(seen, 1 << 3, "salary") && !given(seen, 1 << 10, "salaryBand") && !given(seen, 1 << 15, "totalBenefits")
                && !given(seen, 1 << 16, "totalBenefitsBand")) {
            problem(at("salary"), ((seen & (1 << 3)) != 0 ? MISSING_NULL : MISSING)
                    + "; expected one of salary, salaryBand, totalBenefits, totalBenefitsBand");
        }
        pop();
        return new PayRecord(personId, role, fte, salary, bonus, bik, pension, previous, approvedBy, benchmarked, total, external,
                pointer);
    }

    private ExternalRemuneration readExternalRemuneration(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String partyId = null;
        BigDecimal amount = null;
        Enums.RemunerationBasis basis = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "partyId" -> { seen = mark(seen, 1, k); partyId = text(v, true, true); }
                case "amount" -> { seen = mark(seen, 2, k); amount = amount(v, false); }
                case "amountBand" -> { seen = mark(seen, 4, k); band(v, "amount"); }
                case "basis" -> { seen = mark(seen, 8, k); basis = enumValue(v, Enums.RemunerationBasis.class, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "partyId");
        valueOrBand(seen, 2, 4, "amount", true);
        pop();
        return new ExternalRemuneration(partyId, amount, basis, pointer);
    }

    private PayBand readPayBand(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal from = null, to = null;
        Integer count = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "from" -> { seen = mark(seen, 1, k); from = amount(v, true); }
                case "to" -> { seen = mark(seen, 2, k); to = amount(v, true); }
                case "count" -> { seen = mark(seen, 4, k); count = count(v, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "from");
        required(seen, 2, "to");
        required(seen, 4, "count");
        if (from != null && to != null && from.compareTo(to) >= 0) {
            problem(at("to"), "to (" + to.toPlainString() + ") is not above from (" + from.toPlainString() + "); expected from < to");
        }
        pop();
        return new PayBand(from, to, count == null ? 0 : count, pointer);
    }

    private SpecialPayment readSpecialPayment(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, personId = null, approvalRef = null;
        LocalDate date = null;
        Enums.SpecialPaymentKind kind = null;
        BigDecimal amount = null, exitPackage = null;
        Boolean contractual = null, statutory = null, disclosed = null;
        Enums.AuthorisedBy authorisedBy = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "personId" -> { seen = mark(seen, 1 << 1, k); personId = text(v, false, true); }
                case "date" -> { seen = mark(seen, 1 << 2, k); date = date(v, true); }
                case "kind" -> { seen = mark(seen, 1 << 3, k); kind = enumValue(v, Enums.SpecialPaymentKind.class, true); }
                case "amount" -> { seen = mark(seen, 1 << 4, k); amount = amount(v, !v2); }
                case "contractual" -> { seen = mark(seen, 1 << 5, k); contractual = bool(v); }
                case "statutory" -> { seen = mark(seen, 1 << 6, k); statutory = bool(v); }
                case "totalExitPackage" -> { seen = mark(seen, 1 << 7, k); exitPackage = amount(v, false); }
                case "approvalRef" -> { seen = mark(seen, 1 << 8, k); approvalRef = text(v, false, true); }
                case "authorisedBy" -> { seen = mark(seen, 1 << 9, k); authorisedBy = enumValue(v, Enums.AuthorisedBy.class, false); }
                case "disclosedIndividually" -> { seen = mark(seen, 1 << 10, k); disclosed = bool(v); }
                case "amountBand" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 11, k); band(v, "amount"); }
                }
                case "totalExitPackageBand" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 12, k); band(v, "totalExitPackage"); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 1 << 2, "date");
        required(seen, 1 << 3, "kind");
        if (v2) {
            valueOrBand(seen, 1 << 4, 1 << 11, "amount", true);
            valueOrBand(seen, 1 << 7, 1 << 12, "totalExitPackage", false);
        } else {
            required(seen, 1 << 4, "amount");
        }
        pop();
        return new SpecialPayment(id, personId, date, kind, amount, contractual, statutory, exitPackage, approvalRef,
                authorisedBy, disclosed, pointer);
    }

    private Academy readAcademy(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String urn = null, name = null;
        Enums.Phase phase = null;
        Integer pupils = null;
        LocalDate joinedOn = null;
        List<OfstedInspection> ofsted = null;
        BigDecimal progress = null, inYear = null, reservesStart = null, reservesEnd = null;
        Autonomy autonomy = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "urn" -> { seen = mark(seen, 1, k); urn = text(v, true, true); }
                case "name" -> { seen = mark(seen, 1 << 1, k); name = text(v, true, true); }
                case "phase" -> { seen = mark(seen, 1 << 2, k); phase = enumValue(v, Enums.Phase.class, false); }
                case "pupils" -> { seen = mark(seen, 1 << 3, k); pupils = count(v, false); }
                case "joinedOn" -> { seen = mark(seen, 1 << 4, k); joinedOn = date(v, false); }
                case "ofsted" -> { seen = mark(seen, 1 << 5, k); ofsted = items(v, false, this::readOfsted); }
                case "progress" -> { seen = mark(seen, 1 << 6, k); progress = plain(v); }
                case "inYearRevenueBalance" -> { seen = mark(seen, 1 << 7, k); inYear = balance(v); }
                case "autonomy" -> { seen = mark(seen, 1 << 8, k); if (object(v, false)) autonomy = readAutonomy(); }
                case "revenueReservesStart" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 9, k); reservesStart = balance(v); }
                }
                case "revenueReservesEnd" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 10, k); reservesEnd = balance(v); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "urn");
        required(seen, 1 << 1, "name");
        pop();
        if (!v2) return new Academy(urn, name, phase, pupils, joinedOn, orEmpty(ofsted), progress, inYear, autonomy, pointer);
        return new Academy(urn, name, phase, pupils, joinedOn, orEmpty(ofsted), progress, inYear, autonomy, reservesStart,
                reservesEnd, pointer);
    }

    private OfstedInspection readOfsted(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        LocalDate date = null;
        Enums.OfstedGrade grade = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "date" -> { seen = mark(seen, 1, k); date = date(v, true); }
                case "grade" -> { seen = mark(seen, 2, k); grade = enumValue(v, Enums.OfstedGrade.class, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "date");
        required(seen, 2, "grade");
        pop();
        return v2 ? new OfstedInspection(date, grade, pointer) : new OfstedInspection(date, grade);
    }

    private Autonomy readAutonomy() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.AutonomyLevel level = null;
        LocalDate grantedOn = null, reviewDue = null;
        Boolean criteria = null;
        Participation participates = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "level" -> { seen = mark(seen, 1, k); level = enumValue(v, Enums.AutonomyLevel.class, false); }
                case "grantedOn" -> { seen = mark(seen, 2, k); grantedOn = date(v, false); }
                case "criteriaRecorded" -> { seen = mark(seen, 4, k); criteria = bool(v); }
                case "reviewDue" -> { seen = mark(seen, 8, k); reviewDue = date(v, false); }
                case "participates" -> { seen = mark(seen, 16, k); if (object(v, false)) participates = readParticipation(); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Autonomy(level, grantedOn, criteria, reviewDue, participates);
    }

    private Participation readParticipation() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Boolean peer = null, qa = null, curriculum = null, centralFinance = null, reporting = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "peerReview" -> { seen = mark(seen, 1, k); peer = bool(v); }
                case "trustQualityAssurance" -> { seen = mark(seen, 2, k); qa = bool(v); }
                case "sharedCurriculum" -> { seen = mark(seen, 4, k); curriculum = bool(v); }
                case "centralFinance" -> { seen = mark(seen, 8, k); centralFinance = bool(v); }
                case "trustDataReporting" -> { seen = mark(seen, 16, k); reporting = bool(v); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Participation(peer, qa, curriculum, centralFinance, reporting);
    }

    private Growth readGrowth(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String urn = null;
        LocalDate proposedOn = null, boardApprovedOn = null, joinedOn = null, capacityAssessedOn = null;
        Map<Enums.DueDiligenceArea, Enums.DueDiligenceStatus> dd = null;
        BigDecimal inheritedDeficit = null;
        Boolean fundingAgreed = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "academyUrn" -> { seen = mark(seen, 1, k); urn = text(v, true, true); }
                case "proposedOn" -> { seen = mark(seen, 1 << 1, k); proposedOn = date(v, false); }
                case "boardApprovedOn" -> { seen = mark(seen, 1 << 2, k); boardApprovedOn = date(v, false); }
                case "joinedOn" -> { seen = mark(seen, 1 << 3, k); joinedOn = date(v, false); }
                case "dueDiligence" -> { seen = mark(seen, 1 << 4, k); if (object(v, false)) dd = readDueDiligence(); }
                case "inheritedDeficit" -> { seen = mark(seen, 1 << 5, k); inheritedDeficit = amount(v, false); }
                case "deficitFundingAgreed" -> { seen = mark(seen, 1 << 6, k); fundingAgreed = bool(v); }
                case "capacityAssessedOn" -> { seen = mark(seen, 1 << 7, k); capacityAssessedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "academyUrn");
        pop();
        return new Growth(urn, proposedOn, boardApprovedOn, joinedOn, dd == null ? Collections.emptyMap() : dd,
                inheritedDeficit, fundingAgreed, capacityAssessedOn, pointer);
    }

    private Map<Enums.DueDiligenceArea, Enums.DueDiligenceStatus> readDueDiligence() {
        push();
        EnumMap<Enums.DueDiligenceArea, Enums.DueDiligenceStatus> out = new EnumMap<>(Enums.DueDiligenceArea.class);
        int seen = 0;
        Set<String> unk = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            Enums.DueDiligenceArea area = null;
            try {
                area = Enums.DueDiligenceArea.valueOf(k);
            } catch (IllegalArgumentException e) {
                if (unk == null) unk = new HashSet<>(4);
                if (!unk.add(k)) problem(here(), "duplicate key " + quote(k));
                problem(here(), "unknown due-diligence area " + quote(k) + "; expected one of " + names(Enums.DueDiligenceArea.class));
                skip(v);
                continue;
            }
            seen = mark(seen, 1 << area.ordinal(), k);
            Enums.DueDiligenceStatus status = enumValue(v, Enums.DueDiligenceStatus.class, false);
            if (status != null) out.put(area, status);
        }
        pop();
        return Collections.unmodifiableMap(out);
    }

    private Notice readNotice(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, urn = null;
        Enums.NoticeKind kind = null;
        LocalDate issuedOn = null, liftedOn = null, publishedOn = null, knownUntil = null;
        List<NoticeCondition> conditions = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "kind" -> { seen = mark(seen, 1 << 1, k); kind = enumValue(v, Enums.NoticeKind.class, true); }
                case "academyUrn" -> { seen = mark(seen, 1 << 2, k); urn = text(v, false, true); }
                case "issuedOn" -> { seen = mark(seen, 1 << 3, k); issuedOn = date(v, true); }
                case "liftedOn" -> { seen = mark(seen, 1 << 4, k); liftedOn = date(v, false); }
                case "publishedOn" -> { seen = mark(seen, 1 << 5, k); publishedOn = date(v, false); }
                case "knownUntil" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 6, k); knownUntil = date(v, false); }
                }
                case "conditions" -> {
                    if (!v2) unk = unknown(unk, k, v);
                    else { seen = mark(seen, 1 << 7, k); conditions = items(v, false, this::readCondition); }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 1 << 1, "kind");
        required(seen, 1 << 3, "issuedOn");
        pop();
        if (!v2) return new Notice(id, kind, urn, issuedOn, liftedOn, publishedOn, pointer);
        return new Notice(id, kind, urn, issuedOn, liftedOn, publishedOn, knownUntil, conditions, pointer);
    }

    private NoticeCondition readCondition(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, partyId = null;
        Enums.ConditionKind kind = null;
        LocalDate dueOn = null, metOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "kind" -> { seen = mark(seen, 2, k); kind = enumValue(v, Enums.ConditionKind.class, true); }
                case "partyId" -> { seen = mark(seen, 4, k); partyId = text(v, false, true); }
                case "dueOn" -> { seen = mark(seen, 8, k); dueOn = date(v, false); }
                case "metOn" -> { seen = mark(seen, 16, k); metOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 2, "kind");
        if (kind == Enums.ConditionKind.STOP_PAYMENTS && !given(seen, 4, "partyId")) {
            problem(at("partyId"), ((seen & 4) != 0 ? MISSING_NULL : MISSING) + "; a STOP_PAYMENTS condition names the party not to be paid");
        }
        pop();
        return new NoticeCondition(id, kind, partyId, dueOn, metOn, pointer);
    }

    // ====================================================================== version 2 members

    private static final String SECTIONS;
    static {
        StringBuilder sb = new StringBuilder();
        for (Section x : Section.values()) sb.append(sb.length() == 0 ? "" : ", ").append(x.key());
        SECTIONS = sb.toString();
    }

    /** {@code coverage} (contract v2 2.1): known section names only. */
    private Map<Section, Coverage.Entry> readCoverage() {
        push();
        Map<Section, Coverage.Entry> out = new EnumMap<>(Section.class);
        int seen = 0;
        Set<String> unk = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            Section section = Section.byKey(k);
            if (section == null) {
                if (unk == null) unk = new HashSet<>(4);
                if (!unk.add(k)) problem(here(), "duplicate key " + quote(k));
                problem(here(), "unknown coverage section " + quote(k) + "; expected one of " + SECTIONS);
                skip(v);
                continue;
            }
            seen = mark(seen, 1 << section.ordinal(), k);
            if (object(v, true)) {
                Coverage.Entry e = readCoverageEntry();
                if (e != null) out.put(section, e);
            }
        }
        pop();
        return out;
    }

    private Coverage.Entry readCoverageEntry() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Boolean complete = null;
        String source = null, asAt = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "complete" -> {
                    seen = mark(seen, 1, k);
                    if (v == Event.VALUE_NULL) problem(here(), MISSING_NULL);
                    else complete = bool(v);
                }
                case "source" -> { seen = mark(seen, 2, k); source = text(v, false, false); }
                case "asAt" -> {
                    seen = mark(seen, 4, k);
                    // informational, kept as given: a date or a month (contract v2 3.2)
                    if (v == Event.VALUE_STRING) {
                        String s = p.getString();
                        if (parseDate(s) != null || parseMonth(s) != null) asAt = s;
                        else problem(here(), quote(s) + " is not a date in the form YYYY-MM-DD or YYYY-MM");
                    } else if (v != Event.VALUE_NULL) {
                        wrongType("a date string (YYYY-MM-DD or YYYY-MM)", v);
                    }
                }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "complete");
        pop();
        return complete == null ? null : new Coverage.Entry(complete, source, asAt);
    }

    private Policies readPolicies() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Policies.ProcurementPolicy procurement = null;
        Policies.ExpensesPolicy expenses = null;
        Policies.GagPooling pooling = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "procurement" -> { seen = mark(seen, 1, k); if (object(v, false)) procurement = readProcurementPolicy(); }
                case "expenses" -> { seen = mark(seen, 2, k); if (object(v, false)) expenses = readExpensesPolicy(); }
                case "gagPooling" -> { seen = mark(seen, 4, k); if (object(v, false)) pooling = readGagPooling(); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Policies(procurement, expenses, pooling);
    }

    private Policies.ProcurementPolicy readProcurementPolicy() {
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal quote = null, tender = null, written = null;
        Integer minimumQuotes = null;
        LocalDate approvedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "quoteThreshold" -> { seen = mark(seen, 1, k); quote = amount(v, false); }
                case "tenderThreshold" -> { seen = mark(seen, 2, k); tender = amount(v, false); }
                case "writtenContractThreshold" -> { seen = mark(seen, 4, k); written = amount(v, false); }
                case "minimumQuotes" -> { seen = mark(seen, 8, k); minimumQuotes = atLeast(v, 1); }
                case "approvedOn" -> { seen = mark(seen, 16, k); approvedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Policies.ProcurementPolicy(quote, tender, written, minimumQuotes, approvedOn);
    }

    private Policies.ExpensesPolicy readExpensesPolicy() {
        push();
        int seen = 0;
        Set<String> unk = null;
        BigDecimal mileage = null, approval = null, gift = null, hospitality = null;
        LocalDate approvedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "mileageRate" -> { seen = mark(seen, 1, k); mileage = amount(v, false); }
                case "approvalRequiredAbove" -> { seen = mark(seen, 2, k); approval = amount(v, false); }
                case "giftLimit" -> { seen = mark(seen, 4, k); gift = amount(v, false); }
                case "hospitalityPerHeadLimit" -> { seen = mark(seen, 8, k); hospitality = amount(v, false); }
                case "approvedOn" -> { seen = mark(seen, 16, k); approvedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Policies.ExpensesPolicy(mileage, approval, gift, hospitality, approvedOn);
    }

    private Policies.GagPooling readGagPooling() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Boolean pools = null, appeals = null;
        LocalDate approvedOn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "pools" -> { seen = mark(seen, 1, k); pools = bool(v); }
                case "appealsMechanism" -> { seen = mark(seen, 2, k); appeals = bool(v); }
                case "approvedOn" -> { seen = mark(seen, 4, k); approvedOn = date(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return new Policies.GagPooling(pools, appeals, approvedOn);
    }

    private Transfer readTransfer(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        String id = null, approvalRef = null;
        LocalDate date = null, boardApprovedOn = null, declaredOn = null;
        FundsEnd from = null, to = null;
        BigDecimal amount = null;
        Enums.Fund fund = null;
        Enums.FundUse use = null;
        Enums.TransferPurpose purpose = null;
        Boolean disclosed = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "id" -> { seen = mark(seen, 1, k); id = text(v, true, true); }
                case "date" -> { seen = mark(seen, 1 << 1, k); date = date(v, true); }
                case "from" -> { seen = mark(seen, 1 << 2, k); if (object(v, true)) from = readFundsEnd(); }
                case "to" -> { seen = mark(seen, 1 << 3, k); if (object(v, true)) to = readFundsEnd(); }
                case "amount" -> { seen = mark(seen, 1 << 4, k); amount = amount(v, false); }
                case "amountBand" -> { seen = mark(seen, 1 << 5, k); band(v, "amount"); }
                case "fund" -> { seen = mark(seen, 1 << 6, k); fund = enumValue(v, Enums.Fund.class, false); }
                case "use" -> { seen = mark(seen, 1 << 7, k); use = enumValue(v, Enums.FundUse.class, false); }
                case "purpose" -> { seen = mark(seen, 1 << 8, k); purpose = enumValue(v, Enums.TransferPurpose.class, false); }
                case "boardApprovedOn" -> { seen = mark(seen, 1 << 9, k); boardApprovedOn = date(v, false); }
                case "approvalRef" -> { seen = mark(seen, 1 << 10, k); approvalRef = text(v, false, true); }
                case "declaredOn" -> { seen = mark(seen, 1 << 11, k); declaredOn = date(v, false); }
                case "disclosedInAccounts" -> { seen = mark(seen, 1 << 12, k); disclosed = bool(v); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "id");
        required(seen, 1 << 1, "date");
        required(seen, 1 << 2, "from");
        required(seen, 1 << 3, "to");
        valueOrBand(seen, 1 << 4, 1 << 5, "amount", true);
        pop();
        return new Transfer(id, date, from, to, amount, fund, use, purpose, boardApprovedOn, approvalRef, declaredOn, disclosed,
                pointer);
    }

    /** A transfer end: {@code ACADEMY} with academyUrn, {@code CENTRE}, or {@code PARTY} with partyId. */
    private FundsEnd readFundsEnd() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Enums.FundsEndKind kind = null;
        String urn = null, partyId = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "kind" -> { seen = mark(seen, 1, k); kind = enumValue(v, Enums.FundsEndKind.class, true); }
                case "academyUrn" -> { seen = mark(seen, 2, k); urn = text(v, false, true); }
                case "partyId" -> { seen = mark(seen, 4, k); partyId = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "kind");
        if (kind == Enums.FundsEndKind.ACADEMY && !given(seen, 2, "academyUrn")) {
            problem(at("academyUrn"), ((seen & 2) != 0 ? MISSING_NULL : MISSING) + "; an ACADEMY end names its academy");
        } else if (kind == Enums.FundsEndKind.PARTY && !given(seen, 4, "partyId")) {
            problem(at("partyId"), ((seen & 4) != 0 ? MISSING_NULL : MISSING) + "; a PARTY end names its party");
        }
        pop();
        return kind == null ? null : new FundsEnd(kind, kind == Enums.FundsEndKind.ACADEMY ? urn : null,
                kind == Enums.FundsEndKind.PARTY ? partyId : null);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CentralServicesCharge readCharge(String pointer) {
        push();
        int seen = 0;
        Set<String> unk = null;
        LocalDate yearEnd = null;
        BigDecimal rate = null;
        Enums.ChargeBasis basis = null;
        Enums.ChargeMethod method = null;
        String urn = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "yearEnd" -> { seen = mark(seen, 1, k); yearEnd = day(v, true); }
                case "ratePercent" -> { seen = mark(seen, 2, k); rate = within(v, true, BigDecimal.ZERO, HUNDRED); }
                case "basis" -> { seen = mark(seen, 4, k); basis = enumValue(v, Enums.ChargeBasis.class, false); }
                case "method" -> { seen = mark(seen, 8, k); method = enumValue(v, Enums.ChargeMethod.class, false); }
                case "academyUrn" -> { seen = mark(seen, 16, k); urn = text(v, false, true); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 1, "yearEnd");
        required(seen, 2, "ratePercent");
        pop();
        return new CentralServicesCharge(yearEnd, rate, basis, method, urn, pointer);
    }

    private PayBenchmark readPayBenchmark() {
        push();
        int seen = 0;
        Set<String> unk = null;
        String source = null;
        LocalDate dataYearEnd = null;
        Object[] peer = null;
        Enums.PayMeasure measure = null;
        BigDecimal p95Pay = null, p95Share = null;
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "source" -> { seen = mark(seen, 1, k); source = text(v, false, false); }
                case "dataYearEnd" -> { seen = mark(seen, 2, k); dataYearEnd = day(v, true); }
                case "peerGroup" -> { seen = mark(seen, 4, k); if (object(v, false)) peer = readPeerGroup(); }
                case "measure" -> { seen = mark(seen, 8, k); measure = enumValue(v, Enums.PayMeasure.class, true); }
                case "p95Pay" -> { seen = mark(seen, 16, k); p95Pay = amount(v, true); }
                case "p95ShareOfGag" -> { seen = mark(seen, 32, k); p95Share = within(v, true, BigDecimal.ZERO, BigDecimal.ONE); }
                default -> unk = unknown(unk, k, v);
            }
        }
        required(seen, 2, "dataYearEnd");
        required(seen, 8, "measure");
        required(seen, 16, "p95Pay");
        required(seen, 32, "p95ShareOfGag");
        pop();
        return new PayBenchmark(source, dataYearEnd, peer == null ? null : (Enums.PeerGroupType) peer[0],
                peer == null ? null : (Integer) peer[1], peer == null ? null : (Integer) peer[2], measure, p95Pay, p95Share);
    }

    /** {@code payBenchmark.peerGroup}: type, pupilsFrom, pupilsTo. */
    private Object[] readPeerGroup() {
        push();
        int seen = 0;
        Set<String> unk = null;
        Object[] out = new Object[3];
        while (p.next() == Event.KEY_NAME) {
            String k = key();
            Event v = value();
            switch (k) {
                case "type" -> { seen = mark(seen, 1, k); out[0] = enumValue(v, Enums.PeerGroupType.class, false); }
                case "pupilsFrom" -> { seen = mark(seen, 2, k); out[1] = count(v, false); }
                case "pupilsTo" -> { seen = mark(seen, 4, k); out[2] = count(v, false); }
                default -> unk = unknown(unk, k, v);
            }
        }
        pop();
        return out;
    }

    // ============================================================== after the whole document

    static final String PERSON = "no person with that id";
    static final String PARTY = "no party with that id";
    static final String ACADEMY = "no academy with that urn";

    /** Unique ids within their lists; every reference resolves; no person listed twice in one list. */
    private void crossCheck() {
        Map<String, String> personIds = unique(people, Person::id, Person::pointer, "id");
        Map<String, String> partyIds = unique(parties, Party::id, Party::pointer, "id");
        unique(transactions, Transaction::id, Transaction::pointer, "id");
        unique(specialPayments, SpecialPayment::id, SpecialPayment::pointer, "id");
        Map<String, String> urns = unique(academies, Academy::urn, Academy::pointer, "urn");
        unique(notices, Notice::id, Notice::pointer, "id");
        // A required list that is itself missing has been reported; its references would only repeat that.
        if (people == null) personIds = null;
        if (academies == null) urns = null;

        if (governance != null) {
            String g = Governance.POINTER;
            personList(governance.members(), "/governance/members", personIds);
            personList(governance.trustees(), "/governance/trustees", personIds);
            resolve(governance.chair(), g, "/chair", personIds, PERSON);
            resolve(governance.accountingOfficer(), g, "/accountingOfficer", personIds, PERSON);
            resolve(governance.chiefFinancialOfficer(), g, "/chiefFinancialOfficer", personIds, PERSON);
            if (governance.committees() != null) {
                for (Committee c : governance.committees()) {
                    resolve(c.chair(), c.pointer(), "/chair", personIds, PERSON);
                    personList(c.members(), c.pointer() + "/members", personIds);
                }
            }
        }
        if (people != null) {
            for (Person person : people) {
                for (Interest i : person.interests()) resolve(i.partyId(), i.pointer(), "/partyId", partyIds, PARTY);
            }
        }
        if (transactions != null) {
            for (Transaction t : transactions) resolve(t.partyId(), t.pointer(), "/partyId", partyIds, PARTY);
        }
        if (pay != null) {
            for (PayRecord r : pay) resolve(r.personId(), r.pointer(), "/personId", personIds, PERSON);
        }
        if (specialPayments != null) {
            for (SpecialPayment s : specialPayments) resolve(s.personId(), s.pointer(), "/personId", personIds, PERSON);
        }
        if (notices != null) {
            for (Notice n : notices) resolve(n.academyUrn(), n.pointer(), "/academyUrn", urns, ACADEMY);
        }
        if (growth != null) {
            // A joiner appears in academies[] only once it has joined.
            for (Growth gr : growth) {
                if (gr.joinedOn() != null || months.containsKey(gr.pointer() + "/joinedOn")) {
                    resolve(gr.academyUrn(), gr.pointer(), "/academyUrn", urns, ACADEMY);
                }
            }
        }
        if (v2) new V2Checks(this, document(null), personIds, partyIds, urns).run();
    }

    /** id -> pointer of its item; reports repeats. An absent list gives an empty map (nothing to refer to). */
    <T> Map<String, String> unique(List<T> items, Function<T, String> id, Function<T, String> pointer, String field) {
        if (items == null) return Collections.emptyMap();
        Map<String, String> seen = new HashMap<>(Math.max(16, items.size() * 2));
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) continue;
            String first = seen.putIfAbsent(key, pointer.apply(item));
            if (first != null) {
                problem(pointer.apply(item) + "/" + field, "duplicate " + field + " " + quote(key) + " (first at " + first + ")");
            }
        }
        return seen;
    }

    /** The pointer ({@code base + member}) is only built for a dangling reference. */
    void resolve(String ref, String base, String member, Map<String, String> targets, String noSuch) {
        if (ref == null || ref.isEmpty() || targets == null) return;  // absent, or already reported as empty
        if (!targets.containsKey(ref)) problem(base + member, "dangling reference " + quote(ref) + ": " + noSuch);
    }

    private void personList(List<String> ids, String base, Map<String, String> personIds) {
        if (ids == null) return;
        Map<String, Integer> first = ids.size() > 8 ? new HashMap<>() : null;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) continue;
            int before = -1;
            if (first != null) {
                Integer f = first.putIfAbsent(id, i);
                if (f != null) before = f;
            } else {
                for (int j = 0; j < i; j++) if (id.equals(ids.get(j))) { before = j; break; }
            }
            if (before >= 0) {
                problem(base + "/" + i, "person " + quote(id) + " is listed twice (first at " + base + "/" + before + ")");
            } else {
                if (personIds != null && !personIds.containsKey(id)) {
                    problem(base + "/" + i, "dangling reference " + quote(id) + ": " + PERSON);
                }
            }
        }
    }
}
