package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.knowledge.KnowledgeBase;

/** P-03: the validation checks, against the tc40 examples and one focused case per check. */
class ConsistencyChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String SUBMITTED_ON = "2024-06-30";

    private static KnowledgeBase knowledge;
    private static ConsistencyChecks checks;

    @BeforeAll
    static void loadKnowledgeBase() {
        knowledge = new KnowledgeBase(RuleSetFiles.fromDirectory(Path.of(".")).files(), JSON);
        checks = new ConsistencyChecks(knowledge);
    }

    // ---------------------------------------------------------------- examples of the case catalogue

    @Nested
    class Examples {

        @ParameterizedTest
        @ValueSource(strings = {
                "tc40a-invalid-experience-exceeds-elapsed.json",
                "tc40c-invalid-hours-inconsistent.json",
                "tc40e-invalid-date-order-label-unknown-level.json"})
        void findingsAreExactlyTheExpectedOnes(String file) throws IOException {
            JsonNode example = example(file);
            List<String> expected = new ArrayList<>();
            example.path("expected").path("validationFindings")
                    .forEach(f -> expected.add(f.path("code").asText() + " " + f.path("path").asText()));

            assertThat(codesAndPaths(checks.check(example.path("application"))))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void tc40aExperienceExceedsElapsed() throws IOException {
            assertThat(codesAndPaths(checks.check(example("tc40a-invalid-experience-exceeds-elapsed.json").path("application"))))
                    .containsExactly("EXPERIENCE_EXCEEDS_ELAPSED /experience");
        }

        @Test
        void tc40cHoursInconsistent() throws IOException {
            assertThat(codesAndPaths(checks.check(example("tc40c-invalid-hours-inconsistent.json").path("application"))))
                    .containsExactly("HOURS_INCONSISTENT /qualifications/0/hours");
        }

        @Test
        void tc40eInTheOrderOfValidationCodes() throws IOException {
            assertThat(codesAndPaths(checks.check(example("tc40e-invalid-date-order-label-unknown-level.json").path("application"))))
                    .containsExactly(
                            "UNKNOWN_LEVEL /qualifications/1/level",
                            "DATE_ORDER /qualifications/0/awardedOn",
                            "CODE_LABEL_MISMATCH /occupation/title");
        }

        private JsonNode example(String file) throws IOException {
            try (InputStream in = ConsistencyChecksTest.class.getResourceAsStream("/evidence/" + file)) {
                assertThat(in).as(file).isNotNull();
                return JSON.readTree(in);
            }
        }
    }

    @Test
    void aConsistentApplicationHasNoFinding() {
        ObjectNode app = application();
        ObjectNode q = qualification(app);
        q.put("framework", "EQF").put("level", 6).put("startedOn", "2015-09-01").put("awardedOn", "2019-06-30")
                .put("durationYears", 4).put("ects", 240);
        experience(app, "2019-07-01", null).put("responsibleChargeMonths", 12);

        assertThat(checks.check(app)).isEmpty();
    }

    @Test
    void findingsFollowTheOrderOfValidationCodesThenDocumentOrder() {
        ObjectNode app = application();
        app.put("agreement", "NO-SUCH-AGREEMENT");
        occupation(app).put("isco08", "2222");
        qualification(app).put("awardedOn", "2024-07-01").put("framework", "EQF").put("level", 9);
        qualification(app).put("framework", "XX-NONE");
        experience(app, "2024-07-01", null);

        List<ValidationFinding> findings = checks.check(app);

        assertThat(codesAndPaths(findings)).containsExactly(
                "UNKNOWN_AGREEMENT /agreement",
                "UNKNOWN_FRAMEWORK /qualifications/1/framework",
                "UNKNOWN_LEVEL /qualifications/0/level",
                "DATE_ORDER /qualifications/0/awardedOn",
                "DATE_ORDER /experience/0/from",
                "CODE_LABEL_MISMATCH /occupation/title");
        List<String> codeOrder = new ArrayList<>();
        knowledge.records("validation-codes", "checks").forEach(c -> codeOrder.add(c.path("code").asText()));
        assertThat(findings).extracting(ValidationFinding::code).isSortedAccordingTo(
                (a, b) -> Integer.compare(codeOrder.indexOf(a), codeOrder.indexOf(b)));
        assertThat(findings).allSatisfy(f -> assertThat(f.detail()).isNotBlank());
    }

    // ---------------------------------------------------------------- one focused test per check

    @Test
    void unknownAgreement() {
        ObjectNode app = application();
        app.put("agreement", "ASEAN-MRA-ENG-2005");
        assertThat(checks.check(app)).isEmpty();

        app.put("agreement", "ASEAN-MRA-ENG-2025");
        assertThat(codesAndPaths(checks.check(app))).containsExactly("UNKNOWN_AGREEMENT /agreement");
    }

    @Test
    void unknownOccupationAtEveryCode() {
        ObjectNode app = application();
        occupation(app).put("isco08", "9999").remove("title");
        qualification(app).put("occupation", "2142");
        qualification(app).put("occupation", "0000");
        array(app, "registrations").addObject().put("jurisdiction", "PH").put("occupation", "9998").put("status", "ACTIVE");
        experience(app, "2020-01-01", "2020-12-31").put("occupation", "9997");

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "UNKNOWN_OCCUPATION /occupation/isco08",
                "UNKNOWN_OCCUPATION /qualifications/1/occupation",
                "UNKNOWN_OCCUPATION /registrations/0/occupation",
                "UNKNOWN_OCCUPATION /experience/0/occupation");
    }

    @Test
    void unknownFrameworkIncludesFrameworksNotUsableInApplications() {
        ObjectNode app = application();
        qualification(app).put("framework", "PH-PQF").put("level", 6);
        qualification(app).put("framework", "XX-NONE").put("level", 6);
        qualification(app).put("framework", "AQRF").put("level", 6);
        qualification(app).put("framework", "QF-EHEA").put("level", 1);

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "UNKNOWN_FRAMEWORK /qualifications/1/framework",
                "UNKNOWN_FRAMEWORK /qualifications/2/framework",
                "UNKNOWN_FRAMEWORK /qualifications/3/framework");
    }

    @Test
    void unknownLevelOnlyAgainstAKnownFramework() {
        ObjectNode app = application();
        qualification(app).put("framework", "EQF").put("level", 8);
        qualification(app).put("framework", "EQF").put("level", 9);
        qualification(app).put("framework", "NL-NLQF").put("level", 0);
        qualification(app).put("framework", "ES-MECES").put("level", 5);
        qualification(app).put("level", 12);
        qualification(app).put("framework", "SADCQF").put("level", 12);

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "UNKNOWN_FRAMEWORK /qualifications/5/framework",
                "UNKNOWN_LEVEL /qualifications/1/level",
                "UNKNOWN_LEVEL /qualifications/3/level");
    }

    @Test
    void unknownStandardIsNeitherRegionalStandardNorBenchmarkHomeQualification() {
        ObjectNode app = application();
        qualification(app).put("standard", "CA-RS-FV");
        qualification(app).put("standard", "BD-NSC3-WELD");
        qualification(app).put("standard", "SA-WELD-L3");
        qualification(app).put("standard", "ca-rs-fv");

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "UNKNOWN_STANDARD /qualifications/2/standard",
                "UNKNOWN_STANDARD /qualifications/3/standard");
    }

    @Nested
    class DateOrder {

        @Test
        void awardOnSubmittedOnPassesTheDayAfterFails() {
            ObjectNode app = application();
            qualification(app).put("awardedOn", SUBMITTED_ON);
            qualification(app).put("awardedOn", "2024-07-01");

            assertThat(codesAndPaths(checks.check(app))).containsExactly("DATE_ORDER /qualifications/1/awardedOn");
        }

        @Test
        void startAfterAwardIsReportedOnTheAward() {
            ObjectNode app = application();
            qualification(app).put("startedOn", "2019-06-30").put("awardedOn", "2019-06-30");
            qualification(app).put("startedOn", "2019-07-01").put("awardedOn", "2019-06-30");
            qualification(app).put("startedOn", "2025-01-01").put("awardedOn", "2024-12-31");

            assertThat(codesAndPaths(checks.check(app))).containsExactly(
                    "DATE_ORDER /qualifications/1/awardedOn",
                    "DATE_ORDER /qualifications/2/awardedOn");
        }

        @Test
        void experienceFromAfterToIsReportedOnTo() {
            ObjectNode app = application();
            experience(app, "2020-01-01", "2020-01-01");
            experience(app, "2020-01-02", "2020-01-01");

            assertThat(codesAndPaths(checks.check(app))).containsExactly("DATE_ORDER /experience/1/to");
        }

        @Test
        void everyDateOfTheHistoryAfterSubmissionIsReportedOnItsField() {
            ObjectNode app = application();
            array(app, "registrations").addObject().put("jurisdiction", "PH").put("occupation", "2142")
                    .put("status", "ACTIVE").put("registeredOn", "2024-07-01").put("goodStandingIssuedOn", "2024-07-02");
            array(app, "designations").addObject().put("scheme", "ACPE").put("status", "ACTIVE")
                    .put("registeredOn", "2024-07-01");
            experience(app, "2024-07-01", null);
            experience(app, "2024-01-01", "2024-07-01");
            array(app, "lifelongLearning").addObject().put("title", "Course").put("completedOn", "2024-07-01");

            assertThat(codesAndPaths(checks.check(app))).containsExactly(
                    "DATE_ORDER /registrations/0/registeredOn",
                    "DATE_ORDER /registrations/0/goodStandingIssuedOn",
                    "DATE_ORDER /designations/0/registeredOn",
                    "DATE_ORDER /experience/0/from",
                    "DATE_ORDER /experience/1/to",
                    "DATE_ORDER /lifelongLearning/0/completedOn");
        }

        @Test
        void datesOnSubmittedOnPass() {
            ObjectNode app = application();
            array(app, "registrations").addObject().put("jurisdiction", "PH").put("occupation", "2142")
                    .put("status", "ACTIVE").put("registeredOn", SUBMITTED_ON).put("goodStandingIssuedOn", SUBMITTED_ON);
            array(app, "designations").addObject().put("scheme", "ACPE").put("status", "ACTIVE")
                    .put("registeredOn", SUBMITTED_ON);
            experience(app, SUBMITTED_ON, SUBMITTED_ON);
            array(app, "lifelongLearning").addObject().put("title", "Course").put("completedOn", SUBMITTED_ON);

            assertThat(checks.check(app)).isEmpty();
        }

        @Test
        void oneFindingPerFieldEvenWithTwoReasons() {
            ObjectNode app = application();
            experience(app, "2024-07-03", "2024-07-02");

            assertThat(codesAndPaths(checks.check(app))).containsExactly(
                    "DATE_ORDER /experience/0/from",
                    "DATE_ORDER /experience/0/to");
        }

        @Test
        void procedureEventsAndEvidenceDatesAreNotCompared() {
            ObjectNode app = application();
            app.putObject("procedure").putArray("events").addObject().put("event", "NOTIFIED").put("on", "2024-09-01");
            qualification(app).put("awardedOn", "2019-06-30").putObject("evidence")
                    .put("kind", "ISSUER_CONFIRMATION").put("issuedOn", "2024-08-01");

            assertThat(checks.check(app)).isEmpty();
        }
    }

    @Nested
    class ExperienceExceedsElapsed {

        @Test
        void twoFullTimePeriodsOverlappingOneDayFail() {
            ObjectNode app = application();
            experience(app, "2020-01-01", "2020-06-30");
            experience(app, "2020-06-30", "2020-12-31");

            assertThat(codesAndPaths(checks.check(app))).containsExactly("EXPERIENCE_EXCEEDS_ELAPSED /experience");
        }

        @Test
        void touchingFullTimePeriodsPass() {
            ObjectNode app = application();
            experience(app, "2020-01-01", "2020-06-30");
            experience(app, "2020-07-01", "2020-12-31");

            assertThat(checks.check(app)).isEmpty();
        }

        @Test
        void halfPlusHalfPasses() {
            ObjectNode app = application();
            experience(app, "2020-01-01", "2020-12-31").put("fte", new BigDecimal("0.5"));
            experience(app, "2020-03-01", null).put("fte", new BigDecimal("0.5"));

            assertThat(checks.check(app)).isEmpty();
        }

        @Test
        void halfPlusPointSixFails() {
            ObjectNode app = application();
            experience(app, "2020-01-01", "2020-12-31").put("fte", new BigDecimal("0.5"));
            experience(app, "2020-12-31", null).put("fte", new BigDecimal("0.6"));

            assertThat(codesAndPaths(checks.check(app))).containsExactly("EXPERIENCE_EXCEEDS_ELAPSED /experience");
        }

        @Test
        void anOngoingPeriodEndsOnSubmittedOn() {
            ObjectNode app = application();
            experience(app, "2015-01-01", null);
            experience(app, SUBMITTED_ON, SUBMITTED_ON).put("fte", new BigDecimal("0.1"));

            assertThat(codesAndPaths(checks.check(app))).containsExactly("EXPERIENCE_EXCEEDS_ELAPSED /experience");
        }

        @Test
        void threeThirdsOverManyYearsPass() {
            ObjectNode app = application();
            experience(app, "1990-01-01", null).put("fte", new BigDecimal("0.33"));
            experience(app, "1995-01-01", "2020-12-31").put("fte", new BigDecimal("0.33"));
            experience(app, "2000-01-01", null).put("fte", new BigDecimal("0.34"));

            assertThat(checks.check(app)).isEmpty();
        }
    }

    @Nested
    class ResponsibleCharge {

        @Test
        void exactlyTheRoundedUpMonthsPassOneMoreFails() {
            // 2020-01-15 + 2 months = 2020-03-15 = to + 1 day: exactly 2 months
            assertThat(responsibleCharge("2020-01-15", "2020-03-14", "2")).isEmpty();
            assertThat(responsibleCharge("2020-01-15", "2020-03-14", "3"))
                    .containsExactly("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE /experience/0/responsibleChargeMonths");
        }

        @Test
        void aStartedMonthCountsAsAWholeOne() {
            // two months and six days round up to 3
            assertThat(responsibleCharge("2020-01-15", "2020-03-20", "3")).isEmpty();
            assertThat(responsibleCharge("2020-01-15", "2020-03-20", "3.01"))
                    .containsExactly("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE /experience/0/responsibleChargeMonths");
        }

        @Test
        void monthEndClampingCountsAsAWholeMonth() {
            // 2020-01-31 + 1 month = 2020-02-29 = to + 1 day
            assertThat(responsibleCharge("2020-01-31", "2020-02-28", "1")).isEmpty();
            assertThat(responsibleCharge("2020-01-31", "2020-02-28", "1.5"))
                    .containsExactly("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE /experience/0/responsibleChargeMonths");
        }

        @Test
        void anOngoingPeriodEndsOnSubmittedOn() {
            // 2024-01-01 to 2024-06-30 is exactly 6 months
            assertThat(responsibleCharge("2024-01-01", null, "6")).isEmpty();
            assertThat(responsibleCharge("2024-01-01", null, "7"))
                    .containsExactly("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE /experience/0/responsibleChargeMonths");
        }

        private List<String> responsibleCharge(String from, String to, String months) {
            ObjectNode app = application();
            experience(app, from, to).put("capacity", "RESPONSIBLE_CHARGE")
                    .put("responsibleChargeMonths", new BigDecimal(months));
            return codesAndPaths(checks.check(app));
        }
    }

    @Test
    void hoursInconsistentOnlyWhenTheSumExceedsTheTotal() {
        ObjectNode app = application();
        hours(qualification(app), "4600", "2300", "2300");
        hours(qualification(app), "4600", "2300", "2300.01");
        hours(qualification(app), null, "5000", "5000");
        hours(qualification(app), "100", null, "500");

        assertThat(codesAndPaths(checks.check(app))).containsExactly("HOURS_INCONSISTENT /qualifications/1/hours");
    }

    @Test
    void workloadFrom45To75EctsPerFullTimeYear() {
        ObjectNode app = application();
        workload(qualification(app), "4", "180");      // 45 a year
        workload(qualification(app), "4", "300");      // 75 a year
        workload(qualification(app), "4", "179.96");   // 44.99 a year
        workload(qualification(app), "4", "300.04");   // 75.01 a year
        workload(qualification(app), "3", "400").put("fullTime", false);
        workload(qualification(app), "1.5", "67.5");   // 45 a year
        workload(qualification(app), "3", "300").put("fullTime", true);
        qualification(app).put("ects", 30);
        qualification(app).put("durationYears", 3);

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "WORKLOAD_INCONSISTENT /qualifications/2/ects",
                "WORKLOAD_INCONSISTENT /qualifications/3/ects",
                "WORKLOAD_INCONSISTENT /qualifications/6/ects");
    }

    @Test
    void duplicateCodeOnEveryRepetition() {
        ObjectNode app = application();
        ArrayNode first = qualification(app).putArray("matters");
        for (String code : List.of("A", "B", "A", "C", "A")) {
            first.addObject().put("code", code);
        }
        ArrayNode second = qualification(app).putArray("matters");
        second.addObject().put("code", "A");
        second.addObject().put("code", "B");

        assertThat(codesAndPaths(checks.check(app))).containsExactly(
                "DUPLICATE_CODE /qualifications/0/matters/2",
                "DUPLICATE_CODE /qualifications/0/matters/4");
    }

    @Nested
    class CodeLabelMismatch {

        @ParameterizedTest
        @ValueSource(strings = {
                "2222|Civil engineer",
                "2222|CIVIL ENGINEER",
                "2142|Registered nurse",
                "2221|Hairdresser"})
        void titleWithAnotherCodesKeywordAndNoneOfItsOwnFails(String codeAndTitle) {
            assertThat(codesAndPaths(checks.check(titled(codeAndTitle))))
                    .containsExactly("CODE_LABEL_MISMATCH /occupation/title");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "2142|Civil engineer",
                "2142|Structural Engineer",
                "3112|Civil engineering technician",
                "2264|Kinésithérapeute",
                "2142|Ingeniero de caminos",
                "2221|Nurse and midwife"})
        void titleWithOneOfItsOwnKeywordsOrNoKeywordPasses(String codeAndTitle) {
            assertThat(checks.check(titled(codeAndTitle))).isEmpty();
        }

        @Test
        void noTitleNoCheck() {
            ObjectNode app = application();
            occupation(app).remove("title");
            assertThat(checks.check(app)).isEmpty();
        }

        private ObjectNode titled(String codeAndTitle) {
            String[] parts = codeAndTitle.split("\\|");
            ObjectNode app = application();
            occupation(app).put("isco08", parts[0]).put("title", parts[1]);
            return app;
        }
    }

    // ---------------------------------------------------------------- builders

    /** A minimal schema-valid application with no finding: a civil engineer, PH to SG, submitted 2024-06-30. */
    private static ObjectNode application() {
        ObjectNode app = JSON.createObjectNode();
        app.put("reference", "T-P03");
        app.put("submittedOn", SUBMITTED_ON);
        app.put("purpose", "PRACTICE");
        app.put("home", "PH");
        app.put("host", "SG");
        app.putObject("occupation").put("isco08", "2142").put("title", "Civil engineer");
        return app;
    }

    private static ObjectNode occupation(ObjectNode app) {
        return (ObjectNode) app.get("occupation");
    }

    private static ObjectNode qualification(ObjectNode app) {
        return array(app, "qualifications").addObject().put("title", "Qualification").put("country", "PH");
    }

    private static ObjectNode experience(ObjectNode app, String from, String to) {
        ObjectNode e = array(app, "experience").addObject()
                .put("jurisdiction", "PH").put("occupation", "2142").put("capacity", "EMPLOYED").put("from", from);
        if (to != null) {
            e.put("to", to);
        }
        return e;
    }

    private static ObjectNode hours(ObjectNode qualification, String total, String theory, String practical) {
        ObjectNode hours = qualification.putObject("hours");
        if (total != null) {
            hours.put("total", new BigDecimal(total));
        }
        if (theory != null) {
            hours.put("theory", new BigDecimal(theory));
        }
        if (practical != null) {
            hours.put("practical", new BigDecimal(practical));
        }
        return qualification;
    }

    private static ObjectNode workload(ObjectNode qualification, String durationYears, String ects) {
        return qualification.put("durationYears", new BigDecimal(durationYears)).put("ects", new BigDecimal(ects));
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        return parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field);
    }

    private static List<String> codesAndPaths(List<ValidationFinding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.path()).toList();
    }
}
