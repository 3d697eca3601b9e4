package dev.dockerflow.jakarta.tck.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A {@link GatedCheck}. */
@ApplicationScoped
@Named("gated_3")
public class ThirdGatedCheck extends GatedCheck {
}
