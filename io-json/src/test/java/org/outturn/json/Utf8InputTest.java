package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Input}, which reads runs of ASCII eight bytes at a time, against {@link OldUtf8Input}, which read
 * every byte on its own: the same bytes passed on, and the same fault at the same line and column.
 */
final class Utf8InputTest {

    @Test
    void read_randomBytes_passesOnAndRefusesAsTheBytewiseCheck() throws IOException {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            byte[] input = bytes(random);
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 8 : 64);
            String expected = transcript(new OldUtf8Input(new ByteArrayInputStream(input)), chunk);
            String actual = transcript(new Utf8Input(new ByteArrayInputStream(input)), chunk);
            assertThat(actual).as("seed %d, input %d, chunk %d", seed, n, chunk).isEqualTo(expected);
        }
    }

    /** Mostly ASCII with line feeds, at times a zero byte, a well-formed or malformed sequence, or a stray byte. */
    private static byte[] bytes(SplittableRandom random) {
        int length = random.nextInt(200);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(100);
            if (kind < 85) {
                bytes[i] = (byte) (' ' + random.nextInt(95));
            } else if (kind < 92) {
                bytes[i] = '\n';
            } else if (kind < 93) {
                bytes[i] = 0;
            } else {
                bytes[i] = (byte) (0x80 + random.nextInt(128));
            }
        }
        // Now and then a well-formed two- or three-byte character.
        for (int i = 0; i + 3 <= length; i += 1 + random.nextInt(60)) {
            if (random.nextInt(3) == 0) {
                bytes[i] = (byte) 0xC3;
                bytes[i + 1] = (byte) 0xA9;
            } else if (random.nextInt(3) == 0) {
                bytes[i] = (byte) 0xE2;
                bytes[i + 1] = (byte) 0x82;
                bytes[i + 2] = (byte) 0xAC;
            }
        }
        return bytes;
    }

    /** The bytes a stream passes on, read in chunks, then its fault with its line and column, if any. */
    private static String transcript(InputStream in, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        String end;
        try {
            int n;
            while ((n = in.read(buffer, 0, chunk)) >= 0) {
                out.write(buffer, 0, n);
            }
            end = "end";
        } catch (Utf8Input.MalformedException ex) {
            end = ex.getMessage() + " at " + ex.line() + ":" + ex.column();
        } catch (IOException ex) {
            end = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        return java.util.HexFormat.of().formatHex(out.toByteArray()) + " " + end;
    }
}
