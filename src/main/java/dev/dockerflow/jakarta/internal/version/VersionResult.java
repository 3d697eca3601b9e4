package dev.dockerflow.jakarta.internal.version;

/** What {@code /__version__} found. Not API. */
public sealed interface VersionResult {

    /** @param json the version object's JSON text */
    record Found(String json) implements VersionResult {
    }

    /** Neither a version.json file nor a packaged one nor a provider's object. */
    record Missing() implements VersionResult {
    }

    /**
     * A version object exists but cannot be served.
     *
     * @param location the file or resource, for the log only
     * @param problem what is wrong, safe to show a client
     * @param cause the exception behind it, for the log only, or null
     */
    record Broken(String location, String problem, Throwable cause) implements VersionResult {
    }
}
