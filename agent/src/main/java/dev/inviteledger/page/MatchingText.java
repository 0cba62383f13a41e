package dev.inviteledger.page;

import java.util.Arrays;

/**
 * A reusable buffer for the matching form of short text ({@link PlainText#fold}): a plain char array
 * is several times cheaper to append to than a StringBuilder, and the page scan folds the text of
 * every link and button it meets.
 */
final class MatchingText implements CharSequence {
    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
