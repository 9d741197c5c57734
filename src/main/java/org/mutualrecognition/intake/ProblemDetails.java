package org.mutualrecognition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** RFC 9457 problem details with one {@code problems} entry per problem (JSON Pointer and message). */
public final class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {
    }

    public static String json(ObjectMapper mapper, int status, String title, List<Problem> problems, String instance) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", "urn:mutual-recognition:problem:" + status);
        body.put("title", title);
        body.put("status", status);
        if (instance != null) {
            body.put("instance", instance);
        }
        ArrayNode list = body.putArray("problems");
        for (Problem p : problems) {
            list.addObject().put("pointer", p.pointer()).put("message", p.message());
        }
        body.put("detail", problems.isEmpty() ? title : problems.get(0).message());
        return body.toString();
    }
}
