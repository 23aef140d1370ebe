package org.floorwatch.floorplan.alarm;

/**
 * What the alarm screens show at one moment: the board, and whether the episodes of the stored history are read yet
 * (at start the history is read in the background; until then the board holds only what arrived since).
 */
public record AlarmSnapshot(AlarmBoard board, boolean ready) {

    public static final AlarmSnapshot EMPTY = new AlarmSnapshot(AlarmBoard.EMPTY, false);
}
