package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.mutualrecognition.knowledge.KnowledgeBase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a rule set before it may decide anything: every DRL and spreadsheet table compiles (file, line, message);
 * every DMN model compiles and passes schema, model and decision-table analysis (gaps and overlaps in UNIQUE tables,
 * masked rules are errors); every rule and table row has an id and a legal basis, and no id is used twice; the
 * reference data is valid JSON.
 */
public final class RuleSetValidator {

    private final ObjectMapper mapper;
    private final RuleModelStore models;
    private final RuleModelCompiler modelCompiler;
    private final DecisionTables compiledTables;

    public RuleSetValidator(ObjectMapper mapper) {
        this(mapper, RuleModelStore.NONE, RuleModelCompiler.IN_PROCESS, null);
    }

    /**
     * A validator that compiles rules with {@code modelCompiler} and keeps their models in {@code models} (and finds those
     * kept before), and whose valid rule set decides with {@code compiledTables} (the service's, nullable) when they were
     * compiled from exactly its DMN files: the tables it compiles for the analysis are then not kept.
     */
    public RuleSetValidator(ObjectMapper mapper, RuleModelStore models, RuleModelCompiler modelCompiler,
                            DecisionTables compiledTables) {
        this.mapper = mapper;
        this.models = models;
        this.modelCompiler = modelCompiler;
        this.compiledTables = compiledTables;
    }

    public RuleSetValidation validate(RuleSetFiles files) {
        RuleSetValidation report = new RuleSetValidation();
        report.version = files.version();
        Map<String, List<String>> ids = new HashMap<>();

        RuleSetCompiler compiler = new RuleSetCompiler(mapper, models, modelCompiler);
        KieBase rules = null;
        DecisionTables tables = null;
        KnowledgeBase knowledge = null;
        try {
            rules = compiler.compileRules(files);
            for (KiePackage p : rules.getKiePackages()) {
                for (Rule rule : p.getRules()) {
                    checkRuleMetadata(rule, report, ids);
                }
            }
        } catch (RuleSetCompiler.RuleSetCompilationException e) {
            e.problems().forEach(p -> report.errors.add(new RuleSetValidation.Issue("DRL_COMPILATION", p.file(), p.line(), null, null, p.message())));
        }
        try {
            tables = new DecisionTables(files.files());
            for (AnalysisFinding f : tables.analyse()) {
                RuleSetValidation.Issue issue = new RuleSetValidation.Issue(f.type(), f.file(), null, f.decision(), null, f.message());
                boolean blocking = "ERROR".equals(f.severity()) && !f.isSkippedAnalysis()
                        || f.type().equals("DECISION_TABLE_MASKED_RULE")
                        || (f.isGapOrOverlap() && "UNIQUE".equals(f.hitPolicy()));
                (blocking ? report.errors : report.warnings).add(issue);
            }
        } catch (DecisionTableException e) {
            e.messages().forEach(m -> report.errors.add(new RuleSetValidation.Issue("DMN_COMPILATION", null, null, null, null, m)));
        } catch (RuntimeException e) {
            report.errors.add(new RuleSetValidation.Issue("DMN_COMPILATION", null, null, null, null, String.valueOf(e.getMessage())));
        }
        files.files().forEach((path, content) -> {
            if (path.endsWith(".dmn")) {
                checkTableMetadata(path, content, report, ids);
            }
        });
        try {
            knowledge = new KnowledgeBase(files.files(), mapper);
        } catch (RuntimeException e) {
            report.errors.add(new RuleSetValidation.Issue("REFERENCE_DATA", null, null, null, null, e.getMessage()));
        }
        ids.forEach((id, owners) -> {
            if (owners.size() > 1) {
                report.errors.add(new RuleSetValidation.Issue("DUPLICATE_ID", owners.get(1), null, null, id,
                        "id " + id + " is used " + owners.size() + " times: " + owners));
            }
        });
        if (report.valid() && rules != null && tables != null && knowledge != null) {
            DecisionTables deciding = DecisionTables.reusableFor(compiledTables, files.files()).orElse(tables);
            report.compiled = new CompiledRuleSet(files.version(), files, rules, deciding, knowledge);
        }
        return report;
    }

    private static void checkRuleMetadata(Rule rule, RuleSetValidation report, Map<String, List<String>> ids) {
        String source = RuleSourcesAccess.file(rule);
        Object id = rule.getMetaData().get("id");
        Object basis = rule.getMetaData().get("legalBasis");
        if (id == null || String.valueOf(id).isBlank()) {
            report.errors.add(new RuleSetValidation.Issue("MISSING_ID", source, null, null, null, "rule '" + rule.getName() + "' has no @id"));
        } else {
            ids.computeIfAbsent(String.valueOf(id), k -> new ArrayList<>()).add(source);
        }
        if (basis == null || String.valueOf(basis).isBlank()) {
            report.errors.add(new RuleSetValidation.Issue("MISSING_LEGAL_BASIS", source, null, null, id == null ? null : String.valueOf(id),
                    "rule '" + rule.getName() + "' has no @legalBasis"));
        }
    }

    private static void checkTableMetadata(String path, byte[] content, RuleSetValidation report, Map<String, List<String>> ids) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            report.errors.add(new RuleSetValidation.Issue("DMN_XML", path, null, null, null, String.valueOf(e.getMessage())));
            return;
        }
        NodeList tables = doc.getElementsByTagNameNS("*", "decisionTable");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            Element decision = (Element) table.getParentNode();
            String tableName = decision.getAttribute("name");
            int basisColumn = -1;
            NodeList annotations = children(table, "annotation");
            for (int a = 0; a < annotations.getLength(); a++) {
                if ("legalBasis".equals(((Element) annotations.item(a)).getAttribute("name"))) {
                    basisColumn = a;
                }
            }
            if (basisColumn < 0) {
                report.errors.add(new RuleSetValidation.Issue("MISSING_LEGAL_BASIS", path, null, tableName, null,
                        "decision table has no legalBasis annotation column"));
            }
            NodeList rules = children(table, "rule");
            for (int r = 0; r < rules.getLength(); r++) {
                Element rule = (Element) rules.item(r);
                String id = rule.getAttribute("id");
                if (id.isBlank()) {
                    report.errors.add(new RuleSetValidation.Issue("MISSING_ID", path, null, tableName, "row " + (r + 1), "table row has no id"));
                } else {
                    ids.computeIfAbsent(id, k -> new ArrayList<>()).add(path + "#" + tableName);
                }
                if (basisColumn >= 0) {
                    NodeList entries = children(rule, "annotationEntry");
                    String text = basisColumn < entries.getLength() ? entries.item(basisColumn).getTextContent().trim() : "";
                    if (text.isEmpty()) {
                        report.errors.add(new RuleSetValidation.Issue("MISSING_LEGAL_BASIS", path, null, tableName,
                                id.isBlank() ? "row " + (r + 1) : id, "table row has no legal basis"));
                    }
                }
            }
        }
    }

    /** Direct children with the local name (the DMN namespace prefix varies). */
    private static NodeList children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return new NodeList() {
            @Override public org.w3c.dom.Node item(int index) { return out.get(index); }
            @Override public int getLength() { return out.size(); }
        };
    }
}
