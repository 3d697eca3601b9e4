/**
 * {@link dev.dockerflow.jakarta.DockerflowFeature}, the one class an application registers. It is alone
 * in its package because it is the one API type that depends on the library's internals, which depend on
 * the other API packages.
 */
package dev.dockerflow.jakarta;
