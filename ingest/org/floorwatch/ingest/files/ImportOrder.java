package org.floorwatch.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FileTrouble;

/**
 * The order files are imported in, so that for each key the row meant to win is read last: floor plans first
 * (every other file is checked against the plan in force), then the paths in the order given, a folder's files
 * (recursively) sorted by name. Names are compared without their extension first, so a corrected re-issue whose
 * name extends the original's ({@code clockin-A.csv}, then {@code clockin-A-corrected.csv}) comes after it.
 * In folders, only files Floorwatch reads ({@code .csv}, {@code .xlsx}, {@code .json}, {@code .jsonl},
 * {@code .jsonl.gz}) are taken, so a README beside the data is not refused; hidden files (names starting with
 * {@code .}) and Excel's lock files ({@code ~$...}) are skipped. A file named on its own is always taken.
 */
public final class ImportOrder {

    private static final Comparator<Path> BY_NAME = Comparator.comparing((Path p) -> stem(p.toString()))
            .thenComparing(Path::toString);

    private ImportOrder() {
    }

    /** The files named by {@code paths} in import order; a path that is not a folder is kept as given. */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(folder(path));
            } else {
                files.add(path);
            }
        }
        List<Path> ordered = new ArrayList<>(files.stream().filter(ImportOrder::isFloorPlan).toList());
        files.stream().filter(file -> !isFloorPlan(file)).forEach(ordered::add);
        return ordered;
    }

    private static final List<String> READ = List.of(".csv", ".xlsx", ".json", ".jsonl", ".jsonl.gz");

    /** Whether a folder walk takes this file: one Floorwatch reads, not hidden, not an Excel lock file. */
    static boolean isImportable(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return READ.stream().anyMatch(name::endsWith);
    }

    private static List<Path> folder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isImportable(folder.relativize(file)))
                    .sorted(Comparator.comparing(folder::relativize, BY_NAME))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + folder + ": " + FileTrouble.of(e), e);
        }
    }

    /** A path's text with each name's extension cut off: {@code day1/clockin-A.csv} -> {@code day1/clockin-A}. */
    private static String stem(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.indexOf('.', slash + 1);
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** A {@code .json} file holding an object (not an inventory array): a floor plan. */
    static boolean isFloorPlan(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(256), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return start.startsWith("{");
        } catch (IOException e) {
            return false;
        }
    }
}
