package org.mutualrecognition.decision;

/**
 * One decision-table row that produced (part of) a result.
 *
 * @param ruleId     the row's {@code id} attribute, e.g. {@code ART11-05}
 * @param source     {@code <file>#<decision name> row <n>}, n counted from 1, e.g.
 *                   {@code decision-tables/eu-art11-level.dmn#Directive level row 5}
 * @param legalBasis the row's {@code legalBasis} annotation (null when the table has no such column)
 * @param table      the name of the decision whose table the row belongs to, e.g. {@code Directive level}
 */
public record MatchedRow(String ruleId, String source, String legalBasis, String table) {
}
