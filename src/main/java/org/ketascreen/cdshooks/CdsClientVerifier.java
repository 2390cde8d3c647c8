package org.ketascreen.cdshooks;

import jakarta.inject.Inject;
import org.ketascreen.config.ServiceConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.ketascreen.http.Problems;

import io.quarkus.runtime.Startup;

/**
 * Checks the client JWT on every CDS Hooks call when {@code ketascreen.cds-hooks.auth.enabled=true}
 * (api-contract §7; CDS Hooks 2.0.1 §Trusting CDS Clients, §JWT Signing Algorithm; anchors-ecosystem §1.6):
 *
 * <ul>
 * <li>{@code iss} is one of the configured trusted clients, and the signature verifies with that client's key
 * (its PEM key, or the key of its JWK Set named by {@code kid}); a key of another client never verifies;</li>
 * <li>an asymmetric algorithm: RS, PS or ES with 256, 384 or 512 bits; never {@code none}, never HMAC;</li>
 * <li>{@code aud} is exactly the URL of the endpoint called, built from the public base URL;</li>
 * <li>{@code exp} and {@code iat} present, {@code exp} in the future and {@code iat} not, within the clock skew;
 * {@code exp} at most 5 minutes after {@code iat};</li>
 * <li>{@code jti} present and not seen before on this instance ({@link ReplayCache}).</li>
 * </ul>
 *
 * The token's {@code jku} header is never followed: keys come only from configuration (the spec's "allowlist
 * of iss and jku"). Anything else is a 401 problem whose body never says why; the token is never logged.
 * Refuses to start when access control is on and half configured, naming properties only.
 */
@Singleton
@Startup
public class CdsClientVerifier {

    private static final Logger LOG = Logger.getLogger(CdsClientVerifier.class);

    /** RFC 7518 §3.1 asymmetric JWS algorithms. */
    static final String[] ALGORITHMS = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"};
    /** CDS Hooks: exp at most 5 minutes after iat. */
    static final long MAX_LIFETIME_SECONDS = 300;
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    static final int MAX_JTI_CHARS = 256;
    private static final String PREFIX = "ketascreen.cds-hooks.";
    private static final String BEARER = "Bearer ";

    private final boolean enabled;
    private final int skew;
    /** issuer -> audience -> consumer. */
    private final Map<String, Map<String, JwtConsumer>> consumers = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final ReplayCache replays = new ReplayCache(100_000);
    private final JwtConsumer unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
            .setSkipSignatureVerification().build();

    @Inject
    public CdsClientVerifier(ServiceConfig config, PublicUrls urls) {
        this(config.cdsHooks(), urls);
    }

