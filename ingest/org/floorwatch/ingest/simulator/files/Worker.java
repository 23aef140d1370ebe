package org.floorwatch.ingest.simulator.files;

import org.floorwatch.floorplan.FloorPlan.Station;

/** One employee on the roster: always the same shift and department, and a home station in that department. */
record Worker(String id, String name, String department, String shift, Station home) { }
