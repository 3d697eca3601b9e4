package dev.dockerflow.jakarta.internal.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The W3C {@code traceparent} shapes that give a trace id, and every other text giving none. */
class TraceParentTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String VALID = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @ParameterizedTest
    @ValueSource(strings = {
        VALID,
        "00-" + TRACE_ID + "-00f067aa0ba902b7-00",
        "00-" + TRACE_ID + "-00f067aa0ba902b7-ff",
        // A later version may add fields after the flags; only its first four are read.
        "01-" + TRACE_ID + "-00f067aa0ba902b7-01",
        "cc-" + TRACE_ID + "-00f067aa0ba902b7-09-what-the-future-holds",
        "fe-" + TRACE_ID + "-00f067aa0ba902b7-01-",
    })
    void aValidHeaderGivesItsTraceId(String header) {
        assertEquals(TRACE_ID, TraceParent.traceId(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "00",
        "00-" + TRACE_ID + "-00f067aa0ba902b7-0",                     // 54 characters
        "00-" + TRACE_ID + "-00f067aa0ba902b7-011",                   // 56: version 00 is exactly 55
        "00-" + TRACE_ID + "-00f067aa0ba902b7-01-extra",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",    // trace id one digit short
        "00-4bf92f3577b34da6a3ce929d0e0e47366-00f067aa0ba902b-01",   // the dashes out of place
        "00-" + TRACE_ID + "-00f067aa0ba902b-01a",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",    // uppercase trace id
        "00-" + TRACE_ID + "-00F067AA0BA902B7-01",                    // uppercase parent id
        "00-" + TRACE_ID + "-00f067aa0ba902b7-0A",                    // uppercase flags
        "0A-" + TRACE_ID + "-00f067aa0ba902b7-01",                    // uppercase version
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",    // all-zero trace id
        "00-" + TRACE_ID + "-0000000000000000-01",                    // all-zero parent id
        "ff-" + TRACE_ID + "-00f067aa0ba902b7-01",                    // version ff is invalid
        "ff-" + TRACE_ID + "-00f067aa0ba902b7-01-more",
        "0g-" + TRACE_ID + "-00f067aa0ba902b7-01",                    // not hex
        "00-4bf92f3577b34da6a3ce929d0e0e473x-00f067aa0ba902b7-01",
        "00-" + TRACE_ID + "-00f067aa0ba902bz-01",
        "00-" + TRACE_ID + "-00f067aa0ba902b7-0z",
        "00_" + TRACE_ID + "_00f067aa0ba902b7_01",
        "01-" + TRACE_ID + "-00f067aa0ba902b7-01extra",               // later version: more only after '-'
        " 00-" + TRACE_ID + "-00f067aa0ba902b7-01",                   // spaces
        "00-" + TRACE_ID + "-00f067aa0ba902b7-01 ",
        "00 -" + TRACE_ID + "-00f067aa0ba902b7-01",
        "00- " + TRACE_ID + "-00f067aa0ba902b7-01",
        "00-" + TRACE_ID + "-00f067aa0ba902b7-01,00-" + TRACE_ID + "-00f067aa0ba902b7-01", // two headers joined
        "01-" + TRACE_ID + "-00f067aa0ba902b7-01,01-" + TRACE_ID + "-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4\"36-00f067aa0ba902b7-01",   // hostile
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0\n",
        "00-4bf92f3577b34da6\r\n3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-\u0664bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",     // a non-ASCII digit
    })
    void aMalformedHeaderGivesNone(String header) {
        assertNull(TraceParent.traceId(header));
    }

    @Test
    void anAbsentOrHugeHeaderGivesNone() {
        assertNull(TraceParent.traceId(null));
        assertNull(TraceParent.traceId(VALID + "a".repeat(10_000)));
        assertNull(TraceParent.traceId("a".repeat(10_240)));
    }

    @Property(tries = 2000)
    void aWellFormedHeaderGivesItsTraceId(@ForAll("wellFormed") String[] parts) {
        String header = String.join("-", parts);

        String traceId = TraceParent.traceId(header);

        boolean allZero = parts[1].chars().allMatch(c -> c == '0') || parts[2].chars().allMatch(c -> c == '0');
        assertEquals(allZero || parts[0].equals("ff") ? null : parts[1], traceId, header);
    }

    @Property(tries = 5000)
    void changingAnyOneCharacterOfAValidHeaderToOneNotAllowedThereGivesNone(
            @ForAll @IntRange(min = 0, max = 54) int position, @ForAll char replacement) {
        boolean dash = position == 2 || position == 35 || position == 52;
        boolean allowed = dash ? replacement == '-' : replacement >= '0' && replacement <= '9'
                || replacement >= 'a' && replacement <= 'f';
        String header = VALID.substring(0, position) + replacement + VALID.substring(position + 1);

        if (!allowed) {
            assertNull(TraceParent.traceId(header), header);
        }
    }

    @Property(tries = 5000)
    void anyTextGivesNoneOrTheLowercaseHexAfterItsVersion(@ForAll("anyText") String header) {
        String traceId = TraceParent.traceId(header);

        if (traceId != null) {
            assertEquals(header.substring(3, 35), traceId);
            assertTrue(traceId.matches("[0-9a-f]{32}") && !traceId.matches("0+"), header);
        }
    }

    @Provide
    Arbitrary<String[]> wellFormed() {
        Arbitrary<String> hex2 = hex(2);
        return Combinators.combine(hex2, hex(32), hex(16), hex2)
                .as((version, traceId, parentId, flags) -> new String[] {version, traceId, parentId, flags});
    }

    private static Arbitrary<String> hex(int length) {
        // Zeros weighted up, so that all-zero ids come up too.
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("0".repeat(length))),
                Tuple.of(9, Arbitraries.strings().withChars("0123456789abcdef").ofLength(length)));
    }

    @Provide
    Arbitrary<String> anyText() {
        // Mostly near the valid shape, where a mistake would show.
        Arbitrary<String> nearlyValid = Combinators.combine(Arbitraries.integers().between(0, 54),
                Arbitraries.chars().with("-0aAfFgG\" \n\u0000\u00e9")).as((at, c) -> VALID.substring(0, at) + c
                        + VALID.substring(at + 1));
        return Arbitraries.oneOf(nearlyValid, Arbitraries.strings().ofMinLength(50).ofMaxLength(70),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF- ").ofMinLength(50).ofMaxLength(70));
    }
}
