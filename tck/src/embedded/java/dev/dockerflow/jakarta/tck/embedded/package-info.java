/**
 * The kit's embedded runtime, an Arquillian container: each WAR runs in this JVM on Weld SE, Jersey
 * and Grizzly, with SmallRye Config reading the WAR's configuration. It stands in for what an
 * application server provides: bean discovery over the WAR, one Jakarta REST application per
 * {@code @ApplicationPath}, authentication through the WAR's Jakarta Security identity store, and a
 * default data source (H2 in memory).
 */
package dev.dockerflow.jakarta.tck.embedded;
