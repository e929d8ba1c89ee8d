package org.outturn.csv;

import java.util.Objects;
import java.util.Optional;
import org.outturn.rules.RagPolicy;

/**
 * How to import a table: which sheet, a mapping file, the Fingertips preset for one area, a default RAG
 * policy, and whether to keep what can be read ({@linkplain #withLenient(boolean) lenient}) instead of
 * failing on the first bad cell.
 *
 * <p>Example: {@code ImportOptions.defaults().withSheet("Tracker").withLenient(true)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportOptions {

    private static final ImportOptions DEFAULTS = new ImportOptions(null, TableMapping.none(), false, null, null);

    private final String sheet;
    private final TableMapping mapping;
    private final boolean lenient;
    private final String fingertipsArea;
    private final RagPolicy defaultPolicy;

    private ImportOptions(String sheet, TableMapping mapping, boolean lenient, String fingertipsArea,
            RagPolicy defaultPolicy) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.lenient = lenient;
        this.fingertipsArea = fingertipsArea;
        this.defaultPolicy = defaultPolicy;
    }

    /**
     * Returns the defaults: the mapping's sheet or the first, header synonyms only, strict.
     *
     * @return the options, not null
     */
    public static ImportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that reads the named sheet of a workbook (a CSV file has one sheet, named after the
     * file).
     *
     * @param sheet  the sheet's name, not null
     * @return the options, not null
     */
    public ImportOptions withSheet(String sheet) {
        return new ImportOptions(Objects.requireNonNull(sheet, "sheet"), mapping, lenient, fingertipsArea,
                defaultPolicy);
    }

    /**
     * Returns a copy with a mapping file.
     *
     * @param mapping  the mapping, not null
     * @return the options, not null
     */
    public ImportOptions withMapping(TableMapping mapping) {
        return new ImportOptions(sheet, Objects.requireNonNull(mapping, "mapping"), lenient, fingertipsArea,
                defaultPolicy);
    }

    /**
     * Returns a copy that is lenient or strict. A lenient import skips each cell it cannot read, and
     * each row without a reference, recording each as a note of the document.
     *
     * @param lenient  true to keep what can be read
     * @return the options, not null
     */
    public ImportOptions withLenient(boolean lenient) {
        return new ImportOptions(sheet, mapping, lenient, fingertipsArea, defaultPolicy);
    }

    /**
     * Returns a copy that reads a Fingertips data export for one area: the area's rows become outturns,
     * England's and the parent area's benchmarks.
     *
     * @param areaCode  the area's code, such as {@code E09000004}, not blank
     * @return the options, not null
     * @throws IllegalArgumentException if the code is blank
     */
    public ImportOptions withFingertips(String areaCode) {
        Objects.requireNonNull(areaCode, "areaCode");
        if (areaCode.isBlank()) {
            throw new IllegalArgumentException("Invalid value for area code (must not be blank): '" + areaCode + "'");
        }
        return new ImportOptions(sheet, mapping, lenient, areaCode.strip(), defaultPolicy);
    }

    /**
     * Returns a copy whose document has this policy as its default (it wins over the mapping's).
     *
     * @param policy  the policy, not null
     * @return the options, not null
     */
    public ImportOptions withDefaultPolicy(RagPolicy policy) {
        return new ImportOptions(sheet, mapping, lenient, fingertipsArea, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the sheet to read.
     *
     * @return the sheet's name, empty for the mapping's, else the first
     */
    public Optional<String> sheet() {
        return sheet != null ? Optional.of(sheet) : mapping.sheet();
    }

    /**
     * Returns the mapping.
     *
     * @return the mapping, not null
     */
    public TableMapping mapping() {
        return mapping;
    }

    /**
     * Whether the import keeps what it can read.
     *
     * @return true when lenient
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Returns the area of the Fingertips preset.
     *
     * @return the area's code, empty when the table is not read as a Fingertips export
     */
    public Optional<String> fingertipsArea() {
        return Optional.ofNullable(fingertipsArea);
    }

    /**
     * Returns the default policy given with {@link #withDefaultPolicy(RagPolicy)}.
     *
     * @return the policy, empty for the mapping's
     */
    public Optional<RagPolicy> defaultPolicy() {
        return Optional.ofNullable(defaultPolicy);
    }

    @Override
    public String toString() {
        return "ImportOptions[sheet=" + sheet + ", lenient=" + lenient + ", fingertips=" + fingertipsArea + "]";
    }
}
