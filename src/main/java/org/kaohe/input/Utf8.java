package org.kaohe.input;

/** The shape of UTF-8 byte sequences (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The length of the valid multi-byte sequence starting at {@code at} (whose byte is 0x80 or above); -1 when the
     * bytes there are not valid UTF-8, 0 when the array ends before the sequence could be told.
     */
    static int sequenceLength(byte[] bytes, int at) {
        int b = bytes[at] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min2 = b == 0xE0 ? 0xA0 : 0x80;
            max2 = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min2 = b == 0xF0 ? 0x90 : 0x80;
            max2 = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            if (at + k >= bytes.length) {
                return 0;
            }
            int c = bytes[at + k] & 0xFF;
            if (k == 1 ? c < min2 || c > max2 : c < 0x80 || c > 0xBF) {
                return -1;
            }
        }
        return length;
    }
}
