package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.outturn.rules.report.OutturnDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * A field name given twice in one object is refused by the module's readers ({@link JsonFields}, the
 * period keys, {@link JsonInput.SeenNames}, {@link JsonInput#skipValue}) for a document read whole,
 * where the parser no longer looks for duplicates: the error must be the one the parser's own check
 * ({@code STRICT_DUPLICATE_DETECTION}, still on for the mapper and for {@code check}) gives, message,
 * JSON path, line and column. The oracle is a read of the same text by the mapper's own parser, which
 * still has the check. Every object of a rich document (the document, a policy, its parameters and
 * nested strategies, the action plan and its items, an indicator, its targets of each kind, benchmarks,
 * the period-keyed maps of targets, outturns, policies and ratings, an outturn, its confidence
 * intervals and each interval, a rating) has each of its fields given twice, first or last, with a valid
 * value, a malformed one after the name, or no colon; from text, UTF-8 bytes and characters; strictly
 * and leniently, and in unknown fields a lenient reading skips. Seeded random names, some not ASCII,
 * check the location's arithmetic.
 */
final class DuplicateFieldsTest {

    /** A valid document with every kind of object the format has. */
    static final String RICH = """
            {
              "format" : "outturn/1",
              "title" : "Rich",
              "source" : "Tests",
              "notes" : [ "one", "two" ],
              "policies" : [ {
                "name" : "bromley",
                "strategy" : "first-applicable",
                "parameters" : {
                  "strategies" : [ {
                    "strategy" : "tolerance",
                    "parameters" : { "tolerance" : "relative 5%" }
                  }, {
                    "strategy" : "thresholds"
                  }, {
                    "strategy" : "band",
                    "parameters" : { "margin" : "relative 5%" }
                  } ]
                }
              }, {
                "name" : "rounded",
                "strategy" : "thresholds",
                "roundingDecimalPlaces" : 0,
                "roundingMode" : "HALF_EVEN"
              }, {
                "name" : "t5",
                "strategy" : "tolerance",
                "parameters" : { "tolerance" : "relative 5%" }
              } ],
              "defaultPolicy" : "bromley",
              "actionPlan" : {
                "items" : [ {
                  "directorate" : "Place",
                  "reference" : "5.1",
                  "activity" : "Adoption of Local Plan",
                  "status" : "COMPLETE"
                }, {
                  "directorate" : "Children",
                  "reference" : "26",
                  "activity" : "Youth hub",
                  "status" : "CEASED",
                  "ceasedReason" : "Funding bid not successful"
                } ]
              },
              "indicators" : [ {
                "code" : "27",
                "title" : "NEET",
                "description" : "Young people not in education",
                "unit" : "percentage:1",
                "polarity" : "LOWER_IS_BETTER",
                "frequency" : "MONTHLY",
                "measureType" : "SNAPSHOT",
                "frameworkCode" : "DfE NEET",
                "tags" : [ "Children" ],
                "targets" : {
                  "2022/23" : { "kind" : "thresholds", "green" : 1.7, "red" : 1.9 },
                  "2023/24" : { "kind" : "band", "lowInclusive" : 0, "highInclusive" : 12 },
                  "2024/25" : { "kind" : "withFloor", "value" : 1.5, "floor" : 2.0 },
                  "2025/26" : { "kind" : "relativeToBenchmark", "group" : "London" }
                },
                "benchmarks" : [ {
                  "group" : "England",
                  "period" : "2021/22",
                  "value" : 2.8,
                  "note" : "published"
                } ],
                "policy" : { "2022/23" : "bromley", "2023/24" : "t5" },
                "outturns" : {
                  "Jun-2022" : { "value" : 1.3, "fraction" : "96/7132", "note" : "first" },
                  "Sep-2022" : { "value" : 1.00, "flags" : [ "PROVISIONAL" ] },
                  "Oct-2022" : {
                    "value" : 65.10,
                    "confidenceIntervals" : {
                      "NINETY_FIVE" : { "lowerInclusive" : 62.1, "upperInclusive" : 67.99 },
                      "NINETY_NINE_POINT_EIGHT" : { "lowerInclusive" : 60.4, "upperInclusive" : 69.6 }
                    }
                  },
                  "Dec-2022" : { "missingReason" : "NOT_APPLICABLE", "note" : "n/a" }
                },
                "published" : {
                  "2022/23" : { "rag" : "GREEN" },
                  "2023/24" : { "unratedReason" : "NO_TARGET", "detail" : "No Target" }
                },
                "notes" : [ "a note" ]
              }, {
                "code" : "CS_00",
                "title" : "Referrals",
                "unit" : "count:0",
                "polarity" : "NONE",
                "frequency" : "MONTHLY",
                "policy" : "t5",
                "targets" : { "2024/25" : { "kind" : "none", "wording" : "No Target" } },
                "outturns" : { "2024/25" : { "value" : 277 } }
              } ]
            }
            """;

    @Test
    void richDocument_reads() {
        assertThat(OutturnJson.strict().read(RICH).indicators()).hasSize(2);
        assertThat(oracle(RICH, true)).isNull();
    }

    @Test
    void read_codeTwice_failsAtTheSecondName() {
        String text = "{\"format\":\"outturn/1\",\"indicators\":[{\"code\":\"A\",\"code\":\"B\"}]}";
        OutturnJsonException ex = catchThrowableOfType(OutturnJsonException.class, () -> OutturnJson.strict().read(text));
        assertThat(ex).hasMessage("Invalid JSON at $.indicators[0].code: field 'code' given twice (line 1, column 55)");
        assertThat(ex.path()).contains("$.indicators[0].code");
        assertThat(ex.line()).isEqualTo(1);
        assertThat(ex.column()).isEqualTo(55);
    }

    @Test
    void read_keyTwiceThenNoColon_failsForTheKeyAsTheParserDid() {
        String text = RICH.replace("\"Dec-2022\" : {", "\"Jun-2022\" \"x\", \"Dec-2022\" : {");
        assertSameError(text, true);
        assertThatThrownBy(() -> OutturnJson.strict().read(text)).hasMessageStartingWith(
                "Invalid JSON at $.indicators[0].outturns[\"Jun-2022\"]: field 'Jun-2022' given twice");
    }

    @Test
    void read_unknownObjectWithNameTwice_failsLenientlyToo() {
        String text = RICH.replace("\"title\" : \"Rich\",",
                "\"title\" : \"Rich\", \"extension\" : { \"a\" : [ { \"b\" : 1, \"b\" : 2 } ] },");
        assertSameError(text, false);
        assertThatThrownBy(() -> OutturnJson.lenient().read(text)).hasMessageStartingWith(
                "Invalid JSON at $.extension.a[0].b: field 'b' given twice");
    }

    @Test
    void read_everyFieldOfEveryObjectGivenTwice_failsAsTheParserDid() {
        List<String> texts = duplicates(RICH);
        assertThat(texts).hasSizeGreaterThan(300);
        for (String text : texts) {
            assertSameError(text, true);
            assertSameError(text, false);
        }
    }

    @Test
    void read_randomNamesTwiceInUnknownObjects_failAsTheParserDid() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {"a", "b", "é", "€", "😀", "\\n", "\\\"", "\\\\", "\\u0001", "_", "1", " "};
        for (int run = 0; run < 500; run++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String other = name + "x";
            String object = random.nextBoolean()
                    ? "{\"" + name + "\":1,\"" + other + "\":{},\"" + name + "\":" + (random.nextBoolean() ? "2}" : "tru}")
                    : "{\"" + other + "\":[],\"" + name + "\":\"v\",\n  \"" + name + "\"" + (random.nextBoolean() ? ":3}" : " 3}");
            String text = RICH.replace("\"title\" : \"Rich\",", "\"title\" : \"Rich\", \"x-" + run + "\" : " + object + ",");
            try {
                assertSameError(text, false);
            } catch (AssertionError ex) {
                throw new AssertionError("seed " + seed + ", run " + run + ": " + ex.getMessage(), ex);
            }
        }
    }

    @Test
    void check_nameTwice_reportsItLikeRead() {
        String text = RICH.replace("\"status\" : \"COMPLETE\"", "\"status\" : \"COMPLETE\", \"status\" : \"COMPLETE\"");
        OutturnJsonException read = catchThrowableOfType(OutturnJsonException.class, () -> OutturnJson.strict().read(text));
        List<OutturnJsonException> problems = OutturnJson.strict().check(text);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).hasMessage(read.getMessage());
        assertThat(read.getMessage()).startsWith("Invalid JSON at $.actionPlan.items[0].status: field 'status' given twice");
    }

    /**
     * Returns the document with each field of each of its objects given twice in turn: the copy put
     * first or last in the object, with the field's value, a malformed value, or no colon.
     */
    static List<String> duplicates(String document) {
        List<String> texts = new ArrayList<>();
        for (FieldSpan field : fields(document)) {
            String copy = "\"" + field.name + "\" : " + field.value;
            texts.add(document.substring(0, field.objectStart + 1) + copy + ","
                    + document.substring(field.objectStart + 1));
            texts.add(document.substring(0, field.objectEnd) + "," + copy + document.substring(field.objectEnd));
            texts.add(document.substring(0, field.objectEnd) + ",\"" + field.name + "\" : tru"
                    + document.substring(field.objectEnd));
            texts.add(document.substring(0, field.objectEnd) + ",\"" + field.name + "\"  1"
                    + document.substring(field.objectEnd));
        }
        return texts;
    }

    /** A field of an object of a document: its name, its value as written, and where its object starts and ends. */
    record FieldSpan(String name, String value, int objectStart, int objectEnd) {
    }

    /** Returns every field of every object in the text, which must be valid JSON without duplicates. */
    static List<FieldSpan> fields(String text) {
        List<FieldSpan> spans = new ArrayList<>();
        try (JsonParser p = OutturnJson.strict().mapper().createParser(text)) {
            p.nextToken();
            collect(p, text, spans);
        }
        return spans;
    }

    private static void collect(JsonParser p, String text, List<FieldSpan> spans) {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                collect(p, text, spans);
            }
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            List<String[]> fields = new ArrayList<>();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                int valueStart = (int) p.currentTokenLocation().getCharOffset();
                String value;
                if (p.currentToken().isStructStart()) {
                    collect(p, text, spans);
                    value = text.substring(valueStart, (int) p.currentLocation().getCharOffset());
                } else if (p.currentToken() == JsonToken.VALUE_STRING) {
                    value = OutturnJson.strict().mapper().writeValueAsString(p.getString());
                } else {
                    value = p.getString();
                }
                fields.add(new String[] {name, value});
            }
            int end = (int) p.currentTokenLocation().getCharOffset();
            for (String[] field : fields) {
                spans.add(new FieldSpan(field[0], field[1], start, end));
            }
        }
    }

    /** Asserts that the text is refused by a read as by the oracle, from text, bytes and characters. */
    static void assertSameError(String text, boolean strict) {
        OutturnJsonException expected = oracle(text, strict);
        assertThat(expected).as("the oracle refuses %s", text).isNotNull();
        OutturnJson json = strict ? OutturnJson.strict() : OutturnJson.lenient();
        assertSame(expected, () -> json.read(text), text);
        assertSame(expected, () -> json.read(new StringReader(text)), text);
        OutturnJsonException fromBytes = oracleOfBytes(text, strict);
        assertSame(fromBytes, () -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), text);
    }

    private static void assertSame(OutturnJsonException expected, Runnable read, String text) {
        OutturnJsonException actual = catchThrowableOfType(OutturnJsonException.class, read::run);
        assertThat(actual).as("refused: %s", text).isNotNull();
        assertThat(actual.getMessage()).as("message for %s", text).isEqualTo(expected.getMessage());
        assertThat(actual.path()).isEqualTo(expected.path());
        assertThat(actual.line()).isEqualTo(expected.line());
        assertThat(actual.column()).isEqualTo(expected.column());
    }

    /** The read as it was before: the document reader on a parser that looks for duplicate names itself. */
    static OutturnJsonException oracle(String text, boolean strict) {
        return oracle(reader -> reader.createParser(text), strict);
    }

    private static OutturnJsonException oracleOfBytes(String text, boolean strict) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return oracle(reader -> reader.createParser(new Utf8Input(new ByteArrayInputStream(bytes))), strict);
    }

    private static OutturnJsonException oracle(Function<ObjectReader, JsonParser> open, boolean strict) {
        OutturnJson json = strict ? OutturnJson.strict() : OutturnJson.lenient();
        ObjectReader reader = json.mapper().readerFor(OutturnDocument.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withAttribute(DocumentScope.ATTRIBUTE, new DocumentScope(false, null));
        JsonParser parser = null;
        try {
            parser = open.apply(reader);
            parser.nextToken();
            reader.readValue(parser);
            DocumentScope.checkEnd(parser);
            return null;
        } catch (JacksonException ex) {
            return OutturnJson.translate(ex, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }
}
