package org.mutualrecognition.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;

/**
 * Which file of a rule set each rule is written in. A KieBase built from the executable model does not know its rules'
 * files, and every reason cites its rule as {@code rules/eu/general-system.drl#EU-GS-010 ...}: the map is made when the
 * rule set is compiled (parsing only, no second compilation), stored in the compiled jar, and given back to the rules
 * when a KieBase is built.
 */
final class RuleSourceMap {

    private RuleSourceMap() {
    }

    /** Rule (package and name) to file, for every DRL file and spreadsheet table of a rule set. */
    static Properties of(Map<String, byte[]> ruleFiles) {
        Properties sources = new Properties();
        parse(ruleFiles).forEach((path, descr) -> {
            for (RuleDescr rule : descr.getRules()) {
                sources.setProperty(key(descr.getName(), rule.getName()), path);
            }
        });
        return sources;
    }

    /**
     * Every DRL file and spreadsheet table of a rule set, parsed (not compiled), by path. A file that does not parse is
     * left out: the maps are made after the compiler accepted every file; should one not parse here, its rules cite
     * their package instead of their file, as a rule without a known file always did.
     */
    static Map<String, PackageDescr> parse(Map<String, byte[]> ruleFiles) {
        Map<String, PackageDescr> parsed = new TreeMap<>();
        ruleFiles.forEach((path, content) -> {
            String drl;
            if (path.endsWith(".drl")) {
                drl = new String(content, StandardCharsets.UTF_8);
            } else if (path.endsWith(".drl.csv")) {
                drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), InputType.CSV);
            } else {
                return;
            }
            try {
                parsed.put(path, new DrlParser().parse(false, new StringReader(drl)));
            } catch (DroolsParserException e) {
                // left out (above)
            }
        });
        return parsed;
    }

    /** Gives each rule of a KieBase its file, as the DRL compiler does. */
    static void apply(KieBase kieBase, Properties sources) {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String path = sources.getProperty(key(rule.getPackageName(), rule.getName()));
                if (path != null && rule instanceof RuleImpl impl) {
                    Resource resource = ResourceFactory.newByteArrayResource(new byte[0]);
                    resource.setSourcePath(path);
                    impl.setResource(resource);
                }
            }
        }
    }

    /** The map as a properties file, without the date line {@link Properties#store} writes (same input, same bytes). */
    static byte[] write(Properties sources) {
        StringWriter out = new StringWriter();
        try {
            sources.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder lines = new StringBuilder();
        out.toString().lines().filter(line -> !line.startsWith("#")).sorted().forEach(line -> lines.append(line).append('\n'));
        return lines.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static Properties read(byte[] content) {
        Properties sources = new Properties();
        try {
            sources.load(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }
}
