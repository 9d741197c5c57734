package org.mutualrecognition.decision;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Decision ids are RFC 9562 version 7 UUIDs: the Unix milliseconds of the decision's time, then 74 random bits. They
 * read like any UUID, but ids made later sort later, so the unique index on {@code decision.decision_id} grows at its
 * right edge: with random (version 4) ids, every stored decision had to read a random index page back from the file
 * to check uniqueness (bench/README.md).
 */
final class DecisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DecisionIds() {
    }

    static String next(Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000000000000000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low).toString();
    }
}
