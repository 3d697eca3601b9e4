/**
 * The beans the scenarios deploy: checks, MicroProfile Health checks, observers, Jakarta REST
 * applications and the kit's own test resource. A scenario's archive holds only the classes it names.
 */
package dev.dockerflow.jakarta.tck.deployment;
