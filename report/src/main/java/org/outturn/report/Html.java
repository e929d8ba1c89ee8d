package org.outturn.report;

import java.util.Locale;
import java.util.Objects;

/**
 * Escaping of text for HTML and SVG, the one escaper of Outturn's reports and command line.
 *
 * <p>Example: {@code Html.escape("Tom & Jerry's <b>")} is {@code Tom &amp; Jerry&#39;s &lt;b&gt;}.
 *
 * <p>This class is not instantiable; its methods are thread-safe.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for XHTML or SVG element content and attribute values: {@code &}, {@code <},
     * {@code >}, {@code "} and {@code '} become character references, and characters XML 1.0 forbids
     * (control characters other than tab, line feed and carriage return) become a space, so that
     * words stay apart.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    public static String escape(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? c : ' ');
                    break;
            }
        }
        return out.toString();
    }

    /** The start of a standalone XHTML page of the reports: doctype, head with the title, and the heading. */
    static StringBuilder pageStart(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n"
                + "<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(escape(title)).append("</title>\n</head>\n"
                + "<body>\n<h1>").append(escape(title)).append("</h1>\n");
    }

    /** A pixel position with at most one decimal place: {@code 12}, {@code 12.5}. */
    static String px(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
