package dev.dockerflow.jakarta.tck.embedded;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * HTTP Basic authentication against the WAR's Jakarta Security identity stores, as an application
 * server's Basic mechanism does for a resource that is not protected: valid credentials make the caller
 * known, in the roles named by their groups; missing or wrong ones leave the caller anonymous.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class EmbeddedBasicAuthentication implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return;
        }
        UsernamePasswordCredential credential =
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        for (IdentityStore store : CDI.current().select(IdentityStore.class)) {
            CredentialValidationResult result = store.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setSecurityContext(new Caller(result.getCallerPrincipal(), result.getCallerGroups(),
                        request.getSecurityContext().isSecure()));
                return;
            }
        }
    }

    private record Caller(Principal principal, Set<String> groups, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
