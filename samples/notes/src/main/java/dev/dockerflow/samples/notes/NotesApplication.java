package dev.dockerflow.samples.notes;

import java.util.Set;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.samples.notes.api.NotesResource;
import dev.dockerflow.samples.notes.api.StorageUnavailableMapper;
import dev.dockerflow.samples.notes.web.StaticFilesResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The notes service: its API, its page and static files, and the Dockerflow endpoints, all at the root
 * so that {@code /__heartbeat__} is where the platform looks for it.
 */
@ApplicationScoped
@ApplicationPath("/")
public class NotesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DockerflowFeature.class, NotesResource.class, StorageUnavailableMapper.class,
                StaticFilesResource.class);
    }
}
