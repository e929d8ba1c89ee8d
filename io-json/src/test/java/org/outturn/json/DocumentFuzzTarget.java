package org.outturn.json;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * What every input must satisfy, whoever generates it: {@link DocumentFuzzTest}'s seeded mutator in
 * the normal build, or Jazzer's coverage-guided fuzzer run by hand ({@link #fuzzerTestOneInput(byte[])},
 * see {@code io-json/README.md}). An input is read whole, streamed, checked, rated and written:
 *
 * <ul>
 *   <li>reading gives a document or an {@link OutturnJsonException}, never another exception;
 *   <li>{@link OutturnJson#check(java.io.InputStream)} finds no problem exactly when reading succeeds, and
 *       otherwise its first problem is the one reading fails with;
 *   <li>a document read streams to the same entries when streaming succeeds;
 *   <li>every outturn of a document is rated by its indicator's policy without an exception;
 *   <li>the document is written in a form read back as an equal document and written again byte for
 *       byte the same (so every digit and scale is kept).
 * </ul>
 *
 * <p>A broken rule throws an {@link AssertionError}. This class is stateless and thread-safe.
 */
public final class DocumentFuzzTarget {

    private DocumentFuzzTarget() {
    }

    /**
     * Jazzer's set-up, run once before fuzzing and outside its time limit per input: reads, checks,
     * rates and writes a document once, so that loading and instrumenting the classes is done.
     */
    public static void fuzzerInitialize() {
        check(OutturnJson.strict().write(OutturnJsonTest.sample()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        check(new byte[0]);
    }

    /**
     * Jazzer's entry point: checks one input.
     *
     * @param input  the bytes, not null
     */
    public static void fuzzerTestOneInput(byte[] input) {
        check(input);
    }

    /** Checks one input, failing with an {@link AssertionError} when a rule above is broken. */
    static void check(byte[] input) {
        OutturnJson json = OutturnJson.strict();
        OutturnDocument document = null;
        String refusal = null;
        try {
            document = json.read(new ByteArrayInputStream(input));
        } catch (OutturnJsonException ex) {
            refusal = ex.getMessage();
        }
        List<OutturnJsonException> problems = json.check(new ByteArrayInputStream(input));
        if (document != null && !problems.isEmpty()) {
            throw new AssertionError("read accepts the input, check finds " + problems.get(0).getMessage());
        }
        if (document == null && (problems.isEmpty() || !problems.get(0).getMessage().equals(refusal))) {
            throw new AssertionError("read refuses the input with '" + refusal + "', check finds "
                    + (problems.isEmpty() ? "nothing" : "'" + problems.get(0).getMessage() + "' first"));
        }
        List<IndicatorEntry> streamed = new ArrayList<>();
        boolean streamValid;
        try (DocumentReader reader = json.openReader(new ByteArrayInputStream(input))) {
            reader.forEachRemaining(streamed::add);
            streamValid = true;
        } catch (OutturnJsonException expected) {
            streamValid = false;
        }
        if (document == null) {
            return;
        }
        if (streamValid && !streamed.equals(document.indicators())) {
            throw new AssertionError("the stream reads other entries than the whole document");
        }
        rate(document);
        String written = json.write(document);
        OutturnDocument reread;
        try {
            reread = json.read(written);
        } catch (OutturnJsonException ex) {
            throw new AssertionError("a document read is written in a form the reader refuses: " + ex.getMessage()
                    + "\n" + written, ex);
        }
        if (!reread.equals(document)) {
            throw new AssertionError("a document read and written reads back differently:\n" + written);
        }
        if (!json.write(reread).equals(written)) {
            throw new AssertionError("a document written twice differs (a scale or digit was lost):\n" + written);
        }
    }

    /** Rates every outturn with its indicator's policy: a rating of any data is a result, never an exception. */
    private static void rate(OutturnDocument document) {
        for (IndicatorEntry entry : document.indicators()) {
            if (entry.policy().isEmpty()) {
                continue;
            }
            RagPolicy policy = document.policies().get(entry.policy().get());
            for (Map.Entry<ReportingPeriod, Outturn> outturn : entry.outturns().entrySet()) {
                policy.assess(entry.indicator(), outturn.getValue());
            }
        }
    }
}
