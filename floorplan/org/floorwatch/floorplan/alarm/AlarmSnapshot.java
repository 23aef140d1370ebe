package org.floorwatch.floorplan.alarm;

import java.util.Map;

/**
 * What the alarm screens show at one moment: the board, the sensors whose health is in doubt (by id), and whether the
 * episodes of the stored history are read yet (at start the history is read in the background; until then the board
 * holds only what arrived since).
 */
public record AlarmSnapshot(AlarmBoard board, Map<String, SensorHealth.Flags> health, boolean ready) {

    public static final AlarmSnapshot EMPTY = new AlarmSnapshot(AlarmBoard.EMPTY, Map.of(), false);

    public AlarmSnapshot {
        health = Map.copyOf(health);
    }
}
