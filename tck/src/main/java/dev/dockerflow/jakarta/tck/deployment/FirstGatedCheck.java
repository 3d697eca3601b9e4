package dev.dockerflow.jakarta.tck.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A {@link GatedCheck}. */
@ApplicationScoped
@Named("gated_1")
public class FirstGatedCheck extends GatedCheck {
}
