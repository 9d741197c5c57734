package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.mutualrecognition.audit.ReplayReport;

/** A self-contained HTML page of a replay: counts, then one row per case with the differing fields highlighted. */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(ReplayReport report, ObjectMapper mapper) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Replay report</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}")
                .append(".IDENTICAL{color:#1a7f37}.DIFFERENT{color:#b35900;font-weight:bold}.ERROR{color:#c00;font-weight:bold}")
                .append(".diff{background:#fff3cd}pre{margin:0;white-space:pre-wrap;font-size:.85em}</style></head><body>")
                .append("<h1>Replay report</h1><p>Target: ").append(esc(report.target)).append(". ")
                .append(report.total).append(" cases: ").append(report.identical).append(" identical, ")
                .append(report.different).append(" different, ").append(report.errors).append(" errors.</p>")
                .append("<table><tr><th>case</th><th>status</th><th>field</th><th>expected / before</th><th>got / after</th></tr>");
        for (ReplayReport.CaseResult c : report.cases) {
            String id = c.reference() != null ? c.reference() + " (" + c.source() + ")" : c.source();
            if (c.fields().isEmpty()) {
                b.append("<tr><td>").append(esc(id)).append("</td><td class=\"").append(c.status()).append("\">")
                        .append(c.status()).append("</td><td colspan=\"3\">").append(esc(c.error() == null ? "" : c.error()))
                        .append("</td></tr>");
                continue;
            }
            int n = c.fields().size();
            for (int i = 0; i < n; i++) {
                ReplayReport.FieldDifference f = c.fields().get(i);
                b.append("<tr>");
                if (i == 0) {
                    b.append("<td rowspan=\"").append(n).append("\">").append(esc(id)).append("</td><td rowspan=\"").append(n)
                            .append("\" class=\"").append(c.status()).append("\">").append(c.status()).append("</td>");
                }
                b.append("<td class=\"diff\">").append(esc(f.field())).append("</td><td class=\"diff\"><pre>")
                        .append(esc(json(mapper, f.before()))).append("</pre></td><td class=\"diff\"><pre>")
                        .append(esc(json(mapper, f.after()))).append("</pre></td></tr>");
            }
        }
        return b.append("</table></body></html>\n").toString();
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            return String.valueOf(value);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
