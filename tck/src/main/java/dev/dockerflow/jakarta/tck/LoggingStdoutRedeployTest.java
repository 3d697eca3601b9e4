package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;


/**
 * {@link LoggingStdoutTest}'s application deployed, undeployed and deployed again on the same runtime,
 * whose loggers outlive it: after each deployment the loggers hold one {@code MozlogHandler} (counted by
 * class name, so that one left by the first deployment's class loader would count), and a request is
 * written once, its request.summary one line. The steps are the test methods, in order, since a
 * deployment's URL is known only once it is deployed: a parameter of the methods that use it (a field
 * would be looked up before each step, deployed or not, and fail). Those methods are public: quarkus-arquillian
 * looks a method with parameters up again among the test class's public methods (and, finding no CDI bean
 * for the URL, logs a warning and leaves it to Arquillian).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoggingStdoutRedeployTest {

    private static final String APPLICATION = "logging-stdout";

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static WebArchive deployment() {
        return LoggingStdoutTest.archive(LoggingStdoutRedeployTest.class);
    }

    @ArquillianResource
    Deployer deployer;
    @Test
    @Order(1)
    void deploys() {
        deployer.deploy(APPLICATION);
    }

    @Test
    @Order(2)
    public void writesEachRequestOnce(@ArquillianResource @OperateOnDeployment(APPLICATION) URL base) {
        assertWrittenOnce(base);
    }

    @Test
    @Order(3)
    void redeploys() {
        deployer.undeploy(APPLICATION);
        deployer.deploy(APPLICATION);
    }

    @Test
    @Order(4)
    public void writesEachRequestOnceAfterTheRedeployment(
            @ArquillianResource @OperateOnDeployment(APPLICATION) URL base) {
        assertWrittenOnce(base);
    }

    @Test
    @Order(5)
    void undeploys() {
        deployer.undeploy(APPLICATION);
    }

    private static void assertWrittenOnce(URL base) {
        LoggingStdoutTest.assertOneHandlerOnEach(base);

        String id = "tck-redeploy-" + UUID.randomUUID();
        HttpResponse<String> response = get(base, "logged", "X-Request-ID", id);
        assertEquals(200, response.statusCode(), response.body());

        LoggedRequest.assertApplicationLineThenSummary(Http.installedHandlerLines(base), id);
    }
}
