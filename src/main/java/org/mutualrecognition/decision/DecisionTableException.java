package org.mutualrecognition.decision;

import java.util.List;

/** A DMN model did not compile, or an evaluation reported errors (e.g. an input outside the input values). */
public class DecisionTableException extends RuntimeException {

    private final List<String> messages;

    public DecisionTableException(String summary, List<String> messages) {
        super(messages.isEmpty() ? summary : summary + ": " + String.join("; ", messages));
        this.messages = List.copyOf(messages);
    }

    /** The DMN engine's messages, one line each ({@code SEVERITY TYPE: text}). */
    public List<String> messages() {
        return messages;
    }
}
