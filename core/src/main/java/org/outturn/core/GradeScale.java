package org.outturn.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered scale of inspection grades, best first.
 *
 * <p>Two scales are built in: {@link #OFSTED_CQC} ({@code Outstanding}, {@code Good},
 * {@code Requires improvement}, {@code Inadequate}), used by Ofsted and the Care Quality
 * Commission; and {@link #APA_2005}, the four-point scale of the 2005 annual performance assessment
 * of children's services, graded {@code 4} (best) to {@code 1}. Other scales are made with
 * {@link #of(String, List)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GradeScale {

    /** The Ofsted and CQC scale: Outstanding, Good, Requires improvement, Inadequate. */
    public static final GradeScale OFSTED_CQC = create("Ofsted/CQC", new String[][] {
        {"Outstanding", "Outstanding", null},
        {"Good", "Good", null},
        {"Requires improvement", "Requires improvement", null},
        {"Inadequate", "Inadequate", null},
    });

    /**
     * The 2005 annual performance assessment scale, with codes 4 (best) to 1, the capacity-to-improve
     * descriptors as labels and the service descriptors as descriptions.
     */
    public static final GradeScale APA_2005 = create("APA 2005", new String[][] {
        {"4", "Very good", "A service that delivers well above minimum requirements for users"},
        {"3", "Good/promising", "A service that consistently delivers above minimum requirements for users"},
        {"2", "Adequate", "A service that delivers only minimum requirements for users"},
        {"1", "Inadequate", "A service that does not deliver minimum requirements for users"},
    });

    GradeScale() {
    }

    /** Returns the scale of the rows {code, label, description or null}, best first, ranked 1, 2, ... */
    private static GradeScale create(String name, String[][] codeLabelDescription) {
        Checks.notBlank("scale name", name);
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < codeLabelDescription.length; i++) {
            String[] row = codeLabelDescription[i];
            grades.add(Grade.of(name, i + 1, Checks.notBlank("grade code", row[0]),
                    Checks.notBlank("grade label", row[1]), row[2]));
        }
        return ImmutableGradeScale.builder().name(name).addAllGrades(grades).build();
    }

    @Value.Check
    void check() {
        Set<String> seen = new HashSet<>();
        for (Grade grade : grades()) {
            boolean codeIsNew = seen.add(grade.code().toLowerCase(Locale.ROOT));
            boolean labelIsNew = grade.code().equals(grade.label()) || seen.add(grade.label().toLowerCase(Locale.ROOT));
            if (!codeIsNew || !labelIsNew) {
                throw Checks.invalid("grades of " + name(), "codes and labels must be unique", grade.label());
            }
        }
        if (grades().size() < 2) {
            throw Checks.invalid("grades of " + name(), "a scale needs at least two grades", grades().size());
        }
    }

    /**
     * Returns a scale of grades given by their labels, best first. Each grade's code is its label.
     *
     * @param name  the scale's name, not blank
     * @param labelsBestFirst  the labels, at least two, unique ignoring case, not null
     * @return the scale, not null
     * @throws IllegalArgumentException if the name or a label is blank, labels repeat, or there are
     *     fewer than two
     */
    public static GradeScale of(String name, List<String> labelsBestFirst) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelsBestFirst, "labelsBestFirst");
        String[][] rows = new String[labelsBestFirst.size()][];
        for (int i = 0; i < rows.length; i++) {
            String label = Objects.requireNonNull(labelsBestFirst.get(i), "labelsBestFirst[" + i + "]");
            rows[i] = new String[] {label, label, null};
        }
        return create(name, rows);
    }

    /**
     * Returns the scale's name, such as {@code Ofsted/CQC}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the grades, best first.
     *
     * @return the grades, not null, at least two
     */
    public abstract List<Grade> grades();

    /**
     * Returns the grade with the given code or label, ignoring case and surrounding white space:
     * {@code good} and {@code Good} give {@code Good}; on {@link #APA_2005}, {@code 4} and
     * {@code Very good} give grade 4.
     *
     * @param codeOrLabel  the code or label, not null
     * @return the grade, not null
     * @throws IllegalArgumentException if no grade of the scale has that code or label, for example
     *     {@code Unknown grade for scale Ofsted/CQC: 'Excellent' (accepted: Outstanding, Good,
     *     Requires improvement, Inadequate)}
     */
    public Grade grade(String codeOrLabel) {
        Objects.requireNonNull(codeOrLabel, "codeOrLabel");
        String wanted = codeOrLabel.strip();
        for (Grade grade : grades()) {
            if (grade.code().equalsIgnoreCase(wanted) || grade.label().equalsIgnoreCase(wanted)) {
                return grade;
            }
        }
        List<String> accepted = new ArrayList<>();
        for (Grade grade : grades()) {
            accepted.add(grade.code().equals(grade.label()) ? grade.label() : grade.code() + " (" + grade.label() + ")");
        }
        throw new IllegalArgumentException("Unknown grade for scale " + name() + ": '" + codeOrLabel
                + "' (accepted: " + String.join(", ", accepted) + ")");
    }

    /**
     * Returns the name and the labels, such as {@code Ofsted/CQC [Outstanding, Good, Requires
     * improvement, Inadequate]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return name() + " " + grades();
    }
}
