package org.floorwatch.ingest.simulator;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * What the simulated floor does next: actions at their times (milliseconds from the simulation's start), run in time
 * order, and of two at the same time the one scheduled first.
 */
final class Agenda {

    private record Scheduled(long atMs, long order, Runnable action) { }

    private final PriorityQueue<Scheduled> due =
            new PriorityQueue<>(Comparator.comparingLong(Scheduled::atMs).thenComparingLong(Scheduled::order));
    private long scheduled;

    void at(long atMs, Runnable action) {
        due.add(new Scheduled(atMs, scheduled++, action));
    }

    /** Runs the actions due before {@code untilMs} in order, each after telling {@code clock} its time. */
    void runBefore(long untilMs, LongConsumer clock) {
        while (!due.isEmpty() && due.peek().atMs() < untilMs) {
            Scheduled next = due.poll();
            clock.accept(next.atMs());
            next.action().run();
        }
    }
}
