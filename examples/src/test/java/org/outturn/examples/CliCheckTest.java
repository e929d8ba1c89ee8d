package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code check} command on the inputs of issue #10's findings (the fuzz corpus of io-json) and
 * on several files and several problems: exit status 1, one line per problem naming the file, the
 * JSON path, line and column, each file checked well under a second.
 */
final class CliCheckTest {

    /** The fuzz corpus of io-json, which holds one input for each finding. */
    private static final Path CORPUS = Path.of("../io-json/src/test/resources/org/outturn/json/corpus");
    private static final String DIR = "src/test/resources/org/outturn/examples/cli/";

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n"));
    }

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                Arguments.of("finding-1-absolute-tolerance-huge-exponent.json",
                        "Invalid tolerance at $.policies[0].parameters.tolerance: Invalid number (exponent within -1000 "
                                + "- 1000): 1E+999999999 (line 7, column 35)"),
                Arguments.of("finding-1-relative-tolerance-huge-exponent.json",
                        "Invalid tolerance at $.policies[0].parameters.tolerance: Invalid number (exponent within -1000 "
                                + "- 1000): 1E+999999999 (line 7, column 35)"),
                Arguments.of("finding-1-relative-tolerance-huge-negative-exponent.json",
                        "Invalid tolerance at $.policies[0].parameters.tolerance: Invalid number (exponent within -1000 "
                                + "- 1000): 1E-999999999 (line 7, column 35)"),
                Arguments.of("finding-1-margin-huge-exponent.json",
                        "Invalid margin at $.policies[0].parameters.margin: Invalid number (exponent within -1000 - "
                                + "1000): 1E+999999999 (line 7, column 32)"),
                Arguments.of("finding-2-relative-tolerance-exponent-beyond-int.json",
                        "Invalid tolerance at $.policies[0].parameters.tolerance: Invalid number (exponent within -1000 "
                                + "- 1000): 1E-2147483647 (line 7, column 35)"),
                Arguments.of("finding-3-number-exponent-overflows-int.json",
                        "Invalid outturn value at $.indicators[0].outturns[\"2024/25\"].value: Invalid number (exponent "
                                + "within -1000 - 1000): 1e9999999999 (line 20, column 30)"),
                Arguments.of("finding-4-fraction-above-whole.json",
                        "Invalid fraction at $.indicators[0].outturns[\"2024/25\"].fraction: Invalid value for numerator "
                                + "(must not exceed the denominator 100 for a percentage): 150 (line 20, column 47)"),
                Arguments.of("finding-4-fraction-disagrees-with-value.json",
                        "Invalid fraction at $.indicators[0].outturns[\"2024/25\"].fraction: Invalid value for outturn "
                                + "(must be 56/1000 as percentage:0, rounded to 0 decimal places: 6): 56 (line 20, "
                                + "column 46)"),
                Arguments.of("finding-4-fraction-huge-exponent.json",
                        "Invalid fraction at $.indicators[0].outturns[\"2024/25\"].fraction: Invalid fraction "
                                + "'1e999999999/1': Invalid number (exponent within -1000 - 1000): 1E+999999999 (line "
                                + "20, column 47)"),
                Arguments.of("finding-7-two-target-keys-one-period.json",
                        "Invalid targets at $.indicators[0].targets[\"FY2024/25\"]: period 2024/25 given twice, as "
                                + "'2024/25' and 'FY2024/25' (line 17, column 63)"),
                Arguments.of("finding-8-overlong-utf8.json",
                        "Invalid JSON at $.indicators[0].title: malformed UTF-8 (overlong encoding): byte C0 at byte "
                                + "offset 232 (line 13, column 20)"),
                Arguments.of("finding-9-bad-margin.json",
                        "Invalid margin at $.policies[0].parameters.margin: Invalid margin 'five' (expected relative N%, "
                                + "absolute N or none) (line 7, column 32)"),
                Arguments.of("finding-9-nan.json",
                        "Invalid JSON at $.indicators[0].outturns[\"2024/25\"].value: expected a finite number, found NaN "
                                + "(line 20, column 33)"),
                Arguments.of("finding-9-repeated-policy-name.json",
                        "Invalid policy name at $.policies[1].name: Invalid value for policy name (must be unique in the "
                                + "document, first at $.policies[0].name): bexley (line 10, column 15)"),
                Arguments.of("finding-9-truncated.json",
                        "Invalid JSON at $.policies[0].strategy: the input ends inside a field name (line 7, column 17)"),
                Arguments.of("jazzer-zero-bytes-read-as-utf32.json",
                        "Invalid JSON at $: the input is not UTF-8 text: zero byte at byte offset 1 (UTF-16 and UTF-32 "
                                + "are not read) (line 1, column 2)"),
                Arguments.of("jazzer-zero-bytes-read-as-ucs4.json",
                        "Invalid JSON at $: the input is not UTF-8 text: zero byte at byte offset 0 (UTF-16 and UTF-32 "
                                + "are not read) (line 1, column 1)"),
                Arguments.of("finding-9-unknown-policy.json",
                        "Invalid policy at $.indicators[0].policy: unknown policy 'bexly' (the document's policies: "
                                + "[bexley]); did you mean 'bexley'? (line 18, column 17)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void check_inputOfAFinding_exits1WithOneLineNamingTheLocation(String file, String message) {
        String path = CORPUS.resolve(file).toString();
        CliTest.Result result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> run("check", path));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(lines(result.err())).containsExactly(path + ": " + message);
    }

    @ParameterizedTest
    @MethodSource("representableInputs")
    void check_representableExtremeValue_isValid(String file) {
        CliTest.Result result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> run("check", CORPUS.resolve(file).toString()));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("OK: 1 indicator, 1 outturn\n");
    }

    static Stream<String> representableInputs() {
        return Stream.of("finding-5-target-1e308.json", "finding-5-target-7e919.json", "finding-6-target-4.6e97.json");
    }

    @Test
    void check_corpus_coversEveryFile() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(refusedInputs().map(a -> (String) a.get()[0]),
                            representableInputs()).toList());
        }
    }

    @Test
    void check_severalProblems_oneLineEach(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("several.json");
        String valid = Files.readString(Path.of(DIR + "minimal.json"));
        Files.writeString(file, valid.replace("\"HIGHER_IS_BETTER\"", "\"HIGHER_IS_BETER\"")
                .replace("\"MONTHLY\"", "\"WEEKLY\"").replace("\"format\": \"outturn/1\",",
                        "\"format\": \"outturn/1\",\n  \"titel\": \"x\","));

        CliTest.Result result = run("check", file.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(lines(result.err())).hasSize(3).allSatisfy(line -> assertThat(line)
                .matches("\\Q" + file + "\\E: Invalid [a-z ]+ at \\$[^ ]*: .* \\(line \\d+, column \\d+\\)"));
        assertThat(lines(result.err()).get(0)).contains("unknown field 'titel'", "did you mean 'title'?");
        assertThat(lines(result.err()).get(1)).contains("did you mean 'HIGHER_IS_BETTER'?");
        assertThat(lines(result.err()).get(2)).contains("unknown value 'WEEKLY'");
    }

    @Test
    void check_severalFiles_reportsEachAndExits1IfAnyHasAProblem() {
        String valid = DIR + "minimal.json";
        String broken = CORPUS.resolve("finding-3-number-exponent-overflows-int.json").toString();

        CliTest.Result result = run("check", valid, broken, DIR + "policies-by-period.json");

        assertThat(result.status()).isEqualTo(1);
        assertThat(lines(result.out())).containsExactly(valid + ": OK: 1 indicator, 2 outturns",
                DIR + "policies-by-period.json: OK: 2 indicators, 3 outturns");
        assertThat(lines(result.err())).hasSize(1).allSatisfy(line -> assertThat(line).startsWith(broken
                + ": Invalid outturn value at $.indicators[0].outturns[\"2024/25\"].value"));
    }

    @Test
    void check_severalValidFiles_exits0() {
        CliTest.Result result = run("check", DIR + "minimal.json", DIR + "policies-by-period.json");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void check_missingAmongSeveralFiles_reportsItAndGoesOn() {
        CliTest.Result result = run("check", DIR + "no-such-file.json", DIR + "minimal.json");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("outturn: cannot read " + DIR + "no-such-file.json: no such file\n");
        assertThat(result.out()).isEqualTo(DIR + "minimal.json: OK: 1 indicator, 2 outturns\n");
    }
}
