package org.outturn.json;

import java.util.Arrays;

/**
 * The indicator codes a reading has seen, each with the index of the indicator that had it first, kept
 * compactly so that a streamed document of any length can be checked for repeated codes in little
 * heap: the codes' characters are copied into one shared array and found through an open-addressing
 * table of ints, about 2 bytes a character and 16 bytes a code, against some 100 bytes a code for a
 * {@code HashMap} of strings (which would not let 100,000 indicators stream in a 16 MB heap).
 *
 * <p>Mutable, not thread-safe: it belongs to one reading.
 */
final class SeenCodes {

    private static final int NONE = -1;

    /** The characters of every code, one after another. */
    private char[] chars = new char[256];
    private int length;
    /** Per code, in the order seen: where its characters start, their count, and its indicator's index. */
    private int[] starts = new int[16];
    private int[] sizes = new int[16];
    private int[] firsts = new int[16];
    private int count;
    /** Open addressing: the number of each code in the order seen, or {@link #NONE}; a power of two long. */
    private int[] slots = newSlots(32);

    /**
     * Records a code unless it was seen before.
     *
     * @param code  the code, not null
     * @param index  the index of the indicator that has it
     * @return the index of the indicator that had the code first, or -1 if the code is new (and now recorded)
     */
    int add(String code, int index) {
        int mask = slots.length - 1;
        int slot = spread(code.hashCode()) & mask;
        while (slots[slot] != NONE) {
            int seen = slots[slot];
            if (equal(seen, code)) {
                return firsts[seen];
            }
            slot = (slot + 1) & mask;
        }
        append(code, index);
        slots[slot] = count - 1;
        if (count * 2 > slots.length) {
            rehash();
        }
        return NONE;
    }

    private boolean equal(int seen, String code) {
        int size = sizes[seen];
        if (size != code.length()) {
            return false;
        }
        int start = starts[seen];
        for (int i = 0; i < size; i++) {
            if (chars[start + i] != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void append(String code, int index) {
        if (length + code.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + code.length()));
        }
        code.getChars(0, code.length(), chars, length);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            sizes = Arrays.copyOf(sizes, count * 2);
            firsts = Arrays.copyOf(firsts, count * 2);
        }
        starts[count] = length;
        sizes[count] = code.length();
        firsts[count] = index;
        length += code.length();
        count++;
    }

    private void rehash() {
        int[] bigger = newSlots(slots.length * 2);
        int mask = bigger.length - 1;
        for (int seen = 0; seen < count; seen++) {
            int slot = spread(hash(seen)) & mask;
            while (bigger[slot] != NONE) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = seen;
        }
        slots = bigger;
    }

    /** The same hash as {@link String#hashCode()} of the seen code. */
    private int hash(int seen) {
        int h = 0;
        for (int i = starts[seen], end = i + sizes[seen]; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static int[] newSlots(int size) {
        int[] slots = new int[size];
        Arrays.fill(slots, NONE);
        return slots;
    }
}
