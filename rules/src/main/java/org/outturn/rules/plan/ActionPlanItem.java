package org.outturn.rules.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One activity of a corporate action plan with its year-end status: the directorate that owns it,
 * its reference as printed ({@code 5.1}, {@code 72}), the activity's wording, and the status, with a
 * reason when the activity ceased.
 *
 * <p>Example: {@code Children’s services 26: Options for developing the youth services hub
 * (Ceased. Funding bid not successful)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionPlanItem {

    private final String directorate;
    private final String reference;
    private final String activity;
    private final ActionStatus status;
    /** The reason an activity ceased, or null. */
    private final String ceasedReason;

    private ActionPlanItem(String directorate, String reference, String activity, ActionStatus status,
            String ceasedReason) {
        this.directorate = directorate;
        this.reference = reference;
        this.activity = activity;
        this.status = status;
        this.ceasedReason = ceasedReason;
    }

    /**
     * Returns an item with no ceased reason.
     *
     * @param directorate  the directorate, such as {@code Place}, not null and not blank
     * @param reference  the reference as printed, such as {@code 5.1}, not null and not blank
     * @param activity  the activity's wording, not null and not blank
     * @param status  the year-end status, not null
     * @return the item, not null
     * @throws IllegalArgumentException if a text is blank or starts or ends with white space, as in
     *     {@code Invalid value for reference (must not be blank): ' '}
     */
    public static ActionPlanItem of(String directorate, String reference, String activity, ActionStatus status) {
        return create(directorate, reference, activity, status, null);
    }

    /**
     * Returns a ceased item with the reason it ceased.
     *
     * @param directorate  the directorate, such as {@code Place}, not null and not blank
     * @param reference  the reference as printed, such as {@code 5.1}, not null and not blank
     * @param activity  the activity's wording, not null and not blank
     * @param status  the year-end status, {@link ActionStatus#CEASED}, not null
     * @param ceasedReason  why the activity ceased, such as {@code Funding bid not successful}, not
     *     null and not blank
     * @return the item, not null
     * @throws IllegalArgumentException if a text is blank or starts or ends with white space, or the
     *     status is not {@code CEASED}, as in {@code Invalid value for ceasedReason (only a CEASED item
     *     has a reason, status is GREEN): 'Funding bid not successful'}
     */
    public static ActionPlanItem of(String directorate, String reference, String activity, ActionStatus status,
            String ceasedReason) {
        Objects.requireNonNull(ceasedReason, "ceasedReason");
        return create(directorate, reference, activity, status, ceasedReason);
    }

    /**
     * Returns an item from its status as a report prints it, reading the status with
     * {@link ActionStatus#parseLenient(CharSequence)} and keeping the reason that follows
     * {@code Ceased}: {@code Ceased. Funding bid not successful} is {@code CEASED} with the reason
     * {@code Funding bid not successful}. The inverse of {@link #publishedStatus()}.
     *
     * @param directorate  the directorate, such as {@code Place}, not null and not blank
     * @param reference  the reference as printed, such as {@code 5.1}, not null and not blank
     * @param activity  the activity's wording, not null and not blank
     * @param status  the status as printed, such as {@code Green} or {@code Ceased. Funding bid not
     *     successful}, not null
     * @return the item, not null
     * @throws IllegalArgumentException if a text is blank or starts or ends with white space, or the
     *     status is unknown
     */
    public static ActionPlanItem ofPublished(String directorate, String reference, String activity, String status) {
        Objects.requireNonNull(status, "status");
        ActionStatus parsed = ActionStatus.parseLenient(status);
        String reason = null;
        if (parsed == ActionStatus.CEASED) {
            String stripped = status.strip();
            String rest = stripped.substring(ActionStatus.ceasedReasonStart(stripped));
            reason = rest.isEmpty() ? null : rest;
        }
        return create(directorate, reference, activity, parsed, reason);
    }

    private static ActionPlanItem create(String directorate, String reference, String activity,
            ActionStatus status, String ceasedReason) {
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(status, "status");
        notBlank("directorate", directorate);
        notBlank("reference", reference);
        notBlank("activity", activity);
        if (ceasedReason != null) {
            notBlank("ceasedReason", ceasedReason);
            if (status != ActionStatus.CEASED) {
                throw new IllegalArgumentException("Invalid value for ceasedReason (only a CEASED item has a reason, "
                        + "status is " + status + "): '" + ceasedReason + "'");
            }
        }
        return new ActionPlanItem(directorate, reference, activity, status, ceasedReason);
    }

    private static void notBlank(String field, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("Invalid value for " + field + " (must not be blank): '" + text + "'");
        }
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException(
                    "Invalid value for " + field + " (must not start or end with white space): '" + text + "'");
        }
    }

    /**
     * Returns the directorate that owns the activity, such as {@code Place}.
     *
     * @return the directorate, not null
     */
    public String directorate() {
        return directorate;
    }

    /**
     * Returns the reference as printed, such as {@code 5.1} or {@code 72}.
     *
     * @return the reference, not null
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the activity's wording, such as {@code Adoption of Local Plan}.
     *
     * @return the activity, not null
     */
    public String activity() {
        return activity;
    }

    /**
     * Returns the year-end status.
     *
     * @return the status, not null
     */
    public ActionStatus status() {
        return status;
    }

    /**
     * Returns why the activity ceased, such as {@code Funding bid not successful}.
     *
     * @return the reason, present only for a {@code CEASED} item that gave one
     */
    public Optional<String> ceasedReason() {
        return Optional.ofNullable(ceasedReason);
    }

    /**
     * Returns the status as a report prints it: {@code Green}, {@code Ceased}, or
     * {@code Ceased. Funding bid not successful}; {@link #ofPublished(String, String, String, String)}
     * reads it back.
     *
     * @return the status text, not null
     */
    public String publishedStatus() {
        return ceasedReason == null ? status.displayName() : status.displayName() + ". " + ceasedReason;
    }

    /**
     * Compares the directorate, reference, activity, status and ceased reason.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if all are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ActionPlanItem other
                && directorate.equals(other.directorate)
                && reference.equals(other.reference)
                && activity.equals(other.activity)
                && status == other.status
                && Objects.equals(ceasedReason, other.ceasedReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(directorate, reference, activity, status, ceasedReason);
    }

    /**
     * Returns the item as {@code directorate reference: activity (status)}, such as
     * {@code Place 81: Adoption of Local Plan (Complete)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return directorate + " " + reference + ": " + activity + " (" + publishedStatus() + ")";
    }
}
