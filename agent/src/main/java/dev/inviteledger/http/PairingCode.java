package dev.inviteledger.http;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short code the extension shows and the user types on the status page: 6 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 30 bits. Typing it ties the approval to the
 * request the user is looking at in the popup, not to whichever request arrived last.
 */
public final class PairingCode {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;

    private PairingCode() {}

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the user typed, the way codes are compared: upper case, without spaces or dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
