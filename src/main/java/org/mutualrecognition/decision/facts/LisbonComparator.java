package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * The {@code academicComparators} record of host-standards.json for (host, purpose, occupation) of a Lisbon route
 * (P-17.1): its kind (ACADEMIC_ENTRY, EMPLOYMENT_LADDER, PROGRAMME_WITH_EXEMPTIONS), and for a programme with
 * exemptions the programme's title and ECTS. Absent when the knowledge base holds no comparator.
 */
public final class LisbonComparator {
    private final String kind;
    private final String id;
    private final String title;
    private final String programmeTitle;
    private final BigDecimal programmeEcts;

    public LisbonComparator(String kind, String id, String title, String programmeTitle, BigDecimal programmeEcts) {
        this.kind = kind;
        this.id = id;
        this.title = title;
        this.programmeTitle = programmeTitle;
        this.programmeEcts = programmeEcts;
    }

    public String getKind() { return kind; }
    public String getId() { return id; }
    public String getTitle() { return title; }
    public String getProgrammeTitle() { return programmeTitle; }
    public BigDecimal getProgrammeEcts() { return programmeEcts; }
}
