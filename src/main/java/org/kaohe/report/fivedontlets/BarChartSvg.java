package org.kaohe.report.fivedontlets;

import static org.kaohe.report.fivedontlets.FiveDontLetsHtml.esc;

import java.util.Arrays;
import java.util.List;
import org.kaohe.discipline.DontLet;

/**
 * An inline SVG clustered bar chart for the web page: one group per category (section or month), one bar per
 * don't-let in the workbook charts' colours, integer ticks, a legend; each bar carries its count as a tooltip.
 */
final class BarChartSvg {

    private static final int BAR = 14;
    private static final int GROUP = DontLet.values().length * BAR + 24;
    private static final int LEFT = 44;
    private static final int TOP = 34;
    private static final int PLOT = 200;
    private static final int LEGEND_ITEM = 110;

    private final Labels labels;

    BarChartSvg(Labels labels) {
        this.labels = labels;
    }

    String render(String title, List<String> categories, List<int[]> values) {
        int width = Math.max(LEFT + categories.size() * GROUP + 16, LEFT + DontLet.values().length * LEGEND_ITEM);
        int height = TOP + PLOT + 70;
        int max = Math.max(1, values.stream().flatMapToInt(Arrays::stream).max().orElse(0));
        int step = Math.max(1, (max + 4) / 5);
        int top = step * ((max + step - 1) / step);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(esc(title)).append("\">\n");
        svg.append("<text x=\"").append(width / 2).append("\" y=\"18\" text-anchor=\"middle\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>\n");
        for (int t = 0; t <= top; t += step) {
            int y = TOP + PLOT - t * PLOT / top;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 8)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ccc\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(t).append("</text>\n");
        }
        for (int i = 0; i < categories.size(); i++) {
            int x0 = LEFT + i * GROUP + 12;
            for (DontLet d : DontLet.values()) {
                int v = values.get(i)[d.ordinal()];
                int h = v * PLOT / top;
                svg.append("<rect x=\"").append(x0 + d.ordinal() * BAR).append("\" y=\"").append(TOP + PLOT - h)
                        .append("\" width=\"").append(BAR - 2).append("\" height=\"").append(h)
                        .append("\" fill=\"#").append(Palette.hex(d)).append("\"><title>")
                        .append(esc(labels.get("fdl.chart.bar", categories.get(i), labels.brief(d), String.valueOf(v)))).append("</title></rect>");
            }
            svg.append("<text x=\"").append(x0 + DontLet.values().length * BAR / 2).append("\" y=\"")
                    .append(TOP + PLOT + 18).append("\" text-anchor=\"middle\">").append(esc(categories.get(i)))
                    .append("</text>\n");
        }
        int legendY = TOP + PLOT + 46;
        for (DontLet d : DontLet.values()) {
            int x = LEFT + d.ordinal() * LEGEND_ITEM;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(legendY - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"#").append(Palette.hex(d)).append("\"/>")
                    .append("<text x=\"").append(x + 18).append("\" y=\"").append(legendY).append("\">")
                    .append(esc(labels.brief(d))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }
}
