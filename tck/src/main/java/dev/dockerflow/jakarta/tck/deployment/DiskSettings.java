package dev.dockerflow.jakarta.tck.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Not a check: a bean whose EL name is {@link QualifiedNameCheck}'s check name, which it may share. */
@ApplicationScoped
@Named("disk")
public class DiskSettings {
}
