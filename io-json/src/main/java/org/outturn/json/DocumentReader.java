package org.outturn.json;

import static org.outturn.json.JsonInput.describe;
import static org.outturn.json.JsonInput.invalid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.plan.ActionPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * Reads an Outturn JSON document ({@value OutturnDocument#FORMAT}) one indicator at a time, without
 * holding the document in memory: for reports too large to read whole with
 * {@link OutturnJson#read(java.io.InputStream)}.
 *
 * <pre>{@code
 * try (DocumentReader reader = OutturnJson.strict().openReader(Files.newInputStream(file))) {
 *     Map<String, RagPolicy> policies = reader.policies();
 *     while (reader.hasNext()) {
 *         IndicatorEntry entry = reader.next();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Opening a reader reads the document up to its {@code indicators} array: the {@code format} is
 * checked and the {@code title}, {@code source}, {@code notes}, {@code policies}, {@code defaultPolicy}
 * and {@code actionPlan} given before the array are available from then on.
 * {@link OutturnJson#write(OutturnDocument)} writes them in that order, and a streamed document must:
 * {@code format}, {@code policies} and {@code defaultPolicy} after {@code indicators} are errors
 * ({@code missing required field 'format' before 'indicators'} when the array starts, and
 * {@code 'policies' must come before 'indicators'} when the array has ended). A {@code title},
 * {@code source}, {@code notes} or {@code actionPlan} after the array is accepted and available once
 * {@link #hasNext()} has returned false.
 *
 * <p>Each entry is checked as it is read, with the rules of {@link OutturnDocument#of}: its code is
 * new in the document (the reader keeps the codes read so far, some megabytes for 100,000
 * indicators) and the policy it names is one of the document's policies. When the array ends, the
 * rest of the document is read and checked, so {@code hasNext()} returning false means the whole
 * document was valid. Unknown fields fail or are skipped as the {@link OutturnJson} instance
 * decides.
 *
 * <p>A rule broken or a malformed input throws an {@link OutturnJsonException} with the same
 * message, path and location as reading the document whole; the reader is then closed and has no
 * further entries. Closing the reader closes its input.
 *
 * <p>This class is mutable and not thread-safe: use one reader from one thread.
 */
public final class DocumentReader implements Iterator<IndicatorEntry>, AutoCloseable {

    private final JsonParser parser;
    private final ObjectReader entries;
    private final boolean strict;
    private final DocumentScope scope = new DocumentScope(true, null);
    private IndicatorEntry next;
    private boolean done;
    private int count;

    private DocumentReader(JsonParser parser, ObjectReader entries) {
        this.parser = parser;
        this.entries = entries.withAttribute(DocumentScope.ATTRIBUTE, scope);
        this.strict = entries.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Opens a reader on a parser created by {@code entries}, reading the document up to its indicators. */
    static DocumentReader open(JsonParser parser, ObjectReader entries) {
        DocumentReader reader = new DocumentReader(parser, entries);
        try {
            reader.readHeader(reader.entries.forType(RagPolicy.class));
            return reader;
        } catch (RuntimeException ex) {
            throw reader.fail(ex);
        }
    }

    private void readHeader(ObjectReader policyReader) {
        parser.nextToken();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(parser, "document", "expected an object, found " + describe(parser));
        }
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            if (name.equals("indicators")) {
                scope.startIndicators(parser);
                return;
            }
            scope.readField(parser, name, policyReader::readValue, this::readActionPlan, strict);
        }
        scope.finish(parser);
    }

    /** Reads the document's action plan; the parser is on its start. */
    private ActionPlan readActionPlan(JsonParser p) {
        return entries.forType(ActionPlan.class).readValue(p);
    }

    /** Reads what follows the indicators array, up to the end of the input. */
    private void readTrailer() {
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            scope.readField(parser, name, p -> {
                throw new IllegalStateException("policies after indicators");
            }, this::readActionPlan, strict);
        }
        scope.finish(parser);
        DocumentScope.checkEnd(parser);
    }

    private IndicatorEntry readEntry() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(parser, "indicator", "expected an object, found " + describe(parser));
        }
        return entries.readValue(parser);
    }

    /**
     * Returns whether the document has another indicator, reading it. When this returns false the
     * whole document has been read and checked.
     *
     * @return true if {@link #next()} will return an entry
     * @throws OutturnJsonException if the next indicator, or the rest of the document, is invalid
     * @throws UncheckedIOException if the input cannot be read
     */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                readTrailer();
                done = true;
                return false;
            }
            next = readEntry();
            return true;
        } catch (RuntimeException ex) {
            throw fail(ex);
        }
    }

    /**
     * Returns the next indicator of the document.
     *
     * @return the entry, not null
     * @throws NoSuchElementException if the document has no more indicators
     * @throws OutturnJsonException if the next indicator, or the rest of the document, is invalid
     * @throws UncheckedIOException if the input cannot be read
     */
    @Override
    public IndicatorEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more indicators: " + count + " read");
        }
        IndicatorEntry entry = next;
        next = null;
        count++;
        return entry;
    }

    /**
     * Returns the document's title, if it came before the indicators or the whole document has been read.
     *
     * @return the title, empty when there is none or it is not read yet
     */
    public Optional<String> title() {
        return Optional.ofNullable(scope.title());
    }

    /**
     * Returns where the data comes from, if it came before the indicators or the whole document has been read.
     *
     * @return the source, empty when not given or not read yet
     */
    public Optional<String> source() {
        return Optional.ofNullable(scope.source());
    }

    /**
     * Returns the document's notes, if they came before the indicators or the whole document has been read.
     *
     * @return the notes, unmodifiable, empty when there are none or they are not read yet, not null
     */
    public List<String> notes() {
        return Collections.unmodifiableList(scope.notes());
    }

    /**
     * Returns the document's action plan, if it came before the indicators or the whole document has
     * been read.
     *
     * @return the action plan, empty when there is none or it is not read yet
     */
    public Optional<ActionPlan> actionPlan() {
        return Optional.ofNullable(scope.actionPlan());
    }

    /**
     * Returns the document's RAG policies by name, in document order. They are all read when the
     * reader is open.
     *
     * @return the policies, unmodifiable, not null
     */
    public Map<String, RagPolicy> policies() {
        return Collections.unmodifiableMap(scope.policies());
    }

    /**
     * Returns the name of the document's default policy, which rates every indicator that names none.
     * It is read when the reader is open.
     *
     * @return the default policy's name, empty when the document names none
     */
    public Optional<String> defaultPolicy() {
        return Optional.ofNullable(scope.defaultPolicy());
    }

    /**
     * Returns the number of entries returned by {@link #next()} so far.
     *
     * @return the count, zero or more
     */
    public int count() {
        return count;
    }

    /**
     * Closes the reader and its input. Closing twice has no effect.
     *
     * @throws UncheckedIOException if the input cannot be closed
     */
    @Override
    public void close() {
        done = true;
        next = null;
        try {
            parser.close();
        } catch (JacksonIOException ex) {
            throw new UncheckedIOException(ex.getMessage(), io(ex));
        }
    }

    private static IOException io(JacksonIOException ex) {
        return ex.getCause() != null ? ex.getCause() : new IOException(ex.getMessage(), ex);
    }

    private RuntimeException fail(RuntimeException ex) {
        done = true;
        next = null;
        try {
            parser.close();
        } catch (RuntimeException closing) {
            ex.addSuppressed(closing);
        }
        if (ex instanceof JacksonException jackson) {
            return OutturnJson.translate(jackson, parser);
        }
        return ex;
    }
}
