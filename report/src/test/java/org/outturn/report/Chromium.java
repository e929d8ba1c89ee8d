package org.outturn.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Headless Chromium, run as a process: the DOM after load with the console messages, a screenshot,
 * a PDF print. Found as {@code $CHROMIUM}, else {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} on the PATH.
 */
final class Chromium {

    /** Set (to anything) where Chromium must be present, as CI does: a missing browser then fails the tests. */
    static final String REQUIRE = "OUTTURN_REQUIRE_CHROMIUM";

    private static final Pattern CONSOLE = Pattern.compile(".*:CONSOLE[^\\]]*\\] (.*)");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    /** The width of the window, in CSS pixels. */
    static final int WIDTH = 1400;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** Finds Chromium, or returns empty. */
    static Optional<Chromium> find() {
        List<String> names = new ArrayList<>();
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            names.add(configured);
        }
        names.addAll(List.of("chromium", "chromium-browser", "google-chrome"));
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            Path candidate = Path.of(name);
            if (candidate.isAbsolute() && Files.isExecutable(candidate)) {
                return Optional.of(new Chromium(candidate));
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path file = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(file)) {
                    return Optional.of(new Chromium(file));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM after load, and every console message the page logged. */
    record Loaded(String dom, List<String> console) {
    }

    /** Loads a page in a window 1400 pixels wide, the width of the screenshots. */
    Loaded dumpDom(Path page) throws IOException, InterruptedException {
        Path out = Files.createTempFile("chromium-dom", ".html");
        Path err = Files.createTempFile("chromium-err", ".txt");
        try {
            run(out, err, "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--window-size=" + WIDTH + ",900", "--dump-dom", page.toUri().toString());
            List<String> console = new ArrayList<>();
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                Matcher matcher = CONSOLE.matcher(line);
                if (matcher.matches()) {
                    console.add(matcher.group(1));
                }
            }
            return new Loaded(Files.readString(out, StandardCharsets.UTF_8), console);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    BufferedImage screenshot(Path page, int height, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(null, null, "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
        return ImageIO.read(png.toFile());
    }

    /** Prints a page to PDF and returns its number of pages: the count of its {@code /Type /Page} objects. */
    int printedPages(Path page, Path pdf) throws IOException, InterruptedException {
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        Files.deleteIfExists(pdf);
        run(null, null, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString());
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher matcher = PAGE.matcher(text);
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    private void run(Path out, Path err, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-extensions", "--allow-file-access-from-files"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        builder.redirectError(err == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(err.toFile()));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited with " + process.exitValue() + ": " + command);
        }
    }
}
