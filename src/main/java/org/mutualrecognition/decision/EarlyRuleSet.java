package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;
import org.mutualrecognition.evidence.IsoDates;

/**
 * The packaged rule set, compiled and warmed on a background thread while the service boots.
 *
 * <p>Start-up used to be serial: Quarkus, Flyway, Kogito and Camel (about 2.5 s here), then the rule set compiled on
 * the main thread (about 4 s), then the first requests paid for class loading and for compiling each MVEL constraint
 * on its first evaluation (bench/README.md). {@code cli.Main} calls {@link #start()} before booting Quarkus, so
 * building the rule set (its KieBase from the model the build compiled, {@link PackagedRuleModel}, and its DMN models)
 * overlaps the boot; once built, the rule set is handed over and a few dry-run decisions (no trace, nothing stored, one
 * per kind of route) load the decision path's classes beside the first requests.
 * {@link RuleSetRegistry} takes the result if it was started, and compiles itself otherwise (tests, the command line).
 * A failed early compilation is not hidden: the registry compiles again and fails with the same error.
 */
public final class EarlyRuleSet {

    private static final Logger LOG = Logger.getLogger(EarlyRuleSet.class);

    /** Applications decided once, untraced, after compiling: one per kind of route, from the packaged case files. */
    public static final List<String> WARM_UP_CASES = List.of(
            "fixtures/asean/acc-01-window-exactly-three-years.json",
            "fixtures/aunz/au-amr-01-2021-06-30-no-procedure-part3-only.json",
            "fixtures/benchmarking/bm-01-hours-ratio-just-below-0-90-bd-sa.json",
            "fixtures/central-america/ca-01-whole-profile-certificate-without-matters-cr-pa.json",
            "fixtures/eu-experience/eu-exp-good-standing-91-days-refer.json",
            "fixtures/eu-general-system/gs-art13-4-host-without-option-level-a.json",
            "fixtures/eu-partial-access/pa01-substantial-differences-exactly-half-granted.json",
            "fixtures/eu-procedure/eu-epc-experience-month-end-deadline-day-refusal.json",
            "fixtures/eu-sectoral/eu-sect-architect-4-years-23-months-traineeship-doubt.json",
            "fixtures/eu-treaty/a33-01-exactly-three-years-counts.json",
            "fixtures/level-referencing/lr-b01-dqr6-to-france-one-to-one.json",
            "fixtures/lrc/lrc-host-not-a-party-named.json");

    private static volatile CompletableFuture<CompiledRuleSet> packaged;
    /** The number of warm-up decisions, once they are done (0 when the compilation failed). */
    private static volatile CompletableFuture<Integer> warmedUp;

    private EarlyRuleSet() {
    }

    /** Starts compiling the packaged rule set on a daemon thread; returns at once. */
    public static synchronized void start() {
        if (packaged != null) {
            return;
        }
        CompletableFuture<CompiledRuleSet> future = new CompletableFuture<>();
        CompletableFuture<Integer> warm = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long begin = System.nanoTime();
            CompiledRuleSet ruleSet;
            try {
                ruleSet = new RuleSetCompiler(JsonMapper.builder().build()).compile(RuleSetFiles.fromClasspath());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                warm.complete(0);
                return;
            }
            long compiled = System.nanoTime();
            future.complete(ruleSet); // the service may answer from here on; the warm-up runs beside it
            int warmed = 0;
            try {
                warmed = warmUp(ruleSet);
            } finally {
                warm.complete(warmed); // also when an Error ends the warm-up: the class-archive training waits for this
            }
            LOG.infof("rule set %s compiled in %d ms while the service started; %d warm-up decisions in %d ms",
                    ruleSet.version(), (compiled - begin) / 1_000_000, warmed, (System.nanoTime() - compiled) / 1_000_000);
        }, "rule-set-early-compile");
        thread.setDaemon(true);
        thread.start();
        packaged = future;
        warmedUp = warm;
    }

    /** Waits until the warm-up decisions are done; their number (0 when none was started or the compilation failed). */
    public static int awaitWarmUp() {
        CompletableFuture<Integer> warm = warmedUp;
        return warm == null ? 0 : warm.join();
    }

    /** The early-compiled rule set, waiting for it if need be; null when none was started or it failed. */
    static CompiledRuleSet take() {
        CompletableFuture<CompiledRuleSet> future = packaged;
        if (future == null) {
            return null;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            LOG.warnf("early compilation of the rule set failed (%s); compiling again", e.getCause());
            return null;
        }
    }

    /**
     * Decides the warm-up cases with {@code ruleSet}, without trace or storage, so that the first requests do not pay
     * for loading the decision path's classes; a case that cannot be read or decided is skipped. Returns how many were
     * decided.
     */
    public static int warmUp(CompiledRuleSet ruleSet) {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        DecisionEngine engine = new DecisionEngine();
        int decided = 0;
        for (String path : WARM_UP_CASES) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    continue;
                }
                JsonNode application = mapper.readTree(in).path("application");
                LocalDate date = IsoDates.parse(application.path("submittedOn").asText());
                engine.decide(application, ruleSet, new DecisionContext("warm-up", date.atStartOfDay().toInstant(ZoneOffset.UTC)));
                decided++;
            } catch (IOException | RuntimeException e) {
                LOG.debugf("warm-up case %s skipped: %s", path, e);
            }
        }
        return decided;
    }
}
