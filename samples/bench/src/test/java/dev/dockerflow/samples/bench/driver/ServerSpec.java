package dev.dockerflow.samples.bench.driver;

import java.nio.file.Path;
import java.util.Map;

/**
 * One Payara Micro the benchmark starts: which WAR, on which ports, with which environment.
 *
 * @param name          a short name, for logs and the folder of its files
 * @param war           the WAR, deployed at the context root
 * @param httpPort      its HTTP port, on 127.0.0.1
 * @param hazelcastPort the port Payara Micro's Hazelcast member binds even without clustering
 * @param environment   variables added to the driver's own (DOCKERFLOW_SKIPPED_CHECKS, say)
 */
record ServerSpec(String name, Path war, int httpPort, int hazelcastPort, Map<String, String> environment) {
}
