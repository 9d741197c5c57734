package org.mutualrecognition.evidence;

import static org.mutualrecognition.evidence.ApplicationFields.after;
import static org.mutualrecognition.evidence.ApplicationFields.date;
import static org.mutualrecognition.evidence.ApplicationFields.number;
import static org.mutualrecognition.evidence.ApplicationFields.present;
import static org.mutualrecognition.evidence.ApplicationFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of P-03.2 that compare the application's facts with each other (no reference data): dates, experience
 * load, responsible charge, hours, workload and duplicate matter codes.
 */
final class FactChecks {

    private static final BigDecimal MIN_ECTS_PER_YEAR = BigDecimal.valueOf(45);
    private static final BigDecimal MAX_ECTS_PER_YEAR = BigDecimal.valueOf(75);

    private FactChecks() {
    }

    /**
     * P-03.2 DATE_ORDER: {@code startedOn} after {@code awardedOn}; experience {@code from} after {@code to}; a date
     * of the applicant's history after {@code submittedOn}. Procedure events and {@code evidence.issuedOn} are not
     * compared (P-03.3). One finding per field even when two reasons apply to it.
     */
    static void dateOrder(JsonNode application, Findings findings) {
        LocalDate submittedOn = date(application, "submittedOn");
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            LocalDate startedOn = date(q, "startedOn");
            LocalDate awardedOn = date(q, "awardedOn");
            boolean beforeStart = startedOn != null && awardedOn != null && startedOn.isAfter(awardedOn);
            if (beforeStart || after(awardedOn, submittedOn)) {
                findings.add("DATE_ORDER", "/qualifications/" + i + "/awardedOn", beforeStart
                        ? "awarded " + awardedOn + " before the start " + startedOn
                        : "awarded " + awardedOn + " after submission " + submittedOn);
            }
        }
        notAfterSubmission(application, "registrations", List.of("registeredOn", "goodStandingIssuedOn"), submittedOn, findings);
        notAfterSubmission(application, "designations", List.of("registeredOn"), submittedOn, findings);
        JsonNode experience = application.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            LocalDate from = date(experience.get(i), "from");
            LocalDate to = date(experience.get(i), "to");
            if (after(from, submittedOn)) {
                findings.add("DATE_ORDER", "/experience/" + i + "/from", "from " + from + " after submission " + submittedOn);
            }
            boolean reversed = from != null && to != null && from.isAfter(to);
            if (reversed || after(to, submittedOn)) {
                findings.add("DATE_ORDER", "/experience/" + i + "/to", reversed
                        ? "to " + to + " before from " + from
                        : "to " + to + " after submission " + submittedOn);
            }
        }
        notAfterSubmission(application, "lifelongLearning", List.of("completedOn"), submittedOn, findings);
    }

    private static void notAfterSubmission(JsonNode application, String array, List<String> fields,
            LocalDate submittedOn, Findings findings) {
        JsonNode items = application.path(array);
        for (int i = 0; i < items.size(); i++) {
            for (String field : fields) {
                LocalDate value = date(items.get(i), field);
                if (after(value, submittedOn)) {
                    findings.add("DATE_ORDER", "/" + array + "/" + i + "/" + field,
                            field + " " + value + " after submission " + submittedOn);
                }
            }
        }
    }

    /**
     * P-03.2 EXPERIENCE_EXCEEDS_ELAPSED: on some day the periods covering it add up to more than 1.0 FTE (fte
     * default 1, ongoing periods end on {@code submittedOn}, P-06.1). Reversed periods are DATE_ORDER findings and
     * cover no day.
     */
    static void experienceExceedsElapsed(JsonNode application, Findings findings) {
        LocalDate submittedOn = date(application, "submittedOn");
        List<Period> periods = new ArrayList<>();
        for (JsonNode e : application.path("experience")) {
            LocalDate from = date(e, "from");
            LocalDate to = TimeArithmetic.endOrSubmitted(date(e, "to"), submittedOn);
            if (from != null && !to.isBefore(from)) {
                periods.add(new Period(from, to, present(e, "fte") ? e.get("fte").decimalValue() : BigDecimal.ONE));
            }
        }
        BigDecimal peak = TimeArithmetic.peakFte(periods);
        if (peak.compareTo(BigDecimal.ONE) > 0) {
            findings.add("EXPERIENCE_EXCEEDS_ELAPSED", "/experience",
                    "experience periods add up to " + peak.stripTrailingZeros().toPlainString() + " FTE on some day");
        }
    }

    /**
     * P-03.2 RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE: {@code responsibleChargeMonths} greater than the period's length
     * in months rounded up ({@link TimeArithmetic#monthsRoundedUp}); an ongoing period ends on {@code submittedOn}.
     */
    static void responsibleChargeExceedsExperience(JsonNode application, Findings findings) {
        LocalDate submittedOn = date(application, "submittedOn");
        JsonNode experience = application.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            JsonNode e = experience.get(i);
            if (!present(e, "responsibleChargeMonths")) {
                continue;
            }
            BigDecimal claimed = e.get("responsibleChargeMonths").decimalValue();
            long months = TimeArithmetic.monthsRoundedUp(date(e, "from"),
                    TimeArithmetic.endOrSubmitted(date(e, "to"), submittedOn));
            if (claimed.compareTo(BigDecimal.valueOf(months)) > 0) {
                findings.add("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE", "/experience/" + i + "/responsibleChargeMonths",
                        plain(claimed) + " months of responsible charge in a period of " + months + " months");
            }
        }
    }

    /** P-03.2 HOURS_INCONSISTENT: theory + practical > total, all three given. */
    static void hoursInconsistent(JsonNode application, Findings findings) {
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode hours = qualifications.get(i).path("hours");
            BigDecimal total = number(hours, "total");
            BigDecimal theory = number(hours, "theory");
            BigDecimal practical = number(hours, "practical");
            if (total != null && theory != null && practical != null && theory.add(practical).compareTo(total) > 0) {
                findings.add("HOURS_INCONSISTENT", "/qualifications/" + i + "/hours",
                        "theory " + plain(theory) + " h + practical " + plain(practical)
                                + " h exceed the total " + plain(total) + " h");
            }
        }
    }

    /**
     * P-03.2 WORKLOAD_INCONSISTENT: a full-time qualification ({@code fullTime} absent or true) with both
     * {@code durationYears} and {@code ects} where ects per year is below 45 or above 75 (60 ± 25 %), exact.
     */
    static void workloadInconsistent(JsonNode application, Findings findings) {
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            boolean fullTime = !present(q, "fullTime") || q.get("fullTime").asBoolean();
            BigDecimal years = number(q, "durationYears");
            BigDecimal ects = number(q, "ects");
            if (!fullTime || years == null || ects == null) {
                continue;
            }
            // ects / years outside [45, 75], compared without division (years > 0 by the schema)
            if (ects.compareTo(MIN_ECTS_PER_YEAR.multiply(years)) < 0
                    || ects.compareTo(MAX_ECTS_PER_YEAR.multiply(years)) > 0) {
                findings.add("WORKLOAD_INCONSISTENT", "/qualifications/" + i + "/ects",
                        plain(ects) + " ECTS in " + plain(years) + " full-time years is outside 45 to 75 a year");
            }
        }
    }

    /** P-03.2 DUPLICATE_CODE: a matter code repeated within one qualification; one finding per repetition. */
    static void duplicateCodes(JsonNode application, Findings findings) {
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode matters = qualifications.get(i).path("matters");
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < matters.size(); j++) {
                String code = text(matters.get(j), "code");
                if (code != null && !seen.add(code)) {
                    findings.add("DUPLICATE_CODE", "/qualifications/" + i + "/matters/" + j,
                            "matter " + code + " appears more than once");
                }
            }
        }
    }

    /** A quantity as a person writes it, whatever its JSON form (2000, 2000.0 and 2E+3 all read 2000). */
    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
