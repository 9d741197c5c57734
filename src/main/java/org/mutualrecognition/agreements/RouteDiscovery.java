package org.mutualrecognition.agreements;

import java.util.List;

/**
 * Which routes are applicable to an application (P-05.1, P-05.2): the candidates, or, when an agreement was named but
 * does not apply, that agreement's id.
 */
public record RouteDiscovery(List<RouteCandidate> candidates, String namedButNotApplicable) {
}
