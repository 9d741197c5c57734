package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetValidation;
import org.mutualrecognition.decision.RuleSetValidator;
import org.mutualrecognition.governance.ImpactAnalysis;
import org.mutualrecognition.governance.ImpactReport;

/**
 * {@code impact <folder>}: the working copy's rules/ and decision-tables/ (the draft) against the packaged rule set
 * (or {@code --baseline <dir>}), over the folder's fixtures/ (or {@code --fixtures <dir>}).
 */
final class ImpactCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    ImpactCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path folder = null;
        Path baselineDir = null;
        Path fixtures = null;
        Path html = null;
        Path json = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--baseline" -> baselineDir = Path.of(args[++i]);
                    case "--fixtures" -> fixtures = Path.of(args[++i]);
                    case "--report" -> html = Path.of(args[++i]);
                    case "--json" -> json = Path.of(args[++i]);
                    default -> {
                        if (args[i].startsWith("--") || folder != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        folder = Path.of(args[i]);
                    }
                }
            }
        } catch (RuntimeException e) {
            err.println("impact: " + e.getMessage());
            return 2;
        }
        if (folder == null) {
            folder = Path.of(".");
        }
        if (fixtures == null) {
            fixtures = folder.resolve("fixtures");
        }
        try {
            RuleSetFiles draftFiles = RuleSetFiles.fromDirectory(folder);
            RuleSetValidation validation = new RuleSetValidator(mapper).validate(draftFiles);
            if (!validation.valid()) {
                validation.errors.forEach(i -> out.println("ERROR   " + i));
                out.println("INVALID: the draft has " + validation.errors.size() + " errors; no impact computed");
                return 1;
            }
            RuleSetCompiler compiler = new RuleSetCompiler(mapper);
            CompiledRuleSet draft = validation.compiled;
            RuleSetFiles baselineFiles = baselineDir == null ? RuleSetFiles.fromClasspath() : RuleSetFiles.fromDirectory(baselineDir);
            CompiledRuleSet baseline = baselineFiles.version().equals(draft.version()) ? draft : compiler.compile(baselineFiles);
            ImpactAnalysis analysis = new ImpactAnalysis(mapper, baseline, draft);
            analysis.fixtures(fixtureFiles(fixtures));
            ImpactReport report = analysis.report();
            for (ImpactReport.ChangedCase c : report.cases) {
                out.println(c.error() != null ? "ERROR   " + c.source() + ": " + c.error()
                        : "CHANGED " + c.source() + " " + c.route() + " " + c.outcomeBefore() + " -> " + c.outcomeAfter() + " " + c.changedFields());
            }
            report.outcomeChangesByRoute.forEach((route, changes) -> out.println("  " + route + ": " + changes));
            out.printf("impact of %s over %s: %d cases, %d changed, %d outcomes changed, %d errors%n", draft.version(),
                    baseline.version(), report.evaluated, report.changed, report.outcomeChanged, report.errors);
            if (json != null) {
                Files.writeString(json, mapper.writeValueAsString(report));
            }
            if (html != null) {
                Files.writeString(html, html(report));
            }
            return report.errors > 0 ? 2 : 0;
        } catch (Exception e) {
            err.println("impact: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, byte[]> fixtureFiles(Path fixtures) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(fixtures)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(fixtures.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String html(ImpactReport r) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Impact report</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:.3em .5em;text-align:left}.changed{background:#fff3cd}</style></head><body><h1>Impact report</h1>");
        b.append("<p>Draft ").append(r.draftVersion).append(" against ").append(r.baselineVersion).append(": ")
                .append(r.evaluated).append(" cases, ").append(r.changed).append(" changed, ").append(r.outcomeChanged)
                .append(" outcomes changed.</p><h2>Outcome changes by route</h2><table><tr><th>route</th><th>change</th><th>cases</th></tr>");
        r.outcomeChangesByRoute.forEach((route, changes) -> changes.forEach((change, n) ->
                b.append("<tr><td>").append(esc(route)).append("</td><td>").append(esc(change)).append("</td><td>").append(n).append("</td></tr>")));
        b.append("</table><h2>Changed cases</h2><table><tr><th>case</th><th>route</th><th>before</th><th>after</th><th>changed fields</th></tr>");
        for (ImpactReport.ChangedCase c : r.cases) {
            b.append("<tr class=\"changed\"><td>").append(esc(c.source())).append("</td><td>").append(esc(String.valueOf(c.route())))
                    .append("</td><td>").append(esc(String.valueOf(c.outcomeBefore()))).append("</td><td>").append(esc(String.valueOf(c.outcomeAfter())))
                    .append("</td><td>").append(esc(c.error() != null ? c.error() : String.join(", ", c.changedFields()))).append("</td></tr>");
        }
        return b.append("</table></body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
