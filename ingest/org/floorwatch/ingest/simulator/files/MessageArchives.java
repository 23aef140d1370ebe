package org.floorwatch.ingest.simulator.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.Outgoing;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.WorkOrder;

/**
 * Writes the live messages of a run as daily {@code .jsonl} archives, one file per day and kind
 * ({@code moves-}, {@code heat-}, {@code energy-yyyy-MM-dd.jsonl[.gz]}): the simulator's stream with its
 * faults, each message in the file of the day it was sent. So duplicates are there, broken messages
 * too, and an event held back past the end of its day sits in the next day's file with its own ts.
 */
final class MessageArchives {

    private static final int BUFFER = 1 << 16;

    private final FloorPlan plan;
    private final ProductionCalendar calendar;
    private final long seed;
    private final boolean gzip;

    MessageArchives(FloorPlan plan, long seed, boolean gzip) {
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
        this.seed = seed;
        this.gzip = gzip;
    }

    /**
     * Writes the archives of {@code days} production days from {@code from}; adds the samples to {@code metered} and
     * the work orders of the machines that broke down on the way to {@code workOrders}.
     */
    SimulationLedger write(OutputFolder out, LocalDate from, int days, MeteredEnergy metered,
                           List<WorkOrder> workOrders) throws IOException {
        SimulationLedger ledger = new SimulationLedger();
        MessageStream stream = new MessageStream(plan, seed, calendar.dayStart(from), Topics.DEFAULT, true);
        Outgoing next = stream.next();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            Instant dayStart = calendar.dayStart(day);
            Instant dayEnd = calendar.dayEnd(day);
            Map<MessageKind, Writer> files = open(out, day);
            try {
                for (; next.sendAt().isBefore(dayEnd); next = stream.next()) {
                    MessageKind kind = Topics.DEFAULT.kindOf(next.message().topic()).orElseThrow();
                    Writer file = files.get(kind);
                    file.write(next.message().value());
                    file.write('\n');
                    ledger.record(next);
                    if (next.verdict() == Outgoing.Verdict.NEW && next.event() instanceof EnergySample sample) {
                        metered.add(sample.ts().isBefore(dayStart) ? calendar.productionDay(sample.ts()) : day, sample);
                    }
                }
            } finally {
                for (Writer file : files.values()) {
                    file.close();
                }
            }
            workOrders.addAll(stream.workOrders());
        }
        return ledger;
    }

    private Map<MessageKind, Writer> open(OutputFolder out, LocalDate day) throws IOException {
        Map<MessageKind, Writer> files = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            String name = archiveName(kind) + "-" + day + (gzip ? ".jsonl.gz" : ".jsonl");
            OutputStream stream = Files.newOutputStream(out.day(day, name));
            if (gzip) {
                stream = new GZIPOutputStream(stream, BUFFER);
            }
            files.put(kind, new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER));
        }
        return files;
    }

    /** The part of an archive's name that tells its kind: the default topic without its {@code floor.} prefix. */
    static String archiveName(MessageKind kind) {
        String topic = kind.defaultTopic();
        return topic.substring(topic.indexOf('.') + 1);
    }
}
