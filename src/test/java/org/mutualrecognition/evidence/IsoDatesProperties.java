package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link IsoDates#parse} reads what {@link LocalDate#parse(CharSequence)} reads, and refuses what it refuses, alike. */
class IsoDatesProperties {

    @Property(tries = 2000)
    void reads_every_date_string_as_local_date_parse_does(@ForAll("dateLike") String text) {
        assertSameAsLocalDateParse(text);
    }

    @Property(tries = 500)
    void reads_every_day_of_four_centuries_as_local_date_parse_does(@ForAll("days") LocalDate day) {
        assertThat(IsoDates.parse(day.toString())).isEqualTo(day);
    }

    @Example
    void impossible_and_unusual_dates_are_left_to_local_date_parse() {
        for (String text : new String[] {"2023-02-29", "2024-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
                "0000-01-01", "+10000-01-01", "2024-1-01", "2024/01/01", "２０２４-01-01", "2024-01-01T00:00", ""}) {
            assertSameAsLocalDateParse(text);
        }
    }

    private static void assertSameAsLocalDateParse(String text) {
        Throwable expected = catchThrowable(() -> LocalDate.parse(text));
        if (expected == null) {
            assertThat(IsoDates.parse(text)).as(text).isEqualTo(LocalDate.parse(text));
        } else {
            Throwable actual = catchThrowable(() -> IsoDates.parse(text));
            assertThat(actual).as(text).isNotNull().hasSameClassAs(expected).hasMessage(expected.getMessage());
        }
    }

    /** Strings of the shape yyyy-mm-dd with random digits (mostly impossible dates), and near misses of that shape. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789").ofLength(8)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
        Arbitrary<String> nearMisses = Arbitraries.strings().withChars("0123456789-+/ T").ofMinLength(8).ofMaxLength(12);
        return Arbitraries.oneOf(shaped, nearMisses);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
