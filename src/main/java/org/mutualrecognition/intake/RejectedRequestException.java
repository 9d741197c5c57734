package org.mutualrecognition.intake;

import java.util.List;

/** A request that is not an application (400, 413, 415): nothing is decided or stored. */
public final class RejectedRequestException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem> problems;

    public RejectedRequestException(int status, String title, List<Problem> problems) {
        super(title);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem> problems() {
        return problems;
    }
}
