package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SeenCodes} against a {@code HashMap} of the same codes. */
final class SeenCodesTest {

    @Test
    void add_newCode_isMinusOne_repeatedCode_isTheFirstIndex() {
        SeenCodes codes = new SeenCodes();
        assertThat(codes.add("A", 0)).isEqualTo(-1);
        assertThat(codes.add("B", 1)).isEqualTo(-1);
        assertThat(codes.add("A", 2)).isEqualTo(0);
        assertThat(codes.add("", 3)).isEqualTo(-1);
        assertThat(codes.add("", 4)).isEqualTo(3);
        assertThat(codes.add("AB", 5)).isEqualTo(-1);
    }

    @Test
    void add_codesWithTheSameHash_areToldApart() {
        // "Aa" and "BB" have the same String.hashCode (2112), as do "AaAa", "AaBB", "BBAa" and "BBBB".
        SeenCodes codes = new SeenCodes();
        assertThat(codes.add("Aa", 0)).isEqualTo(-1);
        assertThat(codes.add("BB", 1)).isEqualTo(-1);
        assertThat(codes.add("AaAa", 2)).isEqualTo(-1);
        assertThat(codes.add("BBBB", 3)).isEqualTo(-1);
        assertThat(codes.add("BB", 4)).isEqualTo(1);
        assertThat(codes.add("AaAa", 5)).isEqualTo(2);
    }

    @Test
    void add_manyRandomCodes_agreesWithAHashMap() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        SeenCodes codes = new SeenCodes();
        Map<String, Integer> oracle = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // Few letters and short codes, so that about half the codes repeat and the tables grow many times.
            char[] code = new char[1 + random.nextInt(4)];
            for (int c = 0; c < code.length; c++) {
                code[c] = (char) ('A' + random.nextInt(12));
            }
            String text = new String(code);
            Integer first = oracle.putIfAbsent(text, i);
            assertThat(codes.add(text, i)).as("code %s at %d, seed %d", text, i, seed)
                    .isEqualTo(first == null ? -1 : first);
        }
    }
}
