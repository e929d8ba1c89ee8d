package org.outturn.csv;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outturn.core.PublishedValue;
import org.outturn.core.Unit;

/**
 * Units as a unit column prints them ({@code %}, {@code Number}, {@code per 10,000}, {@code £}) or as the
 * cells show them, with the decimal places of the most precise cell.
 */
final class UnitWords {

    private static final Pattern RATE = Pattern.compile("(?:rate )?per ([\\d,]+)(?: .*)?");
    private static final String ACCEPTED = "a unit such as percentage:1 or rate-per-10000:0, or %, Percentage, "
            + "Number, Count, Score, Ratio, Average, £, Days, per 1,000, per 10,000, per 100,000";
    private static final int MAX_PLACES = 10;

    /** A unit inferred from cells, and why. */
    record Inference(Unit unit, String reason) {
    }

    private UnitWords() {
    }

    /**
     * Reads a unit cell: the canonical notation, or a word with the decimal places of the cells.
     *
     * @throws IllegalArgumentException if the text is no unit, as in
     *     {@code Unknown unit: 'parsecs' (accepted: a unit such as percentage:1 ...)}
     */
    static Unit parse(String text, List<PublishedValue> values) {
        if (text.contains(":")) {
            return Unit.parse(text.strip());
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        int places = places(values);
        Matcher rate = RATE.matcher(word);
        if (rate.matches()) {
            return Unit.ratePer(Long.parseLong(rate.group(1).replace(",", "")), places);
        }
        switch (word) {
            case "%", "percentage", "percent", "per cent":
                return Unit.percentage(places);
            case "number", "count", "no.", "no", "#":
                return Unit.count(places);
            case "score", "points":
                return Unit.score(places);
            case "ratio", "average", "rate":
                return Unit.ratio(places);
            case "£", "gbp", "pounds", "£s":
                return Unit.currency(Currency.getInstance("GBP"), places);
            case "days", "day":
                return Unit.duration(ChronoUnit.DAYS, places);
            case "weeks", "week":
                return Unit.duration(ChronoUnit.WEEKS, places);
            default:
                throw new IllegalArgumentException("Unknown unit: '" + text + "' (accepted: " + ACCEPTED + ")");
        }
    }

    /** The unit the cells show: their percent sign, rate base or pound sign, else a count or a score. */
    static Inference infer(List<PublishedValue> values) {
        int places = places(values);
        for (PublishedValue value : values) {
            if (value.unitHint().isEmpty()) {
                continue;
            }
            switch (value.unitHint().get()) {
                case PERCENTAGE:
                    return new Inference(Unit.percentage(places), "a cell such as '" + value.text().strip()
                            + "' has a percent sign");
                case RATE:
                    OptionalLong base = value.rateBase();
                    return new Inference(Unit.ratePer(base.getAsLong(), places), "a cell such as '"
                            + value.text().strip() + "' gives a rate");
                case CURRENCY:
                    return new Inference(Unit.currency(value.currency().orElseThrow(), places), "a cell such as '"
                            + value.text().strip() + "' has a pound sign");
                default:
                    break;
            }
        }
        if (places == 0) {
            return new Inference(Unit.count(0), "whole numbers without a percent sign, rate or pound sign");
        }
        return new Inference(Unit.score(places), "numbers with decimal places, without a percent sign, rate or "
                + "pound sign");
    }

    /** The most decimal places among the values, at most ten. */
    private static int places(List<PublishedValue> values) {
        int places = 0;
        for (PublishedValue value : values) {
            if (value.value().isPresent()) {
                BigDecimal number = value.value().get();
                places = Math.max(places, Math.max(0, number.scale()));
            }
        }
        return Math.min(places, MAX_PLACES);
    }
}
