package dev.dockerflow.jakarta.testing;

/**
 * A whole application process: the library and the given resources on embedded Jersey and Weld SE,
 * logging as {@code logging.properties} says. Announces {@code port=N} on standard error once it
 * listens (standard output belongs to the logs) and stops when its standard input closes.
 */
public final class StandaloneApp {

    private StandaloneApp() {
    }

    public static void main(String[] args) throws Exception {
        Class<?>[] resources = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            resources[i] = Class.forName(args[i]);
        }
        DockerflowApp app = DockerflowApp.with().jaxrs(resources);
        app.start();
        System.err.println("port=" + app.port());
        System.err.flush();
        while (System.in.read() >= 0) {
            // Runs until the parent closes our standard input.
        }
        app.stop();
    }
}
