package org.cjsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FileNumbersTest {
    @Test
    void exactNumbersAreShortAndPlain() {
        assertEquals("36500", FileNumbers.exact(36_500));
        assertEquals("-3", FileNumbers.exact(-3.0));
        assertEquals("0.4", FileNumbers.exact(0.4));
        assertEquals("0.0005", FileNumbers.exact(0.0005));
        assertEquals("0.30000000000000004", FileNumbers.exact(0.1 + 0.2));
        assertEquals("100000000000000000000", FileNumbers.exact(1e20));
        assertEquals("0.0000001", FileNumbers.exact(1e-7));
        assertEquals("1234567.125", FileNumbers.exact(1_234_567.125));
    }

    @Test
    void exactNumbersReadBackToTheSameDouble() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 10_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = FileNumbers.exact(v);
            assertEquals(v, Double.parseDouble(text), text);
            assertEquals(-1, text.indexOf('E'), text);
            assertEquals(-1, text.indexOf(','), text);
        }
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
            assertEquals(v, Double.parseDouble(FileNumbers.exact(v)));
        }
    }

    @Test
    void notANumberIsAnEmptyFieldAndInfinitiesAreJavasWords() {
        assertEquals("", FileNumbers.exact(Double.NaN));
        assertEquals("Infinity", FileNumbers.exact(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", FileNumbers.exact(Double.NEGATIVE_INFINITY));
        assertEquals("", FileNumbers.significant(Double.NaN, 10));
        assertEquals("-Infinity", FileNumbers.significant(Double.NEGATIVE_INFINITY, 7));
        assertEquals(Double.POSITIVE_INFINITY, Double.parseDouble(FileNumbers.exact(Double.POSITIVE_INFINITY)));
    }

    @Test
    void significantNumbersKeepTheirDigitsWithoutTrailingZeros() {
        assertEquals("0.3333333333", FileNumbers.significant(1 / 3.0, 10));
        // seven digits or fewer: the float nearest the value, which reads back to the same float
        assertEquals("0.33333334", FileNumbers.significant(1 / 3.0, 7));
        assertEquals((float) (1 / 3.0), Float.parseFloat(FileNumbers.significant(1 / 3.0, 7)));
        assertEquals("0.3", FileNumbers.significant(0.1 + 0.2, 10));
        assertEquals("36500", FileNumbers.significant(36_500, 10));
        assertEquals("-12345680", FileNumbers.significant(-12_345_678.9, 7));
        assertEquals("12345678900", FileNumbers.significant(12_345_678_901.0, 10));
        assertEquals("0.000123", FileNumbers.significant(0.000123, 7));
    }
}
