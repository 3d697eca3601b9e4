package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.Optional;

import jakarta.enterprise.inject.spi.BeanManager;

/**
 * One Redis client library, as the check uses it. An implementation is loaded by name, and only once the library's
 * own classes are known to be on the class path, so that nothing else in the check refers to a client type. Not API.
 */
public interface RedisClientLibrary {

    /** The name the check's own connections go by ({@code CLIENT SETNAME}), so that operators see them in {@code CLIENT LIST}. */
    String CLIENT_NAME = "dockerflow-heartbeat";

    /**
     * The endpoint over the application's own client bean of this library, when it has one.
     *
     * @param beans the application's beans
     * @param stepMillis how long each stage of a PING may take
     * @return the endpoint, or empty when the application has no such bean
     * @throws RedisSetupProblem when it has several and the check cannot tell which to use
     */
    Optional<RedisEndpoint> applicationClient(BeanManager beans, long stepMillis) throws RedisSetupProblem;

    /**
     * A client of the check's own, made once, connecting to the URL's Redis.
     *
     * @param url where Redis is
     * @param stepMillis how long connecting, and then each answer, may take
     * @return the endpoint; no connection is made before its first PING
     */
    RedisEndpoint ownClient(RedisUrl url, long stepMillis);
}
