package dev.dockerflow.jakarta.tck.deployment;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The application's users, through Jakarta Security: HTTP Basic, two users. {@code operator} is in the
 * group {@code dockerflow}, the role that may see heartbeat details; {@code reader} is not.
 */
@BasicAuthenticationMechanismDefinition(realmName = "tck")
@ApplicationScoped
public class TckIdentityStore implements IdentityStore {

    /** user name, then password and groups */
    private static final Map<String, Map.Entry<String, Set<String>>> USERS = Map.of(
            "operator", Map.entry("operator-secret", Set.of("dockerflow")),
            "reader", Map.entry("reader-secret", Set.of("readers")));

    /**
     * Checks a user name and password against the scenario users.
     *
     * @param credential a user name and password
     * @return valid, with the user's groups, when both match
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Map.Entry<String, Set<String>> user = USERS.get(credential.getCaller());
        if (user == null || !credential.compareTo(credential.getCaller(), user.getKey())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), user.getValue());
    }
}
