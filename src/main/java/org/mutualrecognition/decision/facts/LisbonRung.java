package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * One host qualification a Lisbon route compares with (P-17.2): the comparator of an ACADEMIC_ENTRY record (rank 0),
 * each comparator of an EMPLOYMENT_LADDER in the listed order (rank 0 = the first), or the programme of a
 * PROGRAMME_WITH_EXEMPTIONS record (rank 0). {@code minEcts} null = no workload requirement; empty
 * {@code acceptedFields} = any field.
 */
public final class LisbonRung {
    private final int rank;
    private final String id;
    private final String title;
    private final String framework;
    private final Integer level;
    private final BigDecimal minEcts;
    private final List<String> acceptedFields;

    public LisbonRung(int rank, String id, String title, String framework, Integer level, BigDecimal minEcts,
                      List<String> acceptedFields) {
        this.rank = rank;
        this.id = id;
        this.title = title;
        this.framework = framework;
        this.level = level;
        this.minEcts = minEcts;
        this.acceptedFields = List.copyOf(acceptedFields);
    }

    public int getRank() { return rank; }
    public String getId() { return id; }
    public String getTitle() { return title; }
    public String getFramework() { return framework; }
    public Integer getLevel() { return level; }
    public BigDecimal getMinEcts() { return minEcts; }
    public List<String> getAcceptedFields() { return acceptedFields; }
}