    CdsClientVerifier(ServiceConfig.CdsHooks config, PublicUrls urls) {
        this.enabled = config.auth().enabled();
        this.skew = config.auth().clockSkewSeconds();
        List<String> problems = problems(config, urls.configured());
        if (enabled && problems.isEmpty()) {
            // sorted by name, so the startup message is stable
            for (Map.Entry<String, ServiceConfig.CdsHooks.Client> client : new TreeMap<>(config.clients()).entrySet()) {
                VerificationKeyResolver keys = keys(client.getKey(), client.getValue(), problems);
                if (keys == null) {
                    continue;
                }
                String issuer = client.getValue().issuer().orElseThrow();
                Map<String, JwtConsumer> byAudience = new HashMap<>();
                for (String audience : List.of(urls.discovery(), urls.service(), urls.feedback())) {
                    byAudience.put(audience, consumer(issuer, audience, keys));
                }
                consumers.put(issuer, byAudience);
                names.put(issuer, client.getKey());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Passes a call whose {@code Authorization} header carries a valid client JWT for {@code audience} (the
     * absolute URL of the endpoint called), or any call when access control is off; a 401 problem otherwise.
     */
    public void verify(String authorization, String audience) {
        if (!enabled) {
            return;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthorizedException();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.length() > BEARER.length() + MAX_TOKEN_CHARS) {
            throw refused();
        }
        String token = authorization.substring(BEARER.length()).trim();
        String issuer = null;
        try {
            JwtContext context = unverified.process(token);
            issuer = context.getJwtClaims().getIssuer();
            Map<String, JwtConsumer> client = issuer == null ? null : consumers.get(issuer);
            JwtConsumer consumer = client == null ? null : client.get(audience);
            if (consumer == null) {
                throw refused();
            }
            consumer.processContext(context);
            JwtClaims claims = context.getJwtClaims();
            long expires = claims.getExpirationTime().getValue();
            String jti = claims.getJwtId();
            if (expires - claims.getIssuedAt().getValue() > MAX_LIFETIME_SECONDS || jti.isBlank() || jti.length() > MAX_JTI_CHARS
                    || !replays.firstUse(issuer + '\u0000' + jti, expires + skew, Instant.now().getEpochSecond())) {
                throw refused();
            }
        } catch (InvalidJwtException | MalformedClaimException e) {
            if (issuer != null && names.containsKey(issuer) && causedByIo(e)) {
                LOG.warnf("cds-hooks: the JWK Set of trusted client %s could not be fetched; its calls are refused until it can",
                        names.get(issuer));
            }
            throw refused();
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            // whatever a hostile token makes the parser throw is a refusal, not a 500
            throw refused();
        }
    }

    /** A token was sent and refused: 401 with the invalid_token challenge, mapped where every 401 is (http/Problems). */
    private static AuthenticationFailedException refused() {
        return new AuthenticationFailedException();
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private JwtConsumer consumer(String issuer, String audience, VerificationKeyResolver keys) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(skew)
                // iat neither in the future nor older than a token may live
                .setIssuedAtRestrictions(skew, (int) MAX_LIFETIME_SECONDS + skew)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, ALGORITHMS)
                .setVerificationKeyResolver(keys)
                .build();
    }

    // --- configuration ---------------------------------------------------------------------------------

    /**
     * What is wrong with the configuration, by property name, never by value: with access control on, the public
     * base URL (the aud of every token), at least one trusted client, and for each an issuer and exactly one key
     * location; issuers distinct; a clock skew between 0 and 300 seconds.
     */
    static List<String> problems(ServiceConfig.CdsHooks config, boolean baseUrlConfigured) {
        List<String> problems = new ArrayList<>();
        if (!config.auth().enabled()) {
            return problems;
        }
        String on = PREFIX + "auth.enabled=true";
        if (!baseUrlConfigured) {
            problems.add(on + " needs " + PublicUrls.PROPERTY + " (every client token's aud is built from it)");
        }
        int skew = config.auth().clockSkewSeconds();
        if (skew < 0 || skew > MAX_LIFETIME_SECONDS) {
            problems.add(PREFIX + "auth.clock-skew-seconds must be between 0 and " + MAX_LIFETIME_SECONDS);
        }
        if (config.clients().isEmpty()) {
            problems.add(on + " needs at least one trusted client: " + PREFIX + "clients.<name>.issuer and "
                    + PREFIX + "clients.<name>.public-key-location or .jwks-location");
        }
        Map<String, String> issuers = new HashMap<>();
        for (Map.Entry<String, ServiceConfig.CdsHooks.Client> entry : new TreeMap<>(config.clients()).entrySet()) {
            String at = PREFIX + "clients." + entry.getKey();
            ServiceConfig.CdsHooks.Client client = entry.getValue();
            if (client.issuer().filter(i -> !i.isBlank()).isEmpty()) {
                problems.add(at + ".issuer is required");
            } else {
                String other = issuers.putIfAbsent(client.issuer().get(), entry.getKey());
                if (other != null) {
                    problems.add(at + ".issuer names the same issuer as " + PREFIX + "clients." + other + ".issuer");
                }
            }
            boolean pem = client.publicKeyLocation().filter(l -> !l.isBlank()).isPresent();
            boolean jwks = client.jwksLocation().filter(l -> !l.isBlank()).isPresent();
            if (pem == jwks) {
                problems.add(at + " needs exactly one of .public-key-location and .jwks-location");
            } else if (pem && client.publicKeyLocation().get().trim().matches("(?i)https?://.*")) {
                problems.add(at + ".public-key-location must be a file path or classpath: resource (a URL goes in .jwks-location)");
            } else if (jwks && client.jwksLocation().get().trim().matches("(?i)http://.*")) {
                problems.add(at + ".jwks-location must be a file path, classpath: resource or https:// URL");
            }
        }
        return problems;
    }

    /** The client's verification keys; null (with a problem) when they cannot be read. */
    private static VerificationKeyResolver keys(String name, ServiceConfig.CdsHooks.Client client, List<String> problems) {
        String at = PREFIX + "clients." + name;
        if (client.publicKeyLocation().filter(l -> !l.isBlank()).isPresent()) {
            try {
                PublicKey key = pem(read(client.publicKeyLocation().get().trim()));
                return (jws, nesting) -> key;
            } catch (IOException | RuntimeException e) {
                problems.add(at + ".public-key-location cannot be read as a PEM public key (RSA or EC)");
                return null;
            }
        }
        String location = client.jwksLocation().orElseThrow().trim();
        if (location.regionMatches(true, 0, "https://", 0, 8)) {
            HttpsJwks jwks = new HttpsJwks(location);
            Get get = new Get();
            get.setConnectTimeout(3_000);
            get.setReadTimeout(3_000);
            get.setResponseBodySizeLimit(256 * 1024);
            jwks.setSimpleHttpGet(get);
            jwks.setDefaultCacheDuration(3_600);
            return new HttpsJwksVerificationKeyResolver(jwks);
        }
        try {
            List<JsonWebKey> keys = new JsonWebKeySet(read(location)).getJsonWebKeys();
            boolean usable = !keys.isEmpty();
            for (JsonWebKey key : keys) {
                usable &= key instanceof PublicJsonWebKey publicKey && publicKey.getPrivateKey() == null;
            }
            if (!usable) {
                problems.add(at + ".jwks-location must hold public RSA or EC keys only (no symmetric or private keys)");
                return null;
            }
            JwksVerificationKeyResolver resolver = new JwksVerificationKeyResolver(keys);
            resolver.setDisambiguateWithVerifySignature(true);
            return resolver;
        } catch (IOException | JoseException | RuntimeException e) {
            problems.add(at + ".jwks-location cannot be read as a JWK Set");
            return null;
        }
    }

    /** A file path, {@code file:} URI or {@code classpath:} resource. */
    static String read(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no such resource");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    /** A SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY"), RSA or EC. */
    static PublicKey pem(String text) throws IOException {
        if (!text.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IOException("not a PEM public key");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (java.security.GeneralSecurityException e) {
                // try the next key type
            }
        }
        throw new IOException("neither an RSA nor an EC public key");
    }
}
