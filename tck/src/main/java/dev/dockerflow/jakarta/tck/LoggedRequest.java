package dev.dockerflow.jakarta.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;
import jakarta.json.JsonObject;

/** What the logging scenarios expect of the mozlog lines a handler wrote while serving {@code GET logged}. */
final class LoggedRequest {

    private LoggedRequest() {
    }

    /**
     * Every line is schema-valid mozlog, and the request's own lines, those with its {@code rid}, are the
     * resource's line and then the request's request.summary.
     *
     * @param lines the lines the handler wrote, oldest first
     * @param requestId the {@code X-Request-ID} the request sent
     */
    static void assertApplicationLineThenSummary(List<JsonObject> lines, String requestId) {
        lines.forEach(MozlogSchema::assertValid);
        List<JsonObject> ofTheRequest = lines.stream()
                .filter(line -> requestId.equals(line.getJsonObject("Fields").getString("rid", null))).toList();
        assertEquals(List.of(SummaryRecorder.APPLICATION, "request.summary"),
                ofTheRequest.stream().map(line -> line.getString("Type")).toList(), lines.toString());
        assertEquals("handling a request", ofTheRequest.get(0).getJsonObject("Fields").getString("msg"));
        String path = ofTheRequest.get(1).getJsonObject("Fields").getString("path");
        assertTrue(path.endsWith("/logged"), path);
    }
}
