package org.mutualrecognition.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks with JMH's own command-line options (e.g. {@code -f 1 -wi 3 -i 5 -w 2s -r 2s}; {@code -h} for
 * all), by default every benchmark of this package, then prints the ratios the issue asks for: (a)/(b), (b)/(c) and
 * the trace cost (a_trace/a_plain - 1), from the means (and medians where sampled) of this one run.
 * Run from the project root: the rule set and fixtures are read from ./rules, ./decision-tables and ./fixtures.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            if (a.equals("-h") || a.equals("-l") || a.equals("-lp") || a.equals("-lprof") || a.equals("-lrf")) {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        if (cli.getIncludes().isEmpty()) {
            builder.include(BenchMain.class.getPackageName() + "\\..*");
        }
        Options options = builder.parent(cli).build();
        Collection<RunResult> results = new Runner(options).run();
        report(results);
    }

    private record Figure(double meanNs, double medianNs) {
    }

    static void report(Collection<RunResult> results) {
        Map<String, Figure> byName = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = r.getPrimaryResult();
            double toNs = nanosPer(primary.getScoreUnit());
            Statistics stats = primary.getStatistics();
            double median = r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime
                    ? stats.getPercentile(50) * toNs : Double.NaN;
            byName.put(name, new Figure(primary.getScore() * toNs, median));
        }
        System.out.println();
        System.out.println("== Figures of this run (mean; median where sampled) ==");
        for (String name : List.of("decideWithTrace", "decide", "decideWithTraceEvaluatingTables",
                "decideWithTraceNewSessions", "decisionTables", "rememberedTable", "rawDmn", "javaMap")) {
            Figure f = byName.get(name);
            if (f != null) {
                System.out.printf(Locale.ROOT, "%-34s mean %12.3f us   median %12s us%n", name, f.meanNs / 1000,
                        Double.isNaN(f.medianNs) ? "-" : String.format(Locale.ROOT, "%.3f", f.medianNs / 1000));
            }
        }
        System.out.println("== Ratios ==");
        ratio(byName, "(a)/(b)      full decision (traced) / DecisionTables.evaluate", "decideWithTrace", "decisionTables");
        ratio(byName, "(a)/(b-raw)  full decision (traced) / raw kie-dmn", "decideWithTrace", "rawDmn");
        ratio(byName, "(b)/(b-raw)  DecisionTables.evaluate / raw kie-dmn", "decisionTables", "rawDmn");
        ratio(byName, "(b)/(c)      DecisionTables.evaluate / Java map", "decisionTables", "javaMap");
        ratio(byName, "(b-raw)/(c)  raw kie-dmn / Java map", "rawDmn", "javaMap");
        ratio(byName, "(b-mem)/(c)  remembered table result / Java map", "rememberedTable", "javaMap");
        ratio(byName, "memory       decision, tables evaluated / remembered", "decideWithTraceEvaluatingTables", "decideWithTrace");
        ratio(byName, "sessions     decision, new rule session / reused session", "decideWithTraceNewSessions", "decideWithTrace");
        Figure traced = byName.get("decideWithTrace");
        Figure plain = byName.get("decide");
        if (traced != null && plain != null) {
            System.out.printf(Locale.ROOT, "trace cost   a_trace/a_plain - 1: %+.1f %% (means), %+.1f %% (medians)%n",
                    (traced.meanNs / plain.meanNs - 1) * 100, (traced.medianNs / plain.medianNs - 1) * 100);
        }
    }

    private static void ratio(Map<String, Figure> byName, String label, String over, String under) {
        Figure a = byName.get(over);
        Figure b = byName.get(under);
        if (a != null && b != null) {
            String medians = Double.isNaN(a.medianNs) || Double.isNaN(b.medianNs) ? ""
                    : String.format(Locale.ROOT, ", %.1f x (medians)", a.medianNs / b.medianNs);
            System.out.printf(Locale.ROOT, "%-62s %10.1f x (means)%s%n", label, a.meanNs / b.meanNs, medians);
        }
    }

    private static double nanosPer(String unit) {
        String u = unit.substring(0, unit.indexOf('/'));
        return switch (u) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
