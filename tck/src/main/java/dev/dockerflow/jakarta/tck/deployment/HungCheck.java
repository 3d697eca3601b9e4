package dev.dockerflow.jakarta.tck.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A check that never answers and ignores interruption, like a driver stuck in a socket read: a
 * {@link GatedCheck} whose scenario never opens the {@link Gate}. The gate opens when the application
 * stops, so that undeploying leaves no thread behind.
 */
@ApplicationScoped
@Named("hung")
public class HungCheck extends GatedCheck {
}
