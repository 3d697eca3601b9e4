package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import dev.dockerflow.jakarta.testing.MozlogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code dockerflow.summary.querystring=true}, the decoded query string; a malformed one raw. */
class QuerystringTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class)
            .config("dockerflow.summary.querystring", "true");

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void isDecoded() {
        app.get("/notes?q=caf%C3%A9%20au%20lait&sum=1+1&line=%0A");

        assertEquals("q=café au lait&sum=1+1&line=\n", querystring());
        MozlogLines.parse(summaries.mozlogLines().get(0));
    }

    @Test
    void anEscapeThatIsNotUtf8BecomesAReplacementCharacter() {
        app.get("/notes?q=%E9t%E9");

        assertEquals("q=\uFFFDt\uFFFD", querystring());
    }

    @Test
    void aMalformedEscapeIsKeptRaw() {
        // Jersey's container refuses such a request before any filter runs, so the decoding is shown directly.
        assertEquals("q=100%&x=%zz", RequestSummaryFilter.decoded("q=100%&x=%zz"));
        assertEquals("q=%", RequestSummaryFilter.decoded("q=%"));
    }

    @Test
    void noQueryStringNoField() {
        app.get("/notes");

        assertEquals(false, ((LogFields) summaries.records().get(0).getParameters()[0]).asMap().containsKey("querystring"));
    }

    private String querystring() {
        List<LogRecord> records = summaries.records();
        assertEquals(1, records.size());
        return (String) ((LogFields) records.get(0).getParameters()[0]).asMap().get("querystring");
    }
}
