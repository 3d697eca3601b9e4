/**
 * The kit's Arquillian container for Helidon MP 4, which has no Arquillian adapter of its own: each WAR
 * is exploded under {@code target/} and started as a Helidon MP server in a JVM of its own, on a JDK
 * that Helidon supports whatever JDK runs the kit. A JVM per deployment keeps each deployment's beans
 * apart, since Helidon finds its beans by scanning its class path.
 */
package dev.dockerflow.jakarta.tck.helidon;
