package org.outturn.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The UTF-8 check as it was before it read ASCII eight bytes at a time: the oracle of {@code Utf8InputTest}.
 *
 * A stream that passes on well-formed UTF-8 only (RFC 3629), and no zero byte among the first four,
 * which would make Jackson read the input as UTF-16 or UTF-32: an overlong encoding such as
 * {@code C0 AF} for {@code /}, a surrogate, a code point above U+10FFFF, a stray continuation byte
 * or a truncated sequence is refused with its location. The bytes before the fault are passed on
 * first, so that the parser reaches the fault and the error can name the JSON path it lies in.
 * Mutable, not thread-safe.
 */
final class OldUtf8Input extends FilterInputStream {

    private long offset;
    private int line = 1;
    private int column = 1;
    /** Continuation bytes still expected by the current sequence. */
    private int pending;
    /** The bytes of the current sequence so far. */
    private final byte[] sequence = new byte[4];
    private int sequenceLength;
    private int sequenceLine;
    private int sequenceColumn;
    private long sequenceOffset;
    private Utf8Input.MalformedException fault;
    private boolean eof;

    OldUtf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (fault != null) {
            throw fault;
        }
        if (len == 0) {
            return 0;
        }
        if (eof) {
            return -1;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            eof = true;
            if (pending > 0) {
                fault = malformed("truncated sequence at the end of the input");
                throw fault;
            }
            return -1;
        }
        for (int i = 0; i < n; i++) {
            byte next = b[off + i];
            if (next > 0 && pending == 0 && offset >= 4) {
                // ASCII other than a zero byte, outside a sequence: always well formed, only counted.
                countAscii(next);
                continue;
            }
            if (!accept(next & 0xFF)) {
                if (i > 0) {
                    return i;
                }
                throw fault;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Counts an ASCII byte read outside a sequence: one byte, one column, or a new line. */
    private void countAscii(int b) {
        offset++;
        if (b == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    /** Takes one byte; returns false, with the fault set, when it makes the input malformed. */
    private boolean accept(int b) {
        if (pending == 0) {
            sequenceOffset = offset;
            sequenceLine = line;
            sequenceColumn = column;
            sequenceLength = 0;
            sequence[sequenceLength++] = (byte) b;
            if (b == 0 && offset < 4) {
                // No JSON text in UTF-8 has a zero byte so early; Jackson would take it for UTF-16 or UTF-32.
                fault = new Utf8Input.MalformedException("the input is not UTF-8 text: zero byte at byte offset " + offset
                        + " (UTF-16 and UTF-32 are not read)", line, column);
                return false;
            }
            if (b < 0x80) {
                countAscii(b);
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
            } else {
                fault = malformed(b == 0xC0 || b == 0xC1 ? "overlong encoding"
                        : b < 0xC0 ? "continuation byte without a start" : "byte never used in UTF-8");
                return false;
            }
            offset++;
            return true;
        }
        sequence[sequenceLength++] = (byte) b;
        if ((b & 0xC0) != 0x80) {
            fault = malformed("sequence cut short");
            return false;
        }
        if (sequenceLength == 2) {
            int first = sequence[0] & 0xFF;
            if (first == 0xE0 && b < 0xA0 || first == 0xF0 && b < 0x90) {
                fault = malformed("overlong encoding");
                return false;
            }
            if (first == 0xED && b >= 0xA0) {
                fault = malformed("surrogate code point");
                return false;
            }
            if (first == 0xF4 && b >= 0x90) {
                fault = malformed("code point above U+10FFFF");
                return false;
            }
        }
        offset++;
        pending--;
        if (pending == 0) {
            column++;
        }
        return true;
    }

    private Utf8Input.MalformedException malformed(String what) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < sequenceLength; i++) {
            bytes.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", sequence[i] & 0xFF));
        }
        return new Utf8Input.MalformedException("malformed UTF-8 (" + what + "): " + (sequenceLength == 1 ? "byte " : "bytes ")
                + bytes + " at byte offset "
                + sequenceOffset, sequenceLine, sequenceColumn);
    }
}
