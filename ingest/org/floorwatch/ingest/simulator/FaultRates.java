package org.floorwatch.ingest.simulator;

/**
 * How often each message fault strikes, as a share of the good messages passing.
 *
 * @param duplicate  re-sent with the same id (half identical, half with a changed field; half right away,
 *                   half 1 minute to 3 hours of simulated time later)
 * @param swap       sent after the message that follows it
 * @param late       held back 1 minute to 2 hours of simulated time, then sent with its original ts
 * @param bad        followed by a broken message (with a fresh id) of the next quarantine case in turn
 */
public record FaultRates(double duplicate, double swap, double late, double bad) {

    public static FaultRates defaults() {
        return new FaultRates(0.02, 0.02, 0.01, 0.01);
    }
}
