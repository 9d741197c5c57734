package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mutualrecognition.audit.ReplayReport;
import org.mutualrecognition.audit.Replayer;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetValidation;
import org.mutualrecognition.decision.RuleSetValidator;
import org.mutualrecognition.persistence.DecisionRepository;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * {@code replay <folder>}: every case file below the folder decided and matched against its expected decision;
 * {@code replay --stored --jdbc URL}: every stored decision decided again. One line per mismatch, progress on long
 * runs, a summary, optional HTML and JSON reports.
 */
final class ReplayCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    ReplayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            err.println(Commands.USAGE);
            return 2;
        }
        try {
            RuleSetCompiler compiler = new RuleSetCompiler(mapper);
            CompiledRuleSet current = o.rules == null ? compiler.compile(RuleSetFiles.fromClasspath()) : validated(o.rules);
            if (current == null) {
                return 2;
            }
            ReplayReport report = o.stored ? replayStored(o, compiler, current) : replayFolder(o, current);
            for (ReplayReport.CaseResult c : report.cases) {
                if (!c.status().equals("IDENTICAL")) {
                    out.println(line(c));
                }
            }
            out.printf("replayed %d: %d identical, %d different, %d errors (rule set %s)%n", report.total,
                    report.identical, report.different, report.errors, current.version());
            if (o.html != null) {
                Files.writeString(o.html, HtmlReport.render(report, mapper));
            }
            if (o.json != null) {
                Files.writeString(o.json, mapper.writeValueAsString(report));
            }
            return report.errors > 0 ? 2 : report.different > 0 ? 1 : 0;
        } catch (Exception e) {
            err.println("replay: " + e.getMessage());
            return 2;
        }
    }

    /**
     * A working copy's rule set, checked as {@code validate} checks it (a rule or table row without its id or legal
     * basis, an id used twice, a DMN model or table that does not compile or is ambiguous) and compiled by the same
     * check; null, with the problems printed, when it is not valid: decisions replayed with it could cite ids no
     * auditor can trace. (The packaged rule set is checked by the build.)
     */
    private CompiledRuleSet validated(Path folder) {
        RuleSetValidation report = new RuleSetValidator(mapper).validate(RuleSetFiles.fromDirectory(folder));
        if (!report.valid()) {
            report.errors.forEach(issue -> err.println("ERROR   " + issue));
            err.printf("replay: the rule set in %s is not valid (%d errors, see validate): nothing replayed%n",
                    folder, report.errors.size());
            return null;
        }
        return report.compiled;
    }

    private ReplayReport replayFolder(Options o, CompiledRuleSet ruleSet) throws IOException {
        if (!Files.isDirectory(o.folder)) {
            throw new IOException("no such folder: " + o.folder);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(o.folder)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Replayer replayer = new Replayer(mapper);
        ReplayReport report = new ReplayReport();
        report.target = "FIXTURES";
        Progress progress = new Progress(err, files.size());
        for (Path file : files) {
            String name = o.folder.relativize(file).toString();
            JsonNode fixture;
            try {
                fixture = mapper.readTree(file.toFile());
            } catch (IOException e) {
                report.add(new ReplayReport.CaseResult(null, name, name, ruleSet.version(), "ERROR", List.of(),
                        "unreadable: " + e.getMessage()));
                progress.step();
                continue;
            }
            report.add(replayer.replayFixture(fixture, name, ruleSet));
            progress.step();
        }
        return report;
    }

    private ReplayReport replayStored(Options o, RuleSetCompiler compiler, CompiledRuleSet current) throws SQLException {
        DataSource dataSource = new DriverManagerDataSource(o.jdbc, o.user, o.password);
        try (Connection probe = dataSource.getConnection()) {
            probe.isValid(5);
        }
        DecisionRepository records = new DecisionRepository(dataSource);
        RuleSetArchive archive = new RuleSetArchive(dataSource);
        Map<String, CompiledRuleSet> cache = new HashMap<>();
        cache.put(current.version(), current);
        Replayer replayer = new Replayer(mapper);
        ReplayReport report = new ReplayReport();
        report.target = o.target;
        String targetVersion = o.target.equals("CURRENT") ? current.version() : null;
        Progress progress = new Progress(err, -1);
        records.forEachRecord(r -> {
            report.add(replayer.replayStored(r, v -> cache.computeIfAbsent(v, k -> compiler.compile(archive.load(k)
                    .orElseThrow(() -> new IllegalStateException("rule set " + k + " is not archived")))), targetVersion));
            progress.step();
        });
        return report;
    }

    private static String line(ReplayReport.CaseResult c) {
        String id = c.reference() != null ? c.reference() : c.decisionId();
        if (c.status().equals("ERROR")) {
            return "ERROR    " + c.source() + " " + id + ": " + c.error();
        }
        StringBuilder b = new StringBuilder("MISMATCH " + c.source() + " " + id + ":");
        for (ReplayReport.FieldDifference f : c.fields()) {
            b.append(" ").append(f.field()).append(" expected ").append(compact(f.before()))
                    .append(" got ").append(compact(f.after())).append(";");
        }
        return b.toString();
    }

    private static String compact(Object value) {
        String s = String.valueOf(value);
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** Progress on standard error, at most every two seconds. */
    private static final class Progress {
        private final PrintStream err;
        private final int total;
        private int done;
        private long last = System.nanoTime();

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void step() {
            done++;
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                last = now;
                err.println("... " + done + (total > 0 ? "/" + total : "") + " replayed");
            }
        }
    }

    private static final class Options {
        Path folder;
        Path rules;
        Path html;
        Path json;
        boolean stored;
        String jdbc;
        String user = "sa";
        String password = "";
        String target = "ORIGINAL";

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--stored" -> o.stored = true;
                    case "--jdbc" -> o.jdbc = value(args, ++i, a);
                    case "--user" -> o.user = value(args, ++i, a);
                    case "--password" -> o.password = value(args, ++i, a);
                    case "--target" -> o.target = value(args, ++i, a);
                    case "--rules" -> o.rules = Path.of(value(args, ++i, a));
                    case "--report" -> o.html = Path.of(value(args, ++i, a));
                    case "--json" -> o.json = Path.of(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--") || o.folder != null) {
                            throw new IllegalArgumentException("unexpected argument " + a);
                        }
                        o.folder = Path.of(a);
                    }
                }
            }
            if (o.stored == (o.folder != null)) {
                throw new IllegalArgumentException("give a folder of case files, or --stored with --jdbc");
            }
            if (o.stored && o.jdbc == null) {
                throw new IllegalArgumentException("--stored needs --jdbc <url>");
            }
            if (!o.target.equals("ORIGINAL") && !o.target.equals("CURRENT")) {
                throw new IllegalArgumentException("--target is ORIGINAL or CURRENT");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** A data source over DriverManager, enough for a command-line run. */
    private record DriverManagerDataSource(String url, String user, String password) implements DataSource {
        @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url, user, password); }
        @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url, u, p); }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public java.util.logging.Logger getParentLogger() { return java.util.logging.Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }
}
