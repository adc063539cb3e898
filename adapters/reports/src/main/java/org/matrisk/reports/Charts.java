package org.matrisk.reports;

import static org.matrisk.reports.Html.esc;

import java.util.List;
import java.util.StringJoiner;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Rating;

/**
 * The summary charts of the HTML report, as inline SVG (no script, no external resource). Each area is
 * one {@code <g class="area" data-area="...">}; every bar carries a {@code <title>} (a tooltip, and
 * read by screen readers) and the chart a text description.
 */
final class Charts {
    private Charts() {}

    private static final int WIDTH = 780;
    private static final int LABEL = 210;
    private static final int BAR = 460;
    private static final int ROW = 36;
    private static final int BAR_HEIGHT = 22;
    private static final int TOP = 8;

    /** Worst first, the order of the stacked segments (left to right) and of the legend. */
    private static final List<Rating> ORDER = List.of(Rating.CRITICAL, Rating.HIGH, Rating.MEDIUM, Rating.LOW);

    static String colour(Rating r) {
        return switch (r) {
            case CRITICAL -> "#8b1a1a";
            case HIGH -> "#c2410c";
            case MEDIUM -> "#e0a100";
            case LOW -> "#2e7d32";
        };
    }

    private static String textColour(Rating r) { return r == Rating.MEDIUM ? "#1b1f24" : "#ffffff"; }

    /**
     * A batch: for each area of {@code areas}, one bar of all the trusts, stacked by the area's rating.
     * {@code counts[area][rating]} counts trusts.
     */
    static String areaRatingsStacked(int[][] counts, int trusts, List<Area> areas) {
        int height = TOP + areas.size() * ROW + 44;
        StringBuilder s = new StringBuilder(4096);
        StringJoiner desc = new StringJoiner("; ");
        for (Area a : areas) {
            StringJoiner parts = new StringJoiner(", ");
            for (Rating r : ORDER) parts.add(counts[a.ordinal()][r.ordinal()] + " " + r);
            desc.add(Text.areaLabel(a) + ": " + parts);
        }
        open(s, height, "How many trusts have each rating, by area",
                "Of " + Html.plural(trusts, "trust", "trusts") + ". " + desc + ".");
        for (int row = 0; row < areas.size(); row++) {
            Area a = areas.get(row);
            int y = TOP + row * ROW;
            s.append("<g class=\"area\" data-area=\"").append(a).append("\">");
            label(s, a, y);
            s.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#eef0f3\"/>");
            double x = LABEL;
            for (Rating r : ORDER) {
                int n = counts[a.ordinal()][r.ordinal()];
                if (n == 0) continue;
                double w = trusts == 0 ? 0 : BAR * (double) n / trusts;
                s.append("<rect class=\"seg\" data-rating=\"").append(r).append("\" data-count=\"").append(n)
                        .append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour(r)).append("\">")
                        .append("<title>").append(esc(Text.areaLabel(a))).append(": ").append(Html.plural(n, "trust", "trusts"))
                        .append(" rated ").append(r).append("</title></rect>");
                if (w >= 22) {
                    s.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(y + 16)
                            .append("\" text-anchor=\"middle\" fill=\"").append(textColour(r)).append("\" font-weight=\"700\">")
                            .append(n).append("</text>");
                }
                x += w;
            }
            s.append("</g>");
        }
        legend(s, TOP + areas.size() * ROW + 14);
        return s.append("</svg>").toString();
    }

    /**
     * One trust: each area's score (0 to 100) as a bar in the colour of the area's rating, for the areas of
     * {@code areas}; an area whose points exceed its score (the cap) says so.
     */
    static String areaScores(Rating[] ratings, int[] scores, int[] points, List<Area> areas) {
        int axis = TOP + areas.size() * ROW;
        int height = axis + 56;
        StringJoiner desc = new StringJoiner("; ");
        for (Area a : areas) desc.add(Text.areaLabel(a) + ": " + ratings[a.ordinal()] + ", score " + scores[a.ordinal()] + capped(scores, points, a));
        StringBuilder s = new StringBuilder(4096);
        open(s, height, "Score and rating of each area", "Scores run from 0 to 100. " + desc + ".");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL + BAR * tick / 100.0;
            s.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 4)
                    .append("\" y2=\"").append(axis).append("\" stroke=\"#d0d5dc\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(axis + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5a6270\">").append(tick).append("</text>");
        }
        for (int row = 0; row < areas.size(); row++) {
            Area a = areas.get(row);
            int y = TOP + row * ROW;
            Rating r = ratings[a.ordinal()] == null ? Rating.LOW : ratings[a.ordinal()];
            int score = Math.max(0, Math.min(100, scores[a.ordinal()]));
            double w = Math.max(3, BAR * score / 100.0);
            s.append("<g class=\"area\" data-area=\"").append(a).append("\" data-rating=\"").append(r)
                    .append("\" data-score=\"").append(scores[a.ordinal()]).append("\">");
            label(s, a, y);
            s.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour(r)).append("\">")
                    .append("<title>").append(esc(Text.areaLabel(a))).append(": rated ").append(r).append(", score ")
                    .append(scores[a.ordinal()]).append(esc(capped(scores, points, a))).append("</title></rect>")
                    .append("<text x=\"").append(fmt(LABEL + w + 6)).append("\" y=\"").append(y + 16).append("\" font-weight=\"700\">")
                    .append(r).append(" \u00b7 ").append(scores[a.ordinal()]).append(esc(capped(scores, points, a))).append("</text></g>");
        }
        s.append("<text x=\"").append(LABEL + BAR / 2).append("\" y=\"").append(axis + 30)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5a6270\">area score (0 to 100)</text>");
        legend(s, axis + 40);
        return s.append("</svg>").toString();
    }

    /** " (120 points)" when the area's points exceed its (capped) score, else "". */
    private static String capped(int[] scores, int[] points, Area a) {
        return points[a.ordinal()] == scores[a.ordinal()] ? "" : " (" + points[a.ordinal()] + " points)";
    }

    private static void open(StringBuilder s, int height, String title, String desc) {
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-size=\"13\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">")
                .append("<title id=\"chart-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(esc(desc)).append("</desc>");
    }

    private static void label(StringBuilder s, Area a, int y) {
        s.append("<text class=\"label\" x=\"").append(LABEL - 10).append("\" y=\"").append(y + 16)
                .append("\" text-anchor=\"end\">").append(esc(Text.areaLabel(a))).append("</text>");
    }

    private static void legend(StringBuilder s, int y) {
        s.append("<g class=\"legend\">");
        int x = LABEL;
        for (Rating r : ORDER) {
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(r)).append("\"/><text x=\"").append(x + 20).append("\" y=\"").append(y + 12).append("\">")
                    .append(r).append("</text>");
            x += 110;
        }
        s.append("</g>");
    }

    private static String fmt(double d) {
        if (d == Math.rint(d)) return Long.toString((long) d);
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
