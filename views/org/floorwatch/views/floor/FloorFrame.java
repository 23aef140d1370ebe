package org.floorwatch.views.floor;

import org.floorwatch.floorplan.live.FloorSnapshot;

/**
 * A snapshot to draw and the era it belongs to: the era changes when the floor jumps (a seek in its history, back
 * to live), so the frames stop gliding on from where they were and the screen reads its store figures again.
 */
record FloorFrame(FloorSnapshot snapshot, long era) {
}
