package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.mutualrecognition.decision.EarlyRuleSet;

/**
 * The training start of the service's class-data archive ({@code java -XX:ArchiveClassesAtExit=... -jar quarkus-run.jar
 * train-class-archive}, run by the build: {@code pom.xml}, README "Run it"). The service boots as it does in production,
 * decides its warm-up cases ({@link EarlyRuleSet}), answers one submission over HTTP, and stops; as it exits, the JVM
 * writes every class the start loaded into the archive, which the production command maps with
 * {@code -XX:SharedArchiveFile} instead of reading, verifying and linking those classes again (bench/README.md).
 *
 * <p>The submission is the first warm-up case under a reference of its own, posted as the demo administrator when the
 * configuration has one (the build's does) and anonymously otherwise (a 401 still goes through the HTTP layer). Exit
 * code 0 when it was answered 2xx, 1 otherwise: a build whose service cannot answer fails here.
 */
public final class ClassArchiveTraining implements QuarkusApplication {

    static final String COMMAND = "train-class-archive";

    private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);
    /** The general-system warm-up case: route discovery, tables, rules and storage. */
    private static final String CASE = EarlyRuleSet.WARM_UP_CASES.stream()
            .filter(path -> path.startsWith("fixtures/eu-general-system/")).findFirst().orElseThrow();

    @Override
    public int run(String... args) throws Exception {
        int warmed = EarlyRuleSet.awaitWarmUp();
        Config config = ConfigProvider.getConfig();
        int port = config.getValue("quarkus.http.port", Integer.class); // the port bound, also when configured as 0
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/applications"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(application()));
        Optional<String> adminPassword = config.getOptionalValue("quarkus.security.users.embedded.users.admin", String.class);
        adminPassword.ifPresent(password -> request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean answered = response.statusCode() / 100 == 2;
        LOG.infof("class-data archive training: %d warm-up decisions, one submission answered %d", warmed, response.statusCode());
        return answered ? 0 : 1;
    }

    private static byte[] application() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CASE)) {
            if (in == null) {
                throw new IOException("packaged case file missing: " + CASE);
            }
            ObjectNode application = (ObjectNode) mapper.readTree(in).path("application");
            application.put("reference", "CLASS-ARCHIVE-TRAINING-" + System.currentTimeMillis());
            return mapper.writeValueAsBytes(application);
        }
    }
}
