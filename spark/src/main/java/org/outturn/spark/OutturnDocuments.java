package org.outturn.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.outturn.json.DocumentReader;
import org.outturn.json.OutturnJson;
import org.outturn.json.OutturnJsonException;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.report.IndicatorEntry;

/**
 * Reads {@code outturn/1} documents, one per area, into a {@link Dataset} of
 * {@linkplain OutturnRows outturn rows}. Each document is streamed, indicator by indicator, in the
 * partition that holds its file, with {@link OutturnJson#openReader(InputStream)} of the lenient
 * reader (unknown fields of a later {@code outturn/1} are skipped), so a document never has to fit in
 * the driver, and a large one not in memory either.
 *
 * <pre>{@code
 * Dataset<Row> outturns = OutturnDocuments.read(spark, "hdfs:///reports/2024-25/*.json");
 * }</pre>
 *
 * <p>The area's code is the file's name without its {@code .json} extension
 * ({@code E09000004.json} is area {@code E09000004}). The {@code policy} column holds the policy the
 * document names for the indicator and period, else the document's default policy, for
 * {@link SparkRater#documentPolicies()}. A document that cannot be read fails the job with the
 * reader's message, prefixed with the file: documents are checked before they are published
 * ({@code outturn check}), unlike the rows of a data platform.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutturnDocuments {

    private OutturnDocuments() {
    }

    /**
     * Reads every document a path names.
     *
     * @param spark  the session, not null
     * @param path  a file, folder or glob that Hadoop understands, such as {@code reports/*.json}; a
     *     comma-separated list for several, not null
     * @return the outturn rows, lazily read, not null
     */
    public static Dataset<Row> read(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(path)
                .flatMap(file -> rows(file._1(), file._2()));
        return spark.createDataFrame(rows, OutturnRows.schema());
    }

    /** The area code of a document's file: its name without the {@code .json} extension. */
    static String area(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private static Iterator<Row> rows(String file, PortableDataStream data) {
        return new DocumentRows(file, data);
    }

    /** The rows of one document, read indicator by indicator. */
    private static final class DocumentRows implements Iterator<Row> {
        private final String file;
        private final String area;
        private final InputStream in;
        private final DocumentReader reader;
        private Iterator<Row> current = Collections.emptyIterator();
        private boolean closed;

        DocumentRows(String file, PortableDataStream data) {
            this.file = file;
            this.area = area(file);
            this.in = data.open();
            this.reader = guard(() -> OutturnJson.lenient().openReader(in));
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !closed) {
                if (guard(reader::hasNext)) {
                    IndicatorEntry entry = guard(reader::next);
                    current = OutturnRows.of(area, entry, period -> policyFor(entry, period)).iterator();
                } else {
                    close();
                }
            }
            return current.hasNext();
        }

        private Optional<RagPolicy> policyFor(IndicatorEntry entry, org.outturn.core.ReportingPeriod period) {
            Map<String, RagPolicy> policies = reader.policies();
            // As OutturnDocument.policyFor(entry, period): the entry's own, else (naming none) the default.
            Optional<String> name = entry.namesPolicy() ? entry.policyFor(period) : reader.defaultPolicy();
            return name.map(policies::get);
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private void close() {
            closed = true;
            try {
                reader.close();
                in.close();
            } catch (IOException ex) {
                throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
            }
        }

        private <T> T guard(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (OutturnJsonException ex) {
                throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
            }
        }
    }

}
