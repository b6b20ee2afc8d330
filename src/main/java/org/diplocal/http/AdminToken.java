package org.diplocal.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.diplocal.config.DiplocalConfig;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The editors' bearer token: configured, or made at start and logged once so the operator can use it. */
@Startup
@ApplicationScoped
public class AdminToken {

    private static final Logger LOG = Logger.getLogger(AdminToken.class);

    private final byte[] token;

    AdminToken(DiplocalConfig config) {
        String configured = config.adminToken().filter(t -> !t.isBlank()).orElse(null);
        if (configured == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            configured = HexFormat.of().formatHex(random);
            LOG.infof("No DIPLOCAL_ADMIN_TOKEN set; editors' token for this run: %s", configured);
        }
        token = configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in time independent of where the strings differ. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
