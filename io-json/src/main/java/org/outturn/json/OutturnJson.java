package org.outturn.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.outturn.core.DecimalText;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * Reads and writes Outturn JSON documents ({@value OutturnDocument#FORMAT}).
 *
 * <pre>{@code
 * OutturnDocument document = OutturnJson.strict().read(Path.of("bexley-theme-1.json"));
 * String json = OutturnJson.strict().write(document);
 * }</pre>
 *
 * <p>{@link #strict()} fails on fields the format does not define; {@link #lenient()} skips them.
 * Both refuse hostile input: nesting deeper than {@value #MAX_NESTING_DEPTH}, strings longer than
 * {@value #MAX_STRING_LENGTH} characters, numbers (also inside strings, such as a tolerance or a
 * fraction) beyond the limits of {@link DecimalText} ({@value #MAX_NUMBER_LENGTH} characters, 100
 * significant digits, an exponent within -1000 - 1000), duplicate field names, two keys naming one
 * period, malformed UTF-8, {@code NaN} and infinities. What is read is written so that it reads back
 * with every digit and scale. Documents are read whole by {@code read}; a document of more than some
 * tens of megabytes is better read indicator by indicator with {@link #openReader(InputStream)}.
 * {@link #check(InputStream)} reports every problem of a document rather than the first. No
 * polymorphic typing is ever enabled.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutturnJson {

    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = DecimalText.MAX_LENGTH;

    private static final OutturnJson STRICT = new OutturnJson(true);
    private static final OutturnJson LENIENT = new OutturnJson(false);

    private final JsonMapper mapper;
    /** The writer of whole documents, made once: its serializer is looked up once, not per write. */
    private final ObjectWriter documents;
    /**
     * The reader of whole documents for {@link #check}, made once; each read adds its own document
     * scope. Its parser refuses a field name given twice ({@code STRICT_DUPLICATE_DETECTION}), as the
     * mapper's does: a check skips the rest of a value with a problem, and names given in it before the
     * problem are known only to the parser.
     */
    private final ObjectReader documentReader;
    /**
     * The reader of whole documents for {@code read}: the same, except that its parser keeps no set of
     * names per object. Every object of a document is read by one of this module's readers
     * ({@link JsonFields}, {@link JsonInput.SeenNames}, the period keys, {@link JsonInput#skipValue}
     * for what a lenient reading skips), each of which refuses a name given twice with the parser's
     * error, at its path and location.
     */
    private final ObjectReader readerOfDocuments;

    private OutturnJson(boolean strict) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new OutturnModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        this.documents = mapper.writerFor(OutturnDocument.class);
        this.documentReader = mapper.readerFor(OutturnDocument.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.readerOfDocuments = documentReader.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Returns the reader and writer that fails on unknown fields.
     *
     * @return the strict instance, not null
     */
    public static OutturnJson strict() {
        return STRICT;
    }

    /**
     * Returns the reader and writer that skips unknown fields, for documents written by a later
     * version of the format.
     *
     * @return the lenient instance, not null
     */
    public static OutturnJson lenient() {
        return LENIENT;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the document format {@value OutturnDocument#FORMAT},
     * which the jar ships as {@code org/outturn/json/outturn-1.schema.json}: a way to read it that
     * works on the module path too, where the resource is encapsulated.
     *
     * @return the schema's text, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String schema() {
        try (InputStream in = OutturnJson.class.getResourceAsStream("outturn-1.schema.json")) {
            if (in == null) {
                throw new IOException("Missing resource org/outturn/json/outturn-1.schema.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Returns the configured mapper, for reading and writing single model values or for streaming.
     *
     * @return the mapper, not null
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Reads a document from text.
     *
     * @param json  the document, not null
     * @return the document, not null
     * @throws OutturnJsonException if the text is not a valid document
     */
    public OutturnDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return readDocument(reader -> reader.createParser(json), null);
    }

    /**
     * Reads a document from a stream of UTF-8 bytes, which is not closed. Malformed UTF-8, an
     * overlong encoding such as {@code C0 AF} included, is refused.
     *
     * @param in  the stream, not null
     * @return the document, not null
     * @throws OutturnJsonException if the input is not a valid document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public OutturnDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readDocument(reader -> reader.createParser(new Utf8Input(in)), null);
    }

    /**
     * Reads a document from characters, which are not closed.
     *
     * @param reader  the characters, not null
     * @return the document, not null
     * @throws OutturnJsonException if the input is not a valid document
     */
    public OutturnDocument read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return readDocument(documents -> documents.createParser(reader), null);
    }

    /**
     * Reads a document from a UTF-8 file.
     *
     * @param file  the file, not null
     * @return the document, not null
     * @throws OutturnJsonException if the file is not a valid document
     * @throws UncheckedIOException if the file cannot be read
     */
    public OutturnDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The most problems {@link #check(InputStream)} reports in one document. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * Checks a document from a stream of UTF-8 bytes, which is not closed, and returns every value
     * and reference problem found, in document order, up to {@value #MAX_PROBLEMS}: each a bad value
     * skipped so that reading goes on (an unknown field, a value that breaks a rule, a policy that
     * does not exist, a duplicated code). Malformed input (not JSON, malformed UTF-8, a limit
     * broken) stops the check: it is the last problem reported. A problem that only shows once the
     * rest of a value is valid (a fraction against its indicator's unit) is found once the other
     * problems of that indicator are fixed.
     *
     * <pre>{@code
     * List<String> report = new ArrayList<>();
     * for (OutturnJsonException problem : OutturnJson.strict().check(in)) {
     *     report.add(problem.path().orElse("$") + ": " + problem.getMessage());
     * }
     * }</pre>
     *
     * @param in  the stream, not null
     * @return the problems, immutable, empty when the document is valid, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public List<OutturnJsonException> check(InputStream in) {
        Objects.requireNonNull(in, "in");
        return check(reader -> reader.createParser(new Utf8Input(in)));
    }

    /**
     * Checks a document given as text, as {@link #check(InputStream)} does.
     *
     * @param json  the document, not null
     * @return the problems, immutable, empty when the document is valid, not null
     */
    public List<OutturnJsonException> check(String json) {
        Objects.requireNonNull(json, "json");
        return check(reader -> reader.createParser(json));
    }

    private List<OutturnJsonException> check(Function<ObjectReader, JsonParser> open) {
        Problems problems = new Problems(MAX_PROBLEMS);
        try {
            readDocument(open, problems);
        } catch (OutturnJsonException ex) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.addTranslated(ex);
            }
        } catch (Problems.Reported | Problems.Full ex) {
            // the problems are recorded
        }
        return problems.list();
    }

    /** Reads a whole document with a parser the function opens; with problems, collects them. */
    private OutturnDocument readDocument(Function<ObjectReader, JsonParser> open, Problems problems) {
        ObjectReader reader = (problems == null ? readerOfDocuments : documentReader)
                .withAttribute(DocumentScope.ATTRIBUTE, new DocumentScope(false, problems));
        JsonParser parser = null;
        try {
            parser = open.apply(reader);
            if (parser.nextToken() == null) {
                throw JsonInput.invalid(parser, "document", "expected an object, found end of input");
            }
            OutturnDocument document = reader.readValue(parser);
            DocumentScope.checkEnd(parser);
            return document;
        } catch (JacksonException ex) {
            throw translate(ex, parser);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (JacksonException ex) {
                    // the input is the caller's to close; nothing is lost
                }
            }
        }
    }

    /**
     * Opens a reader that yields the indicators of a document from a stream of UTF-8 bytes one at a
     * time, for documents too large to read whole; see {@link DocumentReader} for the order of fields
     * it needs. Closing the reader closes the stream.
     *
     * <pre>{@code
     * try (DocumentReader reader = OutturnJson.strict().openReader(Files.newInputStream(file))) {
     *     reader.forEachRemaining(entry -> ...);
     * }
     * }</pre>
     *
     * @param in  the stream, not null
     * @return the reader, positioned before the first indicator, not null
     * @throws OutturnJsonException if the document up to its indicators is invalid
     * @throws UncheckedIOException if the stream cannot be read
     */
    public DocumentReader openReader(InputStream in) {
        Objects.requireNonNull(in, "in");
        ObjectReader entries = mapper.readerFor(IndicatorEntry.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            return DocumentReader.open(entries.createParser(new Utf8Input(in)), entries);
        } catch (JacksonException ex) {
            throw translate(ex);
        }
    }

    /**
     * Opens a reader that yields the indicators of a document from characters one at a time; see
     * {@link DocumentReader}. Closing the reader closes the characters.
     *
     * @param reader  the characters, not null
     * @return the reader, positioned before the first indicator, not null
     * @throws OutturnJsonException if the document up to its indicators is invalid
     * @throws UncheckedIOException if the characters cannot be read
     */
    public DocumentReader openReader(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        ObjectReader entries = mapper.readerFor(IndicatorEntry.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            return DocumentReader.open(entries.createParser(reader), entries);
        } catch (JacksonException ex) {
            throw translate(ex);
        }
    }

    /**
     * Writes a document as indented JSON text.
     *
     * @param document  the document, not null
     * @return the JSON, not null
     * @throws IllegalArgumentException if the document cannot be written (every {@link org.outturn.rules.RagPolicy}
     *     can: its strategy describes itself by {@link org.outturn.rules.RagPolicy#spec() spec})
     */
    public String write(OutturnDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            return documents.writeValueAsString(document) + System.lineSeparator();
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Writes a document as indented UTF-8 JSON to a stream, which is not closed.
     *
     * @param document  the document, not null
     * @param out  the stream, not null
     * @throws IllegalArgumentException if a policy of the document cannot be named
     */
    public void write(OutturnDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try {
            documents.writeValue(out, document);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Writes a document as indented JSON to characters, which are not closed.
     *
     * @param document  the document, not null
     * @param writer  the characters, not null
     * @throws IllegalArgumentException if a policy of the document cannot be named
     */
    public void write(OutturnDocument document, Writer writer) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(writer, "writer");
        try {
            documents.writeValue(writer, document);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
        }
    }

    /** Turns a Jackson exception into the library's documented exception, as {@link #translate(JacksonException, JsonParser)}. */
    static OutturnJsonException translate(JacksonException ex) {
        return translate(ex, null);
    }

    /**
     * Turns a Jackson exception into the library's documented exception: Outturn's own messages
     * already name what and where; malformed input and broken limits are said in Outturn's words,
     * at the JSON path where the parser stood, without Jackson's internals.
     *
     * @param parser  the parser that read the input, or null when unknown
     */
    static OutturnJsonException translate(JacksonException ex, JsonParser parser) {
        Throwable cause = ex.getCause();
        if (ex instanceof JacksonIOException && !(cause instanceof CharConversionException)) {
            // The input could not be read: not a fault of the document.
            throw new UncheckedIOException(ex.getOriginalMessage(),
                    cause instanceof IOException io ? io : new IOException(ex.getOriginalMessage(), ex));
        }
        TokenStreamLocation location = ex.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : Math.max(1, location.getColumnNr());
        String message;
        String path;
        if (ex instanceof InvalidValueException invalid) {
            path = invalid.path();
            message = ex.getOriginalMessage();
        } else {
            JsonParser at = parser != null ? parser
                    : ex.processor() instanceof JsonParser processor ? processor : null;
            path = at == null ? "$" : JsonInput.path(at.streamReadContext());
            if (cause instanceof Utf8Input.MalformedException malformed) {
                line = malformed.line();
                column = malformed.column();
                message = "Invalid JSON at " + path + ": " + malformed.getMessage();
            } else if (cause instanceof CharConversionException) {
                // Jackson took zero bytes at the start for UTF-16 or UTF-32 and found the rest malformed.
                message = "Invalid JSON at " + path + ": the input is not UTF-8 text (zero bytes among its first four "
                        + "make it look like UTF-16 or UTF-32)";
            } else {
                message = "Invalid JSON at " + path + ": " + JsonMessages.words(ex);
            }
        }
        if (line > 0) {
            message += " (line " + line + ", column " + column + ")";
        }
        return new OutturnJsonException(message, path, line, column, ex);
    }
}
