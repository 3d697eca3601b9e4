package dev.dockerflow.jakarta.internal.checks.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A scenario bean: the application's own Lettuce RedisClient for the local Redis, whose connections go by the name
 * {@value #NAME} in CLIENT LIST.
 */
@ApplicationScoped
class NotesLettuceClient {

    /** The client name the application gives its connections. */
    static final String NAME = "notes-lettuce";

    @Produces
    @Singleton
    RedisClient client() {
        return RedisClient.create(RedisURI.builder().withHost(LocalRedis.HOST).withPort(LocalRedis.PORT)
                .withClientName(NAME).build());
    }

    void shutdown(@Disposes RedisClient client) {
        client.shutdown();
    }
}
