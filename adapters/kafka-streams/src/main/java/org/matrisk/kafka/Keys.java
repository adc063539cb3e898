package org.matrisk.kafka;

/** What the adapter accepts as a record key (a trust id), and the size bound of every record it writes. */
final class Keys {
    private Keys() {}

    /** A trust id is at most this many characters. */
    static final int MAX_KEY_CHARS = 256;

    /**
     * The largest value of an output record (assessment, decision, update): under Kafka's default limits
     * (producer {@code max.request.size} 1,048,576, broker {@code message.max.bytes} 1,048,588), with room
     * for the key and headers. Dead letters are bounded to about the same ({@link DeadLetter}).
     */
    static final int MAX_OUTPUT_BYTES = 1_000_000;

    /** Why {@code key} cannot be a trust id, or null when it can (null and empty keys are checked before). */
    static String problem(String key) {
        if (key.length() > MAX_KEY_CHARS)
            return "the record's key is " + key.length() + " characters long; a trust id is at most " + MAX_KEY_CHARS;
        for (int i = 0; i < key.length(); i++)
            if (key.charAt(i) < 0x20 || key.charAt(i) == 0x7f || key.charAt(i) == '\uFFFD')
                return "the record's key has a control character or undecodable bytes at position " + i + "; the key must be the trust id";
        return null;
    }
}
