package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * The applicant's qualification a Lisbon route assesses, as stated: its index in the application (for JSON Pointers),
 * ECTS, accreditation ({@code null} when unknown or absent) and ISCED-F field. No judgement.
 */
public final class LisbonQualification {
    private final int index;
    private final String title;
    private final BigDecimal ects;
    private final Boolean accredited;
    private final String iscedField;

    public LisbonQualification(int index, String title, BigDecimal ects, Boolean accredited, String iscedField) {
        this.index = index;
        this.title = title;
        this.ects = ects;
        this.accredited = accredited;
        this.iscedField = iscedField;
    }

    /** JSON Pointer of the qualification, e.g. {@code /qualifications/0}. */
    public String getPointer() { return "/qualifications/" + index; }
    public int getIndex() { return index; }
    public String getTitle() { return title; }
    public BigDecimal getEcts() { return ects; }
    public Boolean getAccredited() { return accredited; }
    public String getIscedField() { return iscedField; }
}
