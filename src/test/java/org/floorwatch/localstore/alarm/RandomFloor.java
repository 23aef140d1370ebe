package org.floorwatch.localstore.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * Seeded random events for the small plan with alarm limits: readings of HS-PRESS and HS-CHECK wandering across
 * their limits with silences and equal timestamps, parts in and out of PRESS around its WIP limit, a few energy
 * samples; stored mostly in time order, with some events held back minutes and some hours (late).
 */
final class RandomFloor {

    static final Instant START = Instant.parse("2026-11-02T06:00:00Z");

    private RandomFloor() {
    }

    /** Eight hours of events in the order they are stored. */
    static List<FloorEvent> storedOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FloorEvent> events = new ArrayList<>();
        readings(random, "HS-PRESS", 66, 9, events);
        readings(random, "HS-CHECK", 44, 7, events);
        moves(random, events);
        for (int i = 0; i < 40; i++) {
            events.add(new EnergySample("e" + i, START.plusSeconds(i * 720L), "M-PRESS", 1, 60));
        }
        List<Timed> timed = new ArrayList<>();
        for (FloorEvent event : events) {
            double roll = random.nextDouble();
            long delay = roll < 0.02 ? 3600 + random.nextLong(7200) : roll < 0.06 ? random.nextLong(600) : 0;
            timed.add(new Timed(event.ts().plusSeconds(delay), timed.size(), event));
        }
        timed.sort(Comparator.comparing(Timed::at).thenComparing(Timed::order));
        return timed.stream().map(Timed::event).toList();
    }

    private record Timed(Instant at, int order, FloorEvent event) { }

    private static void readings(SplittableRandom random, String sensor, double middle, double spread,
                                 List<FloorEvent> out) {
        long t = 0;
        int n = 0;
        double celsius = middle;
        while (t < 8 * 3600) {
            celsius = Math.round((celsius + (middle - celsius) * 0.05 + (random.nextDouble() - 0.5) * spread) * 10) / 10.0;
            out.add(new HeatReading(sensor + "-" + (char) ('a' + random.nextInt(26)) + n++, START.plusSeconds(t), sensor,
                    celsius));
            double gap = random.nextDouble();
            t += gap < 0.01 ? 200 + random.nextInt(600) : gap < 0.05 ? 0 : 5 + random.nextInt(20);
        }
    }

    private static void moves(SplittableRandom random, List<FloorEvent> out) {
        int inside = 0;
        for (int i = 0; i < 600; i++) {
            Instant ts = START.plusSeconds(i * 45L + random.nextInt(3) * 15L);
            boolean in = inside == 0 || inside < 6 && random.nextBoolean();
            out.add(new PartMove("m" + i, ts, "P" + i, "X", in ? "IN" : "PRESS", in ? "PRESS" : "CHECK", null));
            inside += in ? 1 : -1;
        }
    }
}
