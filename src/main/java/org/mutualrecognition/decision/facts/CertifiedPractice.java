package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Acquired rights (Art. 23(1), P-10.4): practice shown by a certificate of effective and lawful practice (experience
 * records in the home jurisdiction whose evidence is ISSUER_CONFIRMATION or REGISTER_LOOKUP, established, with
 * issuedOn = the certificate date), clipped to the window [certificate date - 5 years, certificate date] and merged
 * (P-06.2, P-06.5). One fact per merged period. {@code wholeMonths} is the calendar length (P-06.3), {@code fteDays}
 * the day count (P-06.4) used when a part is part time.
 */
public final class CertifiedPractice {
    private final String occupation;
    private final LocalDate certificateDate;
    private final LocalDate windowFrom;
    private final LocalDate from;
    private final LocalDate to;
    private final long wholeMonths;
    private final boolean fullTime;
    private final BigDecimal fteDays;
    private final List<String> records;

    public CertifiedPractice(String occupation, LocalDate certificateDate, LocalDate windowFrom, LocalDate from, LocalDate to,
                             long wholeMonths, boolean fullTime, BigDecimal fteDays, List<String> records) {
        this.occupation = occupation;
        this.certificateDate = certificateDate;
        this.windowFrom = windowFrom;
        this.from = from;
        this.to = to;
        this.wholeMonths = wholeMonths;
        this.fullTime = fullTime;
        this.fteDays = fteDays;
        this.records = List.copyOf(records);
    }

    public String getOccupation() { return occupation; }
    public LocalDate getCertificateDate() { return certificateDate; }
    public LocalDate getWindowFrom() { return windowFrom; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public long getWholeMonths() { return wholeMonths; }
    public boolean isFullTime() { return fullTime; }
    public BigDecimal getFteDays() { return fteDays; }
    public List<String> getRecords() { return records; }
}
