package org.outturn.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated documents to both readers, the problem checker, the rating and the writer, and checks
 * the rules of {@link DocumentFuzzTarget} for each: a document or an {@link OutturnJsonException},
 * never another exception; check agreeing with read; streamed and whole reads agreeing; every value
 * read written back with every digit and scale. Each input must also be handled in under
 * {@value #MAX_MILLIS_PER_INPUT} ms, so that a hang such as a huge exponent inside a string is a failure.
 *
 * <p>Inputs are valid documents and the corpus of issue #10's findings
 * ({@code src/test/resources/org/outturn/json/corpus/}) mutated by a seeded generator: byte flips,
 * truncations, insertions and deletions of JSON tokens, spliced fragments, random bytes, and mutations
 * aimed at the faults found before: hostile numbers put in place of a number, also inside strings
 * (tolerances, margins, fractions), a second key for a period in another spelling, and malformed or
 * overlong UTF-8. The normal build runs {@value #RUNS} inputs from a fixed seed. To fuzz longer, from a
 * fresh seed each run (printed, and named on failure):
 *
 * <pre>{@code
 * ./mvnw -pl io-json -am test -Dtest=DocumentFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Doutturn.fuzz.minutes=10
 * }</pre>
 *
 * <p>({@code -Doutturn.fuzz.seed=N} replays a failure's seed.) For coverage-guided fuzzing with Jazzer's
 * standalone driver, see {@link DocumentFuzzTarget} and {@code io-json/README.md}.
 */
final class DocumentFuzzTest {

    /** The inputs of the normal build. */
    static final int RUNS = 6_000;
    /** The longest an input may take. */
    static final long MAX_MILLIS_PER_INPUT = 2_000;

    /** Numbers that broke a limit or the round trip before: put in place of any number, in strings too. */
    private static final String[] HOSTILE_NUMBERS = {"1E+999999999", "1e999999999", "1E-999999999", "1E-2147483647",
        "1e9999999999", "1e308", "7E919", "4.6E97", "1E-1000", "1E+1001", "0.1E-1000", "-0", "1" + "0".repeat(120),
        "9".repeat(100), "0." + "0".repeat(150) + "1", "1e+0000000000000000000001"};

    /** Second keys for a period a seed already has, in another spelling, with a value valid for each map. */
    private static final String[][] SECOND_KEYS = {
        {"\"targets\":{", "\"FY2024/25\":{\"kind\":\"single\",\"value\":1},"},
        {"\"targets\":{", "\"2024/2025\":{\"kind\":\"single\",\"value\":1},"},
        {"\"outturns\":{", "\"Q1 2024/25\":{\"value\":1},"},
        {"\"outturns\":{", "\"2024/2025\":{\"value\":1},"},
        {"\"outturns\":{", "\"apr-24\":{\"value\":1},"},
        {"\"published\":{", "\"FY2024/25\":{\"rag\":\"RED\"},"},
        {"\"published\":{", "\"2024/2025\":{\"rag\":\"RED\"},"}};

    /** Malformed UTF-8: overlong encodings, surrogates, code points beyond U+10FFFF, stray and cut sequences. */
    private static final int[][] MALFORMED_UTF8 = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF},
        {0xF0, 0x80, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
        {0x80}, {0xBF}, {0xE2, 0x82}, {0xFF}, {0xFE}};

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e999",
        "1.5", "\"x\"", "\"Apr-2024\"", "\"2024/25\"", "\"code\"", "\"value\":", "\"fraction\":\"1/0\"",
        "\"policy\":\"p\"", "\"outturns\":{}", "\"targets\":{\"2024/25\":{\"kind\":\"band\"}}", "NaN", "\\u0000",
        "\"published\":{\"2024/25\":{}}", "\"benchmarks\":[{}]", "\"tags\":[null]", "\"percentage:99999\"",
        "\"roundingDecimalPlaces\":2147483648", "\"policies\":[{\"name\":\"p\",\"strategy\":\"tolerance\"}]",
        "1e9999999999", "\"absolute 1E+999999999\"", "\"relative 1E-2147483647%\"", "\"1e999999999/1\"",
        "\"FY2024/25\"", "\"2024/2025\"", "\"margin\":\"five\"", "\"strategy\":\"band\""};

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
        String fractions = "{\"format\":\"outturn/1\",\"policies\":[{\"name\":\"b\",\"strategy\":\"band\","
                + "\"parameters\":{\"margin\":\"absolute 1.5\"}},{\"name\":\"t\",\"strategy\":\"tolerance\","
                + "\"parameters\":{\"tolerance\":\"relative 5%\"}}],\"indicators\":[{\"code\":\"C\",\"title\":\"t\","
                + "\"unit\":\"percentage:1\",\"polarity\":\"WITHIN_BAND\",\"frequency\":\"MONTHLY\",\"policy\":\"b\","
                + "\"targets\":{\"2024/25\":{\"kind\":\"band\",\"lowInclusive\":1,\"highInclusive\":2}},\"outturns\":"
                + "{\"Apr-2024\":{\"value\":1.5,\"fraction\":\"104/7042\"}},\"published\":{\"2024/25\":{\"rag\":"
                + "\"GREEN\"}}},{\"code\":\"D\",\"title\":\"t\",\"unit\":\"rate-per-10000:2\",\"polarity\":"
                + "\"LOWER_IS_BETTER\",\"frequency\":\"ANNUAL\",\"policy\":\"t\",\"targets\":{\"2024/25\":{\"kind\":"
                + "\"single\",\"value\":330.23}},\"outturns\":{\"2024/25\":{\"value\":\"97.30\"}}}]}";
        List<byte[]> seeds = new ArrayList<>(List.of(
                OutturnJson.strict().write(OutturnJsonTest.sample()).getBytes(StandardCharsets.UTF_8),
                bare.getBytes(StandardCharsets.UTF_8), targets.getBytes(StandardCharsets.UTF_8),
                fractions.getBytes(StandardCharsets.UTF_8)));
        seeds.addAll(corpus());
        return seeds;
    }

    /** The corpus of issue #10's findings, one input each, which the checked-in Jazzer corpus starts from too. */
    static List<byte[]> corpus() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<byte[]> inputs = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
            return inputs;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Where the corpus lies, from the module's folder, where the tests run. */
    static final Path CORPUS = Path.of("src/test/resources/org/outturn/json/corpus");

    /** Returns a mutation of a seed. */
    static byte[] mutate(Random random, List<byte[]> seeds) {
        byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && input.length > 0; i++) {
            int at = random.nextInt(input.length);
            switch (random.nextInt(9)) {
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
                case 5 -> {
                    byte[] noise = new byte[1 + random.nextInt(16)];
                    random.nextBytes(noise);
                    input = splice(input, at, at, noise);
                }
                case 6 -> input = hostileNumber(random, input);
                case 7 -> input = secondKey(random, input);
                default -> {
                    int[] sequence = MALFORMED_UTF8[random.nextInt(MALFORMED_UTF8.length)];
                    byte[] bytes = new byte[sequence.length];
                    for (int j = 0; j < bytes.length; j++) {
                        bytes[j] = (byte) sequence[j];
                    }
                    input = splice(input, at, at, bytes);
                }
            }
        }
        return input;
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /** Puts a hostile number in place of a number of the input, in a string or not. */
    private static byte[] hostileNumber(Random random, byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        Matcher matcher = NUMBER.matcher(text);
        List<int[]> numbers = new ArrayList<>();
        while (matcher.find()) {
            numbers.add(new int[] {matcher.start(), matcher.end()});
        }
        if (numbers.isEmpty()) {
            return input;
        }
        int[] number = numbers.get(random.nextInt(numbers.size()));
        return splice(input, number[0], number[1],
                HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)].getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a second key for a period the map already has, in another spelling. */
    private static byte[] secondKey(Random random, byte[] input) {
        String[] key = SECOND_KEYS[random.nextInt(SECOND_KEYS.length)];
        String text = new String(input, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(key[0]);
        if (at < 0) {
            return input;
        }
        at += key[0].length();
        return splice(input, at, at, key[1].getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
        byte[] out = new byte[input.length - (to - from) + insert.length];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(input, to, out, from + insert.length, input.length - to);
        return out;
    }

    /** Checks one input with the rules of {@link DocumentFuzzTarget}, in under {@value #MAX_MILLIS_PER_INPUT} ms. */
    static void check(byte[] input) {
        long start = System.nanoTime();
        DocumentFuzzTarget.check(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS_PER_INPUT) {
            throw new AssertionError("took " + millis + " ms");
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
        long start = System.nanoTime();
        while (minutes > 0 ? System.nanoTime() < deadline : runs < RUNS) {
            byte[] input = random.nextInt(50) == 0 ? randomBytes(random) : mutate(random, seeds);
            try {
                check(input);
            } catch (Throwable ex) {
                throw new AssertionError("Input " + runs + " of seed " + seed + " broke a rule: " + ex + "\ninput: "
                        + new String(input, StandardCharsets.UTF_8), ex);
            }
            runs++;
        }
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        System.out.println("DocumentFuzzTest: " + runs + " inputs from seed " + seed + " in " + millis + " ms ("
                + runs * 1000L / millis + " a second)");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
