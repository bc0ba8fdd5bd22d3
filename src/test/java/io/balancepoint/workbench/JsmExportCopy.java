package io.balancepoint.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the hand-written export that a test may break, one edit at a time. */
public final class JsmExportCopy {

    private JsmExportCopy() {
    }

    /** Copies the export directory {@code from} to {@code to}; returns {@code to}. */
    public static Path of(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }

    /** Replaces the first occurrence of {@code text}; fails when the file does not contain it (the test would prove nothing). */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(file + " does not contain " + text);
        }
        Files.writeString(file, content.substring(0, at) + replacement + content.substring(at + text.length()));
    }
}
