package dev.inviteledger.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Random secrets and their hashes: API tokens, session ids, login keys, pairing ids. A secret is 256 bits
 * from {@link SecureRandom}, base64url without padding (43 characters). Only its SHA-256 hash is kept:
 * a leaked store or heap dump gives no usable secret, and lookups by hash do not compare the secret itself.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** 32 random bytes in base64url without padding. */
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Secrets() {}

    /** A new 256-bit secret. */
    public static String newSecret() {
        return randomBase64url(32);
    }

    public static String randomBase64url(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return BASE64URL.encodeToString(buffer);
    }

    public static SecureRandom random() {
        return RANDOM;
    }

    /** Does the text have the shape of {@link #newSecret()}? Checked before hashing anything a client sent. */
    public static boolean looksLikeSecret(String text) {
        return text != null && SECRET_SHAPE.matcher(text).matches();
    }

    /** base64url(SHA-256(secret)), the only form a secret is stored in. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Constant-time comparison, so response timing says nothing about how much of a value matched. */
    public static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
