package org.matrisk.engine.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The catalogue of a pack read from its DRL text, without compiling a rule base: what {@code matrisk rules},
 * {@code explain} and docs/rules.md need, in milliseconds rather than the seconds a compilation takes.
 *
 * <p>The pack itself is read as always ({@link RulePack}: its manifest's sha256 check, its parameter files).
 * Each rule's {@code @} annotations are read from the text and evaluated as the DRL compiler evaluates them
 * (a string literal is its text with Java escapes resolved, {@code +} joins string literals, an integer is an
 * {@link Integer}, {@code true}/{@code false} a {@link Boolean}, an annotation without a value is null, any
 * other value its source text). The metadata then goes through the same checks and the same conversion into
 * {@link RuleMeta} as a compiled pack's ({@link PackCompiler#check}), so the catalogue and every metadata
 * problem (with file and line) are those {@link PackCompiler#compile} gives. What only a compilation finds
 * (a constraint or consequence that does not compile) is not found here.
 *
 * <p>The reader knows as much DRL as it needs to find rules and their annotations: comments ({@code //},
 * {@code /* *}{@code /}, {@code #}), string and character literals, {@code package}, {@code rule} and
 * {@code query} declarations (name, attributes, annotations, then a body that ends at the first {@code end}
 * after {@code then}, as the DRL parser ends a consequence), {@code declare ... end} and
 * {@code function ... { }} blocks. A file it cannot follow (an unterminated string, comment or rule) is
 * refused, naming the file and line.
 */
public final class PackMetadata {
    private PackMetadata() {}

    /**
     * The catalogue of {@code pack}'s rules, from their metadata, without compiling them.
     * @throws RulePackException listing every problem (file and line), as {@link PackCompiler#compile} lists
     *         metadata and parameter-name problems
     */
    public static RuleCatalog catalog(RulePack pack) {
        RuleCatalog built = prebuilt(pack);
        return built != null ? built : read(pack);
    }

    /** The resource the build writes beside this class: the built-in pack's catalogue (engine/src/build/java/PrecompileBuiltinPack.java). */
    static final String PREBUILT = "builtin-catalog.bin";

    /** The same resource's path below a class-path root (where the build writes it). */
    public static final String PREBUILT_PATH = "org/matrisk/engine/pack/" + PREBUILT;

    /**
     * The catalogue the build read from the built-in pack and wrote beside this class ({@link #writeCatalog}), when
     * {@code pack} is that pack (the same sha256: its files as the manifest lists them); else null. The build read
     * it with {@link #read}, so it is the catalogue read would give, without reading the DRL text again (~30 % of
     * {@code matrisk rules}). A plain format of its own (Java serialization of the records took longer than it saved).
     */
    static RuleCatalog prebuilt(RulePack pack) {
        try (java.io.InputStream raw = PackMetadata.class.getResourceAsStream(PREBUILT)) {
            return raw == null ? null : readCatalog(raw, pack.sha256());
        } catch (java.io.IOException | RuntimeException e) {
            return null; // read from the text instead
        }
    }

    /** The catalogue {@link #writeCatalog} wrote, or null when it was written for another pack than {@code sha256}'s. */
    private static RuleCatalog readCatalog(java.io.InputStream raw, String sha256) throws java.io.IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(raw));
        if (!sha256.equals(in.readUTF())) return null;
        int n = in.readInt();
        List<RuleMeta> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = text(in);
            org.matrisk.assessment.Area area = org.matrisk.assessment.Area.valueOf(in.readUTF());
            org.matrisk.assessment.Severity severity = org.matrisk.assessment.Severity.valueOf(in.readUTF());
            RuleMeta.Scope scope = RuleMeta.Scope.valueOf(in.readUTF());
            String title = text(in), message = text(in), condition = text(in), example = text(in);
            org.matrisk.assessment.Reference reference = in.readBoolean()
                    ? new org.matrisk.assessment.Reference(text(in), text(in), text(in), text(in)) : null;
            List<String> parameters = texts(in), requires = texts(in);
            String file = text(in), requirement = text(in);
            int gaps = in.readInt();
            List<CoverageGap> coverage = gaps < 0 ? null : new ArrayList<>(gaps);
            for (int g = 0; g < gaps; g++) {
                String items = text(in);
                List<org.matrisk.model.Section> sections = new ArrayList<>();
                for (String key : texts(in)) sections.add(org.matrisk.model.Section.valueOf(key));
                coverage.add(new CoverageGap(items, List.copyOf(sections)));
            }
            int since = in.readInt();
            List<String> seeAlso = texts(in);
            rules.add(new RuleMeta(id, area, severity, scope, title, message, condition, example, reference, parameters, requires,
                    file, requirement, coverage == null ? null : List.copyOf(coverage), since, seeAlso));
        }
        return new RuleCatalog(rules);
    }

    /** Build time: writes {@code pack}'s catalogue, as {@link #read} gives it, for {@link #prebuilt}. */
    public static void writeCatalog(RulePack pack, java.nio.file.Path dir) throws java.io.IOException {
        RuleCatalog c = read(pack);
        java.nio.file.Path file = dir.resolve(PREBUILT_PATH);
        java.nio.file.Files.createDirectories(file.getParent());
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
            out.writeUTF(pack.sha256());
            out.writeInt(c.size());
            for (RuleMeta r : c.rules()) {
                text(out, r.id());
                out.writeUTF(r.area().name());
                out.writeUTF(r.severity().name());
                out.writeUTF(r.scope().name());
                text(out, r.title()); text(out, r.message()); text(out, r.condition()); text(out, r.example());
                out.writeBoolean(r.reference() != null);
                if (r.reference() != null) {
                    text(out, r.reference().source()); text(out, r.reference().edition());
                    text(out, r.reference().paragraph()); text(out, r.reference().url());
                }
                texts(out, r.parameters()); texts(out, r.requires());
                text(out, r.file()); text(out, r.requirement());
                out.writeInt(r.coverage() == null ? -1 : r.coverage().size());
                if (r.coverage() != null) for (CoverageGap g : r.coverage()) {
                    text(out, g.items());
                    texts(out, g.sections().stream().map(Enum::name).toList());
                }
                out.writeInt(r.since());
                texts(out, r.seeAlso());
            }
        }
        try (java.io.InputStream back = java.nio.file.Files.newInputStream(file)) {
            RuleCatalog read = readCatalog(back, pack.sha256());
            if (read == null || !c.rules().equals(read.rules())) throw new IllegalStateException("the catalogue written to " + file + " reads back differently");
        }
    }

    private static String text(java.io.DataInputStream in) throws java.io.IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void text(java.io.DataOutputStream out, String s) throws java.io.IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    private static List<String> texts(java.io.DataInputStream in) throws java.io.IOException {
        int n = in.readInt();
        if (n < 0) return null;
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(in.readUTF());
        return List.copyOf(out);
    }

    private static void texts(java.io.DataOutputStream out, List<String> list) throws java.io.IOException {
        out.writeInt(list == null ? -1 : list.size());
        if (list != null) for (String s : list) out.writeUTF(s);
    }

    /** The catalogue read from the pack's DRL text (what {@link #catalog} gives when nothing was prebuilt for the pack). */
    static RuleCatalog read(RulePack pack) {
        List<String> problems = new ArrayList<>();
        List<PackCompiler.Declared> rules = new ArrayList<>();
        Map<String, List<PackCompiler.Location>> declared = new HashMap<>();
        for (RulePack.Source s : pack.sources()) {
            String file = pack.displayPath(s);
            PackCompiler.index(file, s, declared);
            try {
                rules.addAll(new Reader(file, s.text()).rules());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new RulePackException(pack.origin(), problems);
        RuleCatalog catalog = PackCompiler.check(pack, rules, declared, problems);
        if (!problems.isEmpty()) throw new RulePackException(pack.origin(), problems);
        return catalog;
    }

    /** Every rule and query of one DRL text with its metadata, in the order declared (for tests). */
    static List<PackCompiler.Declared> rules(String file, String drl) {
        return new Reader(file, drl).rules();
    }

    /**
     * The value of an annotation's source text {@code (...)} as the DRL compiler evaluates it (an MVEL expression,
     * its source text when MVEL refuses it): string literals (either quote) joined by {@code +}, with MVEL's escapes
     * ({@code \b \t \n \f \r \" \' \\} and octal; another escape, {@code \}u included, leaves the source text);
     * an integer ({@link Integer}, or {@link Long} when larger or suffixed {@code L}); a decimal ({@link Double});
     * {@code true}, {@code false}, {@code null}; anything else is its source text.
     */
    static Object value(String source) {
        String v = source.strip();
        if (v.isEmpty() || v.equals("null")) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        if (INTEGER.matcher(v).matches()) {
            boolean l = v.endsWith("L") || v.endsWith("l");
            String digits = l ? v.substring(0, v.length() - 1) : v;
            try {
                long n = Long.parseLong(digits);
                return !l && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
            } catch (NumberFormatException tooLarge) {
                return v;
            }
        }
        if (DECIMAL.matcher(v).matches()) return Double.valueOf(v);
        // one or more string literals joined by +
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean expectLiteral = true;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (expectLiteral && (c == '"' || c == '\'')) {
                int end = closing(v, i);
                if (end < 0) return v;
                String text = unescape(v.substring(i + 1, end));
                if (text == null) return v;
                out.append(text);
                i = end + 1;
                expectLiteral = false;
            } else if (!expectLiteral && c == '+') {
                i++;
                expectLiteral = true;
            } else {
                return v;
            }
        }
        return expectLiteral ? v : out.toString();
    }

    private static final Pattern INTEGER = Pattern.compile("-?\\d+[lL]?");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+|\\d+(?=[eE]))([eE][+-]?\\d+)?");

    /** The index of the quote closing the literal opened at {@code open}, or -1. */
    private static int closing(String s, int open) {
        char q = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == q) return i;
        }
        return -1;
    }

    /** MVEL's escape sequences resolved ({@code \b \t \n \f \r \" \' \\} and octal); null for any other escape. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { out.append(c); continue; }
            if (i + 1 == s.length()) return null;
            char n = s.charAt(++i);
            switch (n) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case '"', '\'', '\\' -> out.append(n);
                default -> {
                    if (n < '0' || n > '7') return null;
                    int j = i, max = n <= '3' ? 3 : 2;
                    while (j < s.length() && j - i < max && s.charAt(j) >= '0' && s.charAt(j) <= '7') j++;
                    out.append((char) Integer.parseInt(s.substring(i, j), 8));
                    i = j - 1;
                }
            }
        }
        return out.toString();
    }

    // ---- the reader -----------------------------------------------------------------------------

    private enum Kind { IDENT, STRING, NUMBER, PUNCT, EOF }

    /** A token: its kind, source text, the value of a string literal, and its line and offsets. */
    private record Token(Kind kind, String text, int line, int start, int end) {
        boolean is(String word) { return kind == Kind.IDENT && text.equals(word); }
        boolean punct(char c) { return kind == Kind.PUNCT && text.charAt(0) == c; }
    }

    /** Reads the rules of one DRL text. */
    private static final class Reader {
        private final String file;
        private final String s;
        private int pos;
        private int line = 1;
        /** The token before the last one read: a keyword after a '.' is a member's name ({@code $p.end}). */
        private Token beforeLast;
        private Token last;

        Reader(String file, String text) {
            this.file = file;
            this.s = text;
        }

        private IllegalArgumentException error(int at, String what) {
            return new IllegalArgumentException(file + ":" + at + ": " + what);
        }

        List<PackCompiler.Declared> rules() {
            List<PackCompiler.Declared> out = new ArrayList<>();
            String pkg = "";
            Token before = null;
            for (Token t = next(); t.kind() != Kind.EOF; before = t, t = next()) {
                // a member named like a keyword (org.example.rule), or import function a.b.c
                if (dotBefore(t) || before != null && before.is("import")) continue;
                if (t.is("package")) pkg = qualifiedName(t);
                else if (t.is("rule") || t.is("query")) out.add(rule(pkg, t));
                else if (t.is("declare")) declaration(t);
                else if (t.is("function")) function(t);
            }
            return out;
        }

        /** {@code a.b.c} after {@code keyword}. */
        private String qualifiedName(Token keyword) {
            StringBuilder sb = new StringBuilder();
            Token t = next();
            if (t.kind() != Kind.IDENT) throw error(keyword.line(), keyword.text() + " without a name");
            sb.append(t.text());
            while (true) {
                Mark mark = mark();
                if (!next().punct('.')) {
                    reset(mark);
                    return sb.toString();
                }
                t = next();
                if (t.kind() != Kind.IDENT) throw error(t.line(), keyword.text() + " name ending with '.'");
                sb.append('.').append(t.text());
            }
        }

        private PackCompiler.Declared rule(String pkg, Token keyword) {
            boolean query = keyword.is("query");
            String kind = query ? "query" : "rule";
            Token nameToken = next();
            String name;
            if (nameToken.kind() == Kind.STRING) {
                String inner = nameToken.text().substring(1, nameToken.text().length() - 1);
                name = unescape(inner) == null ? inner : unescape(inner);
            }
            else if (nameToken.kind() == Kind.IDENT) name = nameToken.text();
            else throw error(keyword.line(), kind + " without a name");
            Map<String, Object> md = new LinkedHashMap<>();
            if (query) {
                // query name(parameters) @annotations conditions end
                Mark mark = mark();
                Token t = next();
                if (t.punct('(')) balanced(t, '(', ')');
                else {
                    reset(mark);
                }
                boolean conditions = false;
                int depth = 0;
                while (true) {
                    t = next();
                    if (t.kind() == Kind.EOF) throw error(keyword.line(), "query \"" + name + "\" has no end");
                    if (!conditions && t.punct('@')) {
                        annotation(md);
                        continue;
                    }
                    conditions = true;
                    if (t.punct('(') || t.punct('[') || t.punct('{')) depth++;
                    else if (t.punct(')') || t.punct(']') || t.punct('}')) depth--;
                    else if (depth <= 0 && t.is("end") && !dotBefore(t)) break;
                }
                return new PackCompiler.Declared(pkg, name, md);
            }
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) throw error(keyword.line(), "rule \"" + name + "\" has no end");
                if (t.punct('@')) annotation(md);
                else if (t.is("when")) {
                    conditions(keyword, name);
                    consequence(keyword, name);
                    break;
                } else if (t.is("then")) {
                    consequence(keyword, name);
                    break;
                }
                // else an attribute (salience 10, no-loop, agenda-group "x", timer (...)) or extends "name": not metadata
            }
            return new PackCompiler.Declared(pkg, name, md);
        }

        /** {@code @name} or {@code @name(value)} (the name may be qualified); the {@code @} is read. */
        private void annotation(Map<String, Object> md) {
            Token n = next();
            if (n.kind() != Kind.IDENT) throw error(n.line(), "an annotation without a name");
            String name = n.text();
            Mark mark = mark();
            Token t = next();
            while (t.punct('.')) {
                Token part = next();
                if (part.kind() != Kind.IDENT) throw error(part.line(), "an annotation name ending with '.'");
                name += "." + part.text();
                mark = mark();
                t = next();
            }
            if (!t.punct('(')) {
                reset(mark);
                md.put(name, null);
                return;
            }
            Token close = balanced(t, '(', ')');
            md.put(name, annotationValue(s.substring(t.end(), close.start())));
        }

        /** Reads up to the token closing {@code open} (nested pairs counted) and returns it. */
        private Token balanced(Token open, char o, char c) {
            int depth = 1;
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) throw error(open.line(), "'" + o + "' without its closing '" + c + "'");
                if (t.punct(o)) depth++;
                else if (t.punct(c) && --depth == 0) return t;
            }
        }

        /**
         * As the compiler takes an annotation: {@code key = value, ...} pairs are a map of their source texts when
         * more than one, else the value of the key {@code value} evaluated (null for another key); a single value
         * is evaluated.
         */
        private Object annotationValue(String inside) {
            List<String> parts = splitTopLevel(inside);
            Map<String, Object> pairs = new LinkedHashMap<>();
            for (String p : parts) {
                java.util.regex.Matcher m = PAIR.matcher(p);
                if (!m.matches()) return value(inside);
                pairs.put(m.group(1), m.group(2).strip());
            }
            if (pairs.size() > 1) return pairs;
            Object v = pairs.get("value");
            return v == null ? null : value(v.toString());
        }

        private static final Pattern PAIR = Pattern.compile("(?s)\\s*([A-Za-z_$][\\w$]*)\\s*=(?!=)(.*)");

        /** Splits at commas outside brackets and literals. */
        private static List<String> splitTopLevel(String text) {
            List<String> out = new ArrayList<>();
            int depth = 0, from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = closing(text, i);
                    if (end < 0) break;
                    i = end;
                } else if (c == '(' || c == '[' || c == '{') depth++;
                else if (c == ')' || c == ']' || c == '}') depth--;
                else if (c == ',' && depth == 0) {
                    out.add(text.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(text.substring(from));
            return out;
        }

        /** Skips a rule's conditions: up to {@code then} outside parentheses. */
        private void conditions(Token keyword, String name) {
            int depth = 0;
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) throw error(keyword.line(), "rule \"" + name + "\" has no then");
                if (t.punct('(') || t.punct('[') || t.punct('{')) depth++;
                else if (t.punct(')') || t.punct(']') || t.punct('}')) depth--;
                else if (depth <= 0 && t.is("then") && !dotBefore(t)) return;
            }
        }

        /** Skips a consequence (and any named consequences after it): up to the first {@code end}, as the DRL parser does. */
        private void consequence(Token keyword, String name) {
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) throw error(keyword.line(), "rule \"" + name + "\" has no end");
                if (t.is("end")) return;
            }
        }

        /** {@code declare ... end} (a type, an entry point or a window): skipped. */
        private void declaration(Token keyword) {
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) throw error(keyword.line(), "declare without its end");
                if (t.is("end") && !dotBefore(t)) return;
            }
        }

        /** {@code function type name(...) { ... }}: skips to the closing brace of its body. */
        private void function(Token keyword) {
            Token t = next();
            while (!t.punct('{')) {
                if (t.kind() == Kind.EOF) throw error(keyword.line(), "function without a body");
                t = next();
            }
            balanced(t, '{', '}');
        }

        /** True when {@code t}, the token last read, follows a '.' (a member named like a keyword: {@code $p.end}). */
        private boolean dotBefore(Token t) {
            if (t != last) throw new IllegalStateException("not the last token read");
            return beforeLast != null && beforeLast.punct('.');
        }

        private record Mark(int pos, int line, Token beforeLast, Token last) {}

        private Mark mark() { return new Mark(pos, line, beforeLast, last); }

        private void reset(Mark m) {
            pos = m.pos();
            line = m.line();
            beforeLast = m.beforeLast();
            last = m.last();
        }

        /** The next token, past blanks and comments. */
        private Token next() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') { line++; pos++; }
                else if (Character.isWhitespace(c)) pos++;
                else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '/' || c == '#') {
                    while (pos < s.length() && s.charAt(pos) != '\n') pos++;
                } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '*') {
                    int start = line;
                    int end = s.indexOf("*/", pos + 2);
                    if (end < 0) throw error(start, "a comment /* without its closing */");
                    count(pos, end + 2);
                    pos = end + 2;
                } else break;
            }
            beforeLast = last;
            if (pos >= s.length()) return last = new Token(Kind.EOF, "", line, pos, pos);
            int start = pos, startLine = line;
            char c = s.charAt(pos);
            Kind kind;
            if (Character.isJavaIdentifierStart(c)) {
                while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) pos++;
                kind = Kind.IDENT;
            } else if (Character.isDigit(c)) {
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == '_')) pos++;
                kind = Kind.NUMBER;
            } else if (c == '"' && s.startsWith("\"\"\"", pos)) {
                int end = pos + 3;
                while (end < s.length() && !s.startsWith("\"\"\"", end)) end += s.charAt(end) == '\\' ? 2 : 1;
                if (end >= s.length()) throw error(startLine, "a text block \"\"\" without its closing \"\"\"");
                pos = end + 3;
                count(start, pos);
                kind = Kind.STRING;
            } else if (c == '"' || c == '\'') {
                int end = closing(s, pos);
                if (end < 0) throw error(startLine, "a " + (c == '"' ? "string" : "quoted text") + " without its closing " + c);
                pos = end + 1;
                count(start, pos);
                kind = Kind.STRING;
            } else {
                pos++;
                kind = Kind.PUNCT;
            }
            return last = new Token(kind, s.substring(start, pos), startLine, start, pos);
        }

        private void count(int from, int to) {
            for (int i = from; i < to; i++) if (s.charAt(i) == '\n') line++;
        }
    }
}
