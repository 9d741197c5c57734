package org.mutualrecognition.decision;

import java.util.Optional;

/**
 * Where the executable models of rule-set versions compiled at run time (activated, archived, drafts) are kept from one
 * run of the service to the next. Compiling a version takes the rule compiler (about 10 s of CPU cold, and the compiler's
 * classes stay loaded for the service's lifetime); building its KieBase from a kept model takes neither. A model is kept
 * and found under its version and the {@link PackagedRuleModel#serviceFingerprint() fingerprint} of the service that
 * compiled it, so a model compiled by another build of the service (other fact classes, another Drools) is never used:
 * that build compiles the version again.
 */
public interface RuleModelStore {

    /** Keeps nothing: every version not packaged with the service is compiled when it is first needed. */
    RuleModelStore NONE = new RuleModelStore() {
        @Override
        public Optional<RuleModelJar> find(String version) {
            return Optional.empty();
        }

        @Override
        public void keep(String version, RuleModelJar model) {
        }
    };

    /** The model this build of the service compiled for {@code version} earlier, if it was kept. */
    Optional<RuleModelJar> find(String version);

    /** Keeps a model just compiled from exactly the files of {@code version}; failing to keep it must not fail the caller. */
    void keep(String version, RuleModelJar model);
}
