package org.matrisk.engine.pack;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.matrisk.assessment.Reference;

/**
 * Whether a rule's {@code reference} is a primary citation, and of which kind (docs/rule-packs.md, "References"):
 * <ul>
 * <li>{@link Kind#HANDBOOK}: {@code @source} is {@code ATH} or {@code AFH}; {@code @edition} is the edition's year
 *     (AFH 2006–2020, ATH from 2021); {@code @paragraph} starts with a paragraph number such as {@code 2.4},
 *     {@code 3.16-3.17} or {@code 2.27, 2.30}, optionally followed by a note in parentheses; {@code @url} is on gov.uk.</li>
 * <li>{@link Kind#LEGISLATION}: {@code @source} names an Act, regulations, an order or a statutory instrument
 *     ({@code Companies Act 2006}, {@code Public Contracts Regulations 2015}, {@code SI 2021/1221}); {@code @edition}
 *     holds a year; {@code @paragraph} starts with a provision ({@code s442}, {@code s495(3)-(4)}, {@code ss2A-2B},
 *     {@code reg 3(3)}, {@code Schedule 1}, {@code article 2}); {@code @url} is on legislation.gov.uk.</li>
 * <li>{@link Kind#GUIDANCE}: any other {@code @source} (the publisher and title of an official page); {@code @edition}
 *     holds a year (the date published or updated); {@code @paragraph} starts with a section: a section number
 *     ({@code 2}, {@code 6 Accountability}, {@code 4.1}), {@code Annex A}, {@code Part 2}, {@code Chapter 3},
 *     {@code Section 5}, or a heading of the page in single quotes ({@code 'Open notices'}); {@code @url} is on gov.uk.</li>
 * </ul>
 * "On gov.uk" means a host of {@code gov.uk} or ending in {@code .gov.uk} (legislation.gov.uk, assets.publishing.service.gov.uk,
 * webarchive.nationalarchives.gov.uk included). Anything else (a law firm, an aggregator mirror, the press, a code
 * repository) is a secondary source: it belongs in {@code @seeAlso}. The check reads the form only; whether the paragraph
 * says what the rule claims is recorded in docs/sources.md.
 */
public final class Citations {
    private Citations() {}

    public enum Kind { HANDBOOK, LEGISLATION, GUIDANCE }

    /** The kind the reference was judged as, and what keeps it from being a primary citation of that kind (empty: primary). */
    public record Verdict(Kind kind, List<String> problems) {
        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean primary() { return problems.isEmpty(); }

        /** {@code handbook paragraph}, {@code legislation provision}, {@code guidance section}. */
        public String label() {
            return switch (kind) {
                case HANDBOOK -> "handbook paragraph";
                case LEGISLATION -> "legislation provision";
                case GUIDANCE -> "guidance section";
            };
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern HANDBOOK_EDITION = Pattern.compile("(19|20)\\d{2}");
    private static final String PARA = "\\d+\\.\\d+[a-z]?";
    private static final Pattern HANDBOOK_PARAGRAPH = Pattern.compile(
            "^" + PARA + "(?:\\s*(?:-|–|,|and|to)\\s*" + PARA + ")*(?:\\s*\\(.+\\))?$");
    private static final Pattern STATUTE_SOURCE = Pattern.compile(
            "\\b(?:Act|Regulations|Order|Rules)\\s+(19|20)\\d{2}\\b|\\bS\\.?I\\.?\\s*(19|20)\\d{2}/\\d+");
    private static final Pattern PROVISION = Pattern.compile(
            "^(?i:s|ss|sections?|regs?|regulations?|sch|schedules?|arts?|articles?|paras?|paragraphs?)\\.?\\s*\\d+[A-Z]*\\b.*");
    private static final Pattern SECTION = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*(?=$|[\\s:;,.()\\-–])|(?:Annex|Appendix)\\s+[A-Z0-9]+\\b|(?:Part|Chapter|Section)\\s+\\d+\\b|'[^']{3,}'|‘[^’]{3,}’).*");

    public static Verdict judge(Reference r) {
        String source = r.source() == null ? "" : r.source().strip();
        String edition = r.edition() == null ? "" : r.edition().strip();
        String paragraph = r.paragraph() == null ? "" : r.paragraph().strip();
        String url = r.url() == null ? "" : r.url().strip();
        String host = host(url);
        List<String> problems = new ArrayList<>();
        if (source.equals("ATH") || source.equals("AFH")) {
            if (!HANDBOOK_EDITION.matcher(edition).matches()) problems.add("@edition \"" + edition + "\" is not a handbook year (e.g. 2024)");
            else {
                int y = Integer.parseInt(edition);
                if (source.equals("ATH") && y < 2021) problems.add("the ATH has editions from 2021 (before: AFH), not " + y);
                if (source.equals("AFH") && (y < 2006 || y > 2020)) problems.add("the AFH has editions 2006 to 2020 (from 2021: ATH), not " + y);
            }
            if (!HANDBOOK_PARAGRAPH.matcher(paragraph).matches())
                problems.add("@paragraph \"" + paragraph + "\" does not start with a paragraph number such as 2.4, 3.16-3.17 or 2.27, 2.30");
            if (!govUk(host)) problems.add(notPrimary(url));
            return new Verdict(Kind.HANDBOOK, problems);
        }
        if (STATUTE_SOURCE.matcher(source).find() || host.equals("legislation.gov.uk") || host.endsWith(".legislation.gov.uk")) {
            if (!STATUTE_SOURCE.matcher(source).find())
                problems.add("@source \"" + source + "\" does not name an Act, regulations, an order or an SI (e.g. Companies Act 2006, SI 2021/1221)");
            if (!YEAR.matcher(edition).find()) problems.add("@edition \"" + edition + "\" holds no year");
            if (!PROVISION.matcher(paragraph).matches())
                problems.add("@paragraph \"" + paragraph + "\" does not start with a provision such as s442, reg 3(3) or Schedule 1");
            if (!(host.equals("legislation.gov.uk") || host.endsWith(".legislation.gov.uk")))
                problems.add("@url " + (url.isEmpty() ? "(none)" : url) + " is not on legislation.gov.uk");
            return new Verdict(Kind.LEGISLATION, problems);
        }
        if (source.isEmpty()) problems.add("@source is blank");
        if (!YEAR.matcher(edition).find()) problems.add("@edition \"" + edition + "\" holds no year (the date the page was published or updated)");
        if (!SECTION.matcher(paragraph).matches())
            problems.add("@paragraph \"" + paragraph + "\" does not start with a section: a number (6 Accountability), Annex A, Part 2, Chapter 3 or a heading in single quotes");
        if (!govUk(host)) problems.add(notPrimary(url));
        return new Verdict(Kind.GUIDANCE, problems);
    }

    private static String notPrimary(String url) {
        return "@url " + (url.isEmpty() ? "(none)" : url) + " is not on gov.uk: a secondary source belongs in @seeAlso";
    }

    private static boolean govUk(String host) {
        return host.equals("gov.uk") || host.endsWith(".gov.uk");
    }

    /** The lower-case host of an http(s) URL, without a trailing dot; "" when it is not one. */
    static String host(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("https") || u.getScheme().equalsIgnoreCase("http"))) return "";
            String h = u.getHost();
            if (h == null) return "";
            h = h.toLowerCase(Locale.ROOT);
            return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
