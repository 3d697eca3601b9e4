package dev.dockerflow.jakarta.tck;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.dockerflow.jakarta.tck.deployment.ArrivalLog;
import dev.dockerflow.jakarta.tck.deployment.AsyncApplication;
import dev.dockerflow.jakarta.tck.deployment.AsyncContinuations;
import dev.dockerflow.jakarta.tck.deployment.ManagedExecutors;
import dev.dockerflow.jakarta.tck.deployment.SummaryRecorder;

/**
 * Asynchronous Jakarta REST: the line a continuation logs on the application's managed executor carries
 * the request's id, as does request.summary, written on that thread; and no request thread carries the id
 * on once the response is written, which the requests that follow show on arrival, before their own id
 * is bound.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncRequestIdTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TckArchive.of(AsyncRequestIdTest.class).applications(AsyncApplication.class)
                .with(SummaryRecorder.class, AsyncContinuations.class, ManagedExecutors.class, ArrivalLog.class)
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedResponseResumedOnTheManagedExecutor() {
        AsyncRequestIds.carriedAndLeftNowhere(base, "async/suspended", "resumed", "resuming");
    }

    @Test
    void aCompletionStageCompletedOnTheManagedExecutor() {
        AsyncRequestIds.carriedAndLeftNowhere(base, "async/stage", "completed", "completing");
    }
}
