package org.mutualrecognition.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.RuleAnnotationClause;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Every DMN model of one rule-set version, compiled at run time with the plain KIE DMN engine (no Kogito generated
 * code, so archived rule-set versions are compiled and evaluated exactly like the current one).
 *
 * <p>{@link #evaluate} returns a decision's value together with the table rows that produced it: rule id, file and
 * row number, and the row's {@code legalBasis} annotation. Instances are immutable and thread-safe; each call uses
 * its own DMN context and collects the matched rows of its own thread only.
 *
 * <p>Results are remembered per (model, decision, inputs) for the life of the compiled rule set
 * ({@link TableResultMemo}): a table is a pure function of its inputs, unless its model calls FEEL's {@code now()} or
 * {@code today()} (such a model is never remembered), and kie-dmn interprets tables row by row, which made the
 * table evaluations 38 % of a decision (bench/README.md). A remembered result is recorded in the trace exactly as an
 * evaluated one.
 */
public final class DecisionTables {

    /** Name of the annotation column every table row carries. */
    public static final String LEGAL_BASIS = "legalBasis";

    private final Map<String, byte[]> dmnFiles;
    private final DMNRuntime runtime;
    private final Map<String, ModelInfo> models;
    private final ThreadLocal<List<AfterEvaluateDecisionTableEvent>> tableEvents = new ThreadLocal<>();
    private final TableResultMemo memo = new TableResultMemo();
    private final boolean remember;
    /** Models whose results depend on the day they are evaluated (FEEL now() / today()): never remembered. */
    private final Set<String> clockReaders;

    /**
     * Compiles every {@code *.dmn} of a rule set.
     *
     * @param files rule-set files keyed by path, e.g. {@code decision-tables/eu-art11-level.dmn} (see
     *              {@link RuleSetFiles#files()}); other files are ignored
     * @throws DecisionTableException when a model does not compile, or two models share a name
     */
    public DecisionTables(Map<String, byte[]> files) {
        this(files, true);
    }

    /**
     * Tables that evaluate every call and remember nothing: the reference behaviour the remembered results are tested
     * and measured against (RememberedTablesDecisionTest, the JMH benchmarks).
     */
    public static DecisionTables withoutMemory(Map<String, byte[]> files) {
        return new DecisionTables(files, false);
    }

    private DecisionTables(Map<String, byte[]> files, boolean remember) {
        this.remember = remember;
        Map<String, byte[]> dmn = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".dmn")) {
                dmn.put(path, content);
            }
        });
        this.dmnFiles = Collections.unmodifiableMap(dmn);

        List<Resource> resources = new ArrayList<>();
        dmn.forEach((path, content) -> {
            Resource resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(path);
            resource.setResourceType(ResourceType.DMN);
            resources.add(resource);
        });
        this.runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromResources(resources)
                .getOrElseThrow(e -> new DecisionTableException("DMN models of the rule set do not compile",
                        List.of(String.valueOf(e.getMessage()))));

        Map<String, ModelInfo> byName = new TreeMap<>();
        for (DMNModel model : runtime.getModels()) {
            List<String> errors = messages(model.getMessages(DMNMessage.Severity.ERROR));
            String path = model.getResource() == null ? null : model.getResource().getSourcePath();
            if (!errors.isEmpty()) {
                throw new DecisionTableException("DMN model " + model.getName() + " (" + path + ") has errors", errors);
            }
            ModelInfo previous = byName.put(model.getName(), ModelInfo.of(path, model));
            if (previous != null) {
                throw new DecisionTableException("two DMN models are named " + model.getName(),
                        List.of(previous.path(), String.valueOf(path)));
            }
        }
        this.models = Collections.unmodifiableMap(byName);
        Set<String> readers = new TreeSet<>();
        byName.forEach((name, info) -> {
            if (info.path() != null && dmn.containsKey(info.path())
                    && readsClock(new String(dmn.get(info.path()), StandardCharsets.UTF_8))) {
                readers.add(name);
            }
        });
        this.clockReaders = Collections.unmodifiableSet(readers);
        runtime.addListener(new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                List<AfterEvaluateDecisionTableEvent> events = tableEvents.get();
                if (events != null) {
                    events.add(event);
                }
            }
        });
    }

    public static DecisionTables of(RuleSetFiles ruleSet) {
        return new DecisionTables(ruleSet.files());
    }

    /**
     * Whether these tables were compiled from exactly the {@code *.dmn} files among {@code files}: the same paths, byte
     * for byte. Tables depend on nothing else, so another rule-set version with the same DMN files (a policy edit of
     * rules or reference data only) can decide with these tables as they are instead of compiling its own.
     */
    public boolean compiledFrom(Map<String, byte[]> files) {
        int dmnCount = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".dmn")) {
                dmnCount++;
                byte[] compiled = dmnFiles.get(file.getKey());
                if (compiled == null || !Arrays.equals(compiled, file.getValue())) {
                    return false;
                }
            }
        }
        return dmnCount == dmnFiles.size();
    }

    /**
     * {@code tables} when they were {@link #compiledFrom compiled from} exactly the DMN files among {@code files}, so a
     * rule set with those files can decide with them instead of compiling its own; empty otherwise or when null.
     */
    public static Optional<DecisionTables> reusableFor(DecisionTables tables, Map<String, byte[]> files) {
        return tables != null && tables.compiledFrom(files) ? Optional.of(tables) : Optional.empty();
    }

    /** Names of the compiled models (the DMN {@code definitions/@name}, e.g. {@code eu-art11-level}). */
    public Set<String> modelNames() {
        return models.keySet();
    }

    /** The rule-set path a model was read from, e.g. {@code decision-tables/eu-art11-level.dmn}. */
    public String path(String modelName) {
        return model(modelName).path();
    }

    /**
     * Evaluates one decision (and the decisions it requires) of a model.
     *
     * @param inputs input data by name; an input left out counts as null. Java integers may be given for numbers.
     * @throws IllegalArgumentException when the model or the decision does not exist, or an input name is not an
     *                                  input data of the model (a typo would otherwise read as null)
     * @throws DecisionTableException   when the evaluation reports an error (an input of the wrong type or outside the
     *                                  input values, two rows of a UNIQUE table matching, a FEEL error ...)
     */
    public TableResult evaluate(String modelName, String decisionName, Map<String, ?> inputs) {
        TableResultMemo.Key key = !remember || clockReaders.contains(modelName) ? null
                : TableResultMemo.key(modelName, decisionName, inputs);
        TableResult tableResult = key == null ? null : memo.get(key);
        if (tableResult == null) {
            tableResult = evaluateUncached(modelName, decisionName, inputs);
            if (key != null) {
                memo.put(key, tableResult);
            }
        }
        DecisionTrace.tableEvaluated(modelName, decisionName, inputs, tableResult);
        return tableResult;
    }

    /** The engine's evaluation, row by row; {@link #evaluate} remembers its results. */
    private TableResult evaluateUncached(String modelName, String decisionName, Map<String, ?> inputs) {
        ModelInfo info = model(modelName);
        List<String> required = info.requiredInputs(decisionName);
        if (required == null) {
            throw new IllegalArgumentException("DMN model " + modelName + " has no decision named '" + decisionName
                    + "'; decisions: " + info.decisionNames());
        }
        if (!info.inputNames().containsAll(inputs.keySet())) {
            Set<String> unknown = new TreeSet<>(inputs.keySet());
            unknown.removeAll(info.inputNames());
            throw new IllegalArgumentException("DMN model " + modelName + " has no input data " + unknown
                    + "; inputs: " + info.inputNames());
        }
        DMNContext context = runtime.newContext();
        // an input the caller leaves out is null (the engine would otherwise report a missing dependency)
        required.forEach(name -> context.set(name, null));
        inputs.forEach(context::set);

        List<AfterEvaluateDecisionTableEvent> events = new ArrayList<>();
        DMNResult result;
        tableEvents.set(events);
        try {
            result = runtime.evaluateDecisionByName(info.model(), decisionName, context);
        } finally {
            tableEvents.remove();
        }
        if (result.hasErrors()) {
            throw new DecisionTableException("evaluation of " + modelName + " / " + decisionName + " failed",
                    messages(result.getMessages(DMNMessage.Severity.ERROR)));
        }
        DMNDecisionResult decision = result.getDecisionResultByName(decisionName);
        if (decision == null || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            throw new DecisionTableException("evaluation of " + modelName + " / " + decisionName + " did not succeed ("
                    + (decision == null ? "no result" : decision.getEvaluationStatus()) + ")",
                    messages(result.getMessages()));
        }
        List<MatchedRow> rows = new ArrayList<>();
        for (AfterEvaluateDecisionTableEvent event : events) {
            rows.addAll(matchedRows(info, event));
        }
        return new TableResult(TableResultMemo.readOnly(decision.getResult()), rows);
    }

    /** True when a model's text calls FEEL's {@code now()} or {@code today()}: its results change with the day. */
    static boolean readsClock(String dmnXml) {
        return CLOCK_CALL.matcher(dmnXml).find();
    }

    private static final java.util.regex.Pattern CLOCK_CALL = java.util.regex.Pattern.compile("\\b(now|today)\\s*\\(");

    /** How many distinct calls are remembered (for tests and benchmarks). */
    int rememberedResults() {
        return memo.size();
    }

    /**
     * Runs the DMN validator over every model: XML schema, model checks and decision-table analysis (gaps, overlaps,
     * masked rules ...). Returns the messages of severity ERROR or WARN, file by file.
     */
    public List<AnalysisFinding> analyse() {
        List<AnalysisFinding> findings = new ArrayList<>();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            for (Map.Entry<String, byte[]> file : dmnFiles.entrySet()) {
                ModelInfo info = models.values().stream()
                        .filter(m -> file.getKey().equals(m.path()))
                        .findFirst().orElse(null);
                List<DMNMessage> messages;
                try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file.getValue()),
                        StandardCharsets.UTF_8)) {
                    messages = validator.validate(reader,
                            DMNValidator.Validation.VALIDATE_SCHEMA,
                            DMNValidator.Validation.VALIDATE_MODEL,
                            DMNValidator.Validation.ANALYZE_DECISION_TABLE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (DMNMessage m : messages) {
                    if (m.getSeverity() != DMNMessage.Severity.ERROR && m.getSeverity() != DMNMessage.Severity.WARN) {
                        continue;
                    }
                    TableInfo table = info == null ? null : info.tablesById().get(m.getSourceId());
                    findings.add(new AnalysisFinding(file.getKey(), m.getSeverity().name(),
                            m.getMessageType().name(),
                            table == null ? null : table.decisionName(),
                            table == null ? null : table.hitPolicy().name(),
                            m.getText()));
                }
            }
        } finally {
            validator.dispose();
        }
        return findings;
    }

    /** The rows of a table event: a table of the evaluated model, or of a model it imports. */
    private List<MatchedRow> matchedRows(ModelInfo evaluated, AfterEvaluateDecisionTableEvent event) {
        if (evaluated.owns(event)) {
            return evaluated.matchedRows(event);
        }
        for (ModelInfo other : models.values()) {
            if (event.getDecisionTableId() != null && other.tablesById().containsKey(event.getDecisionTableId())) {
                return other.matchedRows(event);
            }
        }
        throw new IllegalStateException("decision table of '" + event.getNodeName() + "' ("
                + event.getDecisionTableId() + ") not found in the rule set");
    }

    private ModelInfo model(String modelName) {
        ModelInfo info = models.get(modelName);
        if (info == null) {
            throw new IllegalArgumentException("no DMN model named '" + modelName + "'; models: " + models.keySet());
        }
        return info;
    }

    private static List<String> messages(List<DMNMessage> messages) {
        return messages.stream()
                .map(m -> m.getSeverity() + " " + m.getMessageType() + ": " + m.getText())
                .toList();
    }

    private record RuleInfo(String id, String legalBasis) {
    }

    private record TableInfo(String decisionName, HitPolicy hitPolicy, List<RuleInfo> rules) {

        /** COLLECT, RULE ORDER and OUTPUT ORDER return every match; the other hit policies one selected row. */
        boolean returnsAllMatches() {
            return hitPolicy == HitPolicy.COLLECT || hitPolicy == HitPolicy.RULE_ORDER
                    || hitPolicy == HitPolicy.OUTPUT_ORDER;
        }

        static TableInfo of(String decisionName, DecisionTable table) {
            int column = -1;
            List<RuleAnnotationClause> annotations = table.getAnnotation();
            for (int i = 0; i < annotations.size(); i++) {
                if (LEGAL_BASIS.equals(annotations.get(i).getName())) {
                    column = i;
                }
            }
            List<RuleInfo> rules = new ArrayList<>();
            for (DecisionRule rule : table.getRule()) {
                String legalBasis = column >= 0 && column < rule.getAnnotationEntry().size()
                        ? rule.getAnnotationEntry().get(column).getText()
                        : null;
                rules.add(new RuleInfo(rule.getId(), legalBasis));
            }
            return new TableInfo(decisionName, table.getHitPolicy(), List.copyOf(rules));
        }
    }

    /**
     * A compiled model and what {@link #evaluate} needs of it on every call, computed once: its tables, input and
     * decision names, and the required inputs of each decision evaluated so far.
     */
    private record ModelInfo(String path, DMNModel model, Map<String, TableInfo> tablesById,
                             Map<String, TableInfo> tablesByDecision, Set<String> inputNames, Set<String> decisionNames,
                             Map<String, List<String>> requiredInputsByDecision) {

        static ModelInfo of(String path, DMNModel model) {
            Map<String, TableInfo> byId = new HashMap<>();
            Map<String, TableInfo> byDecision = new HashMap<>();
            for (DRGElement element : model.getDefinitions().getDrgElement()) {
                Expression expression = null;
                if (element instanceof Decision decision) {
                    expression = decision.getExpression();
                } else if (element instanceof BusinessKnowledgeModel bkm && bkm.getEncapsulatedLogic() != null) {
                    expression = bkm.getEncapsulatedLogic().getExpression();
                }
                if (expression instanceof DecisionTable table) {
                    TableInfo info = TableInfo.of(element.getName(), table);
                    if (table.getId() != null) {
                        byId.put(table.getId(), info);
                    }
                    byDecision.put(element.getName(), info);
                }
            }
            Set<String> inputs = new TreeSet<>();
            model.getInputs().forEach(i -> inputs.add(i.getName()));
            Set<String> decisions = new TreeSet<>();
            model.getDecisions().forEach(d -> decisions.add(d.getName()));
            return new ModelInfo(path, model, Map.copyOf(byId), Map.copyOf(byDecision),
                    Collections.unmodifiableSet(inputs), Collections.unmodifiableSet(decisions), new ConcurrentHashMap<>());
        }

        /** Names of the input data a decision requires (directly or through other decisions); null: no such decision. */
        List<String> requiredInputs(String decisionName) {
            List<String> names = requiredInputsByDecision.get(decisionName);
            if (names == null && model.getDecisionByName(decisionName) != null) {
                names = model.getRequiredInputsForDecisionName(decisionName).stream().map(InputDataNode::getName).toList();
                requiredInputsByDecision.putIfAbsent(decisionName, names);
            }
            return names;
        }

        private TableInfo table(AfterEvaluateDecisionTableEvent event) {
            TableInfo table = event.getDecisionTableId() == null ? null : tablesById.get(event.getDecisionTableId());
            return table != null ? table : tablesByDecision.get(event.getNodeName());
        }

        boolean owns(AfterEvaluateDecisionTableEvent event) {
            return table(event) != null;
        }

        /** Event row numbers are 1-based positions in the table (checked against KIE 10.1.0). */
        List<MatchedRow> matchedRows(AfterEvaluateDecisionTableEvent event) {
            TableInfo table = table(event);
            List<Integer> rowNumbers = table.returnsAllMatches() ? event.getMatches() : event.getSelected();
            List<MatchedRow> rows = new ArrayList<>();
            for (Integer n : rowNumbers) {
                RuleInfo rule = table.rules().get(n - 1);
                rows.add(new MatchedRow(rule.id(), path + "#" + table.decisionName() + " row " + n, rule.legalBasis(),
                        table.decisionName()));
            }
            return rows;
        }
    }
}
