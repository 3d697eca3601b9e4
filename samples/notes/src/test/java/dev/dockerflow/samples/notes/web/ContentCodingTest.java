package dev.dockerflow.samples.notes.web;

import static dev.dockerflow.samples.notes.web.ContentCoding.BROTLI;
import static dev.dockerflow.samples.notes.web.ContentCoding.GZIP;
import static dev.dockerflow.samples.notes.web.ContentCoding.IDENTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which precompressed variants a request's Accept-Encoding allows, best first. */
class ContentCodingTest {

    @Test
    void noHeaderMeansTheFileAsItIs() {
        assertEquals(List.of(IDENTITY), ContentCoding.acceptable(null));
        assertEquals(List.of(IDENTITY), ContentCoding.acceptable(" "));
    }

    @Test
    void aBrowsersHeaderAllowsBrotliThenGzip() {
        assertEquals(List.of(BROTLI, GZIP, IDENTITY), ContentCoding.acceptable("gzip, deflate, br, zstd"));
    }

    @Test
    void namesAreCaseInsensitiveAndXGzipIsGzip() {
        assertEquals(List.of(GZIP, IDENTITY), ContentCoding.acceptable("X-GZIP"));
        assertEquals(List.of(BROTLI, IDENTITY), ContentCoding.acceptable("BR"));
    }

    @Test
    void qZeroRefusesACoding() {
        assertEquals(List.of(GZIP, IDENTITY), ContentCoding.acceptable("br;q=0, gzip"));
        assertEquals(List.of(BROTLI), ContentCoding.acceptable("br, identity;q=0"));
    }

    @Test
    void theWildcardStandsForEveryCodingNotNamed() {
        assertEquals(List.of(BROTLI, IDENTITY), ContentCoding.acceptable("gzip;q=0, *"));
        assertEquals(List.of(GZIP), ContentCoding.acceptable("gzip, *;q=0"));
    }

    @Test
    void aMalformedQualityRefusesItsCoding() {
        assertEquals(List.of(GZIP, IDENTITY), ContentCoding.acceptable("br;q=high, gzip;q=0.5"));
        assertEquals(List.of(GZIP, IDENTITY), ContentCoding.acceptable("br;q=2, gzip"));
    }
}
