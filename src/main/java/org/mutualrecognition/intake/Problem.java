package org.mutualrecognition.intake;

/** One problem with a request: a JSON Pointer into the request body and what is wrong there (RFC 9457 extension). */
public record Problem(String pointer, String message) {
}
