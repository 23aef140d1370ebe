package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README.txt of an output folder: what is where, and which faults were put in on purpose. */
final class Readme {

    private Readme() {
    }

    static void write(Path file, String site, FileSimulationSettings settings, List<String> reissues,
                      List<String> lateFiles, List<BadFile> badFiles) throws IOException {
        String archive = settings.gzip() ? ".jsonl.gz" : ".jsonl";
        StringBuilder text = new StringBuilder();
        text.append("Floorwatch simulated file sources\n\n")
                .append("Site ").append(site).append(", production days ").append(settings.from())
                .append(" to ").append(settings.from().plusDays(settings.days() - 1L))
                .append(" (").append(settings.days()).append(settings.days() == 1 ? " day" : " days")
                .append("), seed ").append(settings.seed()).append(", ").append(settings.workers())
                .append(" workers.\nThe same options give the same files, byte for byte.\n\n")
                .append("Import it all with: floorwatch import <this folder> --data <store folder>\n")
                .append("The files under bad/ are refused on purpose, so that command ends with exit status 1.\n\n")
                .append("""
                        Layout (times in files are local to the site's time zone)
                          README.txt              this file
                          floor-plan.json         the floor plan the files were made for
                          tools.csv               tool master list
                          tools-inventory.json    tool inventory snapshot at the end of the run
                          maintenance-log.csv     work orders of the run; open ones have no resolved time
                          yyyy-MM-dd/             one folder per production day:
                            clock-ins-DAY-SHIFT.xlsx   one clock-in sheet per shift
                                                       (.csv with ';', CRLF and a byte-order mark on days 1, 5, 9...)
                            tasks-DAY.csv              the day's task log
                            energy-report-DAY.csv      the day's energy report (.xlsx on days 2, 5, 8...)
                        """)
                .append("    moves-DAY").append(archive).append(", heat-DAY").append(archive)
                .append(", energy-DAY").append(archive).append("\n")
                .append("""
                                                       the live messages sent that day, one JSON object a line
                          bad/                    files an importer must refuse (listed below)

                        Faults put in on purpose
                          Archives: duplicates (same id; some copies differ from the first), events sent late
                          (those sent after their day's end are in the next day's file, with their own ts),
                          and broken messages of every quarantine reason.
                          Days are numbered from 0 in the run.
                        """);
        section(text, "Corrected re-issues (read after the original, their rows replace the original's per key)",
                reissues);
        section(text, "Late files (a day's task log found in the next day's folder)", lateFiles);
        section(text, "Files meant to be refused", badFiles.stream()
                .map(bad -> "bad/" + bad.name() + ": row " + bad.row() + ", " + bad.rule()).toList());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        text.append("\n").append(title).append(":\n");
        if (lines.isEmpty()) {
            text.append("  (none in this run)\n");
        }
        lines.forEach(line -> text.append("  ").append(line).append("\n"));
    }
}
