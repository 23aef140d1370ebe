package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.ReportStore.failed;
import static org.floorwatch.localstore.report.ReportStore.move;

/**
 * Production day 2026-11-03 on the small site (GMT, so local = UTC; the day is [03 06:00Z, 04 06:00Z), 86 400 s).
 * Parts, with times UTC:
 * <pre>
 * P0  enters 02 10:00, IN>PRESS 02 10:05, PRESS>CHECK 02 10:30, CHECK>FIX 02 11:00 (E9)   -- all the day before
 *     FIX>CHECK 06:20, CHECK>OUT 06:50
 * P1  enters 05:00 (the day before), IN>PRESS 06:10, PRESS>CHECK 06:30, CHECK>OUT 06:40
 * P2  enters 07:00, IN>PRESS 07:05, PRESS>CHECK 07:25 (E1), CHECK>FIX 07:30 (E9), FIX>CHECK 08:00, CHECK>OUT 08:10
 *     (CHECK>OUT arrives twice with one id; the second copy says 09:00 and is ignored)
 * P3  enters 13:50, IN>PRESS 14:00, PRESS>CHECK 14:30, CHECK>BIN 15:00 (E9)
 * P6  enters 20:00, IN>PRESS 20:10, still in PRESS at the end
 * P7  enters 16:00, IN>PRESS 16:05, PRESS>CHECK 16:45, CHECK>FIX 17:00 (E7), still in FIX at the end
 * P4  enters 23:00, IN>PRESS 23:30, PRESS>CHECK 04 01:00, CHECK>OUT 04 05:59 (this last one stored late)
 * P5  enters 04 06:00: the next production day
 * </pre>
 * Work orders: M-PRESS 10:00-12:00 and 11:00-13:00 (union 3 h) and one open since 04 05:00 (1 h to the end):
 * 4 h down; M-CHECK 02 20:00-03 07:00: 1 h down inside the day. Tools: drills T1 (100 h expected, retired at
 * 90 h) and T2 (200 h, retired at 130 h), mould T3 (500 h, checked out); T9 is retired but not in the master list.
 */
final class OrdinaryDay {

    static final String DAY = "2026-11-03";

    private OrdinaryDay() {
    }

    static void write(ReportStore store) {
        store.write(
                move("p0a", "2026-11-02T10:00Z", "P0", null, "IN"),
                move("p0b", "2026-11-02T10:05Z", "P0", "IN", "PRESS"),
                move("p0c", "2026-11-02T10:30Z", "P0", "PRESS", "CHECK"),
                failed("p0d", "2026-11-02T11:00Z", "P0", "CHECK", "FIX", "E9"),
                move("p0e", "2026-11-03T06:20Z", "P0", "FIX", "CHECK"),
                move("p0f", "2026-11-03T06:50Z", "P0", "CHECK", "OUT"),
                move("p1a", "2026-11-03T05:00Z", "P1", null, "IN"),
                move("p1b", "2026-11-03T06:10Z", "P1", "IN", "PRESS"),
                move("p1c", "2026-11-03T06:30Z", "P1", "PRESS", "CHECK"),
                move("p1d", "2026-11-03T06:40Z", "P1", "CHECK", "OUT"),
                move("p2a", "2026-11-03T07:00Z", "P2", null, "IN"),
                move("p2b", "2026-11-03T07:05Z", "P2", "IN", "PRESS"),
                failed("p2c", "2026-11-03T07:25Z", "P2", "PRESS", "CHECK", "E1"),
                failed("p2d", "2026-11-03T07:30Z", "P2", "CHECK", "FIX", "E9"),
                move("p2e", "2026-11-03T08:00Z", "P2", "FIX", "CHECK"),
                move("p2f", "2026-11-03T08:10Z", "P2", "CHECK", "OUT"),
                move("p3a", "2026-11-03T13:50Z", "P3", null, "IN"),
                move("p3b", "2026-11-03T14:00Z", "P3", "IN", "PRESS"),
                move("p3c", "2026-11-03T14:30Z", "P3", "PRESS", "CHECK"),
                failed("p3d", "2026-11-03T15:00Z", "P3", "CHECK", "BIN", "E9"),
                move("p6a", "2026-11-03T20:00Z", "P6", null, "IN"),
                move("p6b", "2026-11-03T20:10Z", "P6", "IN", "PRESS"),
                move("p7a", "2026-11-03T16:00Z", "P7", null, "IN"),
                move("p7b", "2026-11-03T16:05Z", "P7", "IN", "PRESS"),
                move("p7c", "2026-11-03T16:45Z", "P7", "PRESS", "CHECK"),
                failed("p7d", "2026-11-03T17:00Z", "P7", "CHECK", "FIX", "E7"),
                move("p4a", "2026-11-03T23:00Z", "P4", null, "IN"),
                move("p4b", "2026-11-03T23:30Z", "P4", "IN", "PRESS"),
                move("p4c", "2026-11-04T01:00Z", "P4", "PRESS", "CHECK"));
        store.write(move("p5a", "2026-11-04T06:00Z", "P5", null, "IN"),
                move("p2f", "2026-11-03T09:00Z", "P2", "CHECK", "OUT"));
        store.write(move("p4d", "2026-11-04T05:59Z", "P4", "CHECK", "OUT"));
        store.sql("""
                INSERT INTO work_orders VALUES
                 ('WO1', 'M-PRESS', 'jam', 'high', TIMESTAMP '2026-11-03 10:00', NULL, TIMESTAMP '2026-11-03 12:00', 'Ann', 'm.csv', 2),
                 ('WO2', 'M-PRESS', 'oil', 'low', TIMESTAMP '2026-11-03 11:00', NULL, TIMESTAMP '2026-11-03 13:00', 'Bob', 'm.csv', 3),
                 ('WO3', 'M-PRESS', 'noise', 'low', TIMESTAMP '2026-11-04 05:00', NULL, NULL, NULL, 'm.csv', 4),
                 ('WO4', 'M-CHECK', 'lamp', 'mid', TIMESTAMP '2026-11-02 20:00', NULL, TIMESTAMP '2026-11-03 07:00', 'Ann', 'm.csv', 5)""",
                """
                INSERT INTO tools VALUES ('T1', 'Drill 6', 'drill', 'Acme', 100, 'PRESS', 't.csv', 2),
                 ('T2', 'Drill 8', 'drill', 'Acme', 200, 'PRESS', 't.csv', 3),
                 ('T3', 'Mould', 'mould', 'Forma', 500, 'PRESS', 't.csv', 4)""",
                """
                INSERT INTO tool_inventory VALUES ('T1', 'retired', NULL, NULL, 90, NULL, 'inv.json'),
                 ('T2', 'retired', NULL, NULL, 130, NULL, 'inv.json'),
                 ('T3', 'checked_out', 'PRESS', 'Ann', 200, NULL, 'inv.json'),
                 ('T9', 'retired', NULL, NULL, 50, NULL, 'inv.json')""");
    }
}
