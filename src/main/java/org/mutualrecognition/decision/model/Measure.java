package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** A compensation measure (Directive 2005/36/EC Art. 14, top-up training of other models). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(String type, List<String> matters, Integer months, BigDecimal hours, String choice,
                      String alternativeGroup, String availableBy) {
}
