package org.mutualrecognition.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * ISO dates ({@code 2024-03-01}) as {@link LocalDate#parse(CharSequence)} reads them, without its general formatter
 * for the usual ten-character form: a decision reads a dozen dates, and the formatter was 6 % of it. Anything else,
 * and any impossible date, goes to {@code LocalDate.parse}, so the result and the exception are the same.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException impossible) {
                    // 2023-02-30: LocalDate.parse below says so in its own words
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
