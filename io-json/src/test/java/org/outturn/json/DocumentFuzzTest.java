package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * Feeds mutated documents to both readers and checks that each input gives either a document or an
 * {@link OutturnJsonException}: never any other exception ({@code NullPointerException},
 * {@code StackOverflowError}, {@code ClassCastException}...), and that the whole and streamed reads agree.
 *
 * <p>Inputs are valid documents mutated by a seeded generator: byte flips, truncations, insertions and
 * deletions of JSON tokens, spliced fragments, and random bytes. The normal build runs 2,000 inputs
 * from a fixed seed. To fuzz longer, from a fresh seed each run (printed, and named on failure):
 *
 * <pre>{@code
 * ./mvnw -pl io-json -am test -Dtest=DocumentFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Doutturn.fuzz.minutes=10
 * }</pre>
 *
 * <p>({@code -Doutturn.fuzz.seed=N} replays a failure's seed.) Jazzer's {@code @FuzzTest} was tried
 * instead: jazzer-junit 0.30.0 fails under JUnit 6.1.3 ({@code ArgumentsProvider does not override the
 * provideArguments(ParameterDeclarations, ExtensionContext) method}), so this seeded mutator stands in.
 */
final class DocumentFuzzTest {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e999",
        "1.5", "\"x\"", "\"Apr-2024\"", "\"2024/25\"", "\"code\"", "\"value\":", "\"fraction\":\"1/0\"",
        "\"policy\":\"p\"", "\"outturns\":{}", "\"targets\":{\"2024/25\":{\"kind\":\"band\"}}", "NaN", "\\u0000",
        "\"published\":{\"2024/25\":{}}", "\"benchmarks\":[{}]", "\"tags\":[null]", "\"percentage:99999\"",
        "\"roundingDecimalPlaces\":2147483648", "\"policies\":[{\"name\":\"p\",\"strategy\":\"tolerance\"}]"};

    private static List<byte[]> seeds() {
        String bare = "{\"format\":\"outturn/1\",\"indicators\":[{\"code\":\"A\",\"title\":\"t\",\"unit\":\"count:0\","
                + "\"polarity\":\"NONE\",\"frequency\":\"ANNUAL\"}]}";
        String targets = "{\"format\":\"outturn/1\",\"policies\":[{\"name\":\"p\",\"strategy\":\"tolerance\","
                + "\"parameters\":{\"tolerance\":\"5%\"},\"roundingDecimalPlaces\":1,\"roundingMode\":\"HALF_UP\"}],"
                + "\"indicators\":[{\"code\":\"B\",\"title\":\"t\",\"unit\":\"percentage:1\",\"polarity\":"
                + "\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\",\"policy\":\"p\",\"targets\":{\"2024/25\":"
                + "{\"kind\":\"single\",\"value\":50}},\"outturns\":{\"2024/25 Q1\":{\"value\":\"49.5\",\"flags\":"
                + "[\"PROVISIONAL\"]},\"2024/25 Q2\":{\"missingReason\":\"NOT_APPLICABLE\",\"note\":\"n/a\"}},"
                + "\"published\":{\"2024/25\":{\"unratedReason\":\"NO_TARGET\",\"detail\":\"none\"}}}]}";
        return List.of(OutturnJson.strict().write(OutturnJsonTest.sample()).getBytes(StandardCharsets.UTF_8),
                bare.getBytes(StandardCharsets.UTF_8), targets.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a mutation of a seed. */
    static byte[] mutate(Random random, List<byte[]> seeds) {
        byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && input.length > 0; i++) {
            int at = random.nextInt(input.length);
            switch (random.nextInt(6)) {
                case 0 -> input[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> input = java.util.Arrays.copyOf(input, at);
                case 2 -> input = splice(input, at, at, TOKENS[random.nextInt(TOKENS.length)]
                        .getBytes(StandardCharsets.UTF_8));
                case 3 -> input = splice(input, at, Math.min(input.length, at + 1 + random.nextInt(12)), new byte[0]);
                case 4 -> {
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(other.length);
                    int to = Math.min(other.length, from + random.nextInt(80));
                    input = splice(input, at, at, java.util.Arrays.copyOfRange(other, from, to));
                }
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(16)];
                    random.nextBytes(noise);
                    input = splice(input, at, at, noise);
                }
            }
        }
        return input;
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
        byte[] out = new byte[input.length - (to - from) + insert.length];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(input, to, out, from + insert.length, input.length - to);
        return out;
    }

    /**
     * Reads one input whole and as a stream; fails the test on any outcome other than a document or an
     * {@link OutturnJsonException}, and when a valid whole read streams differently.
     */
    static void check(byte[] input) {
        OutturnDocument document = null;
        try {
            document = OutturnJson.strict().read(new ByteArrayInputStream(input));
            OutturnJson.strict().write(document);
        } catch (OutturnJsonException expected) {
            // rejected cleanly
        }
        List<IndicatorEntry> streamed = new java.util.ArrayList<>();
        boolean streamValid;
        try (DocumentReader reader = OutturnJson.strict().openReader(new ByteArrayInputStream(input))) {
            reader.forEachRemaining(streamed::add);
            streamValid = true;
        } catch (OutturnJsonException expected) {
            streamValid = false;
        }
        if (document != null && streamValid) {
            assertThat(streamed).isEqualTo(document.indicators());
        }
    }

    @Test
    void readers_mutatedDocuments_giveDocumentOrOutturnJsonException() {
        long seed = Long.getLong("outturn.fuzz.seed", Long.getLong("outturn.fuzz.minutes", 0) > 0
                ? System.nanoTime() : 20_240_401L);
        long minutes = Long.getLong("outturn.fuzz.minutes", 0);
        long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        Random random = new Random(seed);
        List<byte[]> seeds = seeds();
        for (byte[] s : seeds) {
            check(s);
        }
        int runs = 0;
        while (minutes > 0 ? System.nanoTime() < deadline : runs < 2_000) {
            byte[] input = random.nextInt(50) == 0 ? randomBytes(random) : mutate(random, seeds);
            try {
                check(input);
            } catch (Throwable ex) {
                throw new AssertionError("Input " + runs + " of seed " + seed + " escaped with " + ex + ": "
                        + new String(input, StandardCharsets.UTF_8), ex);
            }
            runs++;
        }
        System.out.println("DocumentFuzzTest: " + runs + " inputs from seed " + seed);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
