package org.floorwatch.ingest.simulator.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * The site's staff: workers spread evenly over the plan's shifts and, within a shift, over its stations
 * (so a department gets people in proportion to its stations), each with a made-up name.
 */
final class Workforce {

    private static final List<String> FIRST_NAMES = List.of("Alex", "Amira", "Ben", "Chloe", "Dev", "Elena",
            "Femi", "Grace", "Hugo", "Isla", "Jack", "Kasia", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn",
            "Rosa", "Sam", "Tariq", "Una", "Victor", "Wen", "Yusuf", "Zoe");
    private static final List<String> LAST_NAMES = List.of("Adams", "Brennan", "Chowdhury", "Dale", "Evans",
            "Fischer", "Gallagher", "Hughes", "Iqbal", "Jones", "Kowalski", "Lewis", "Mensah", "Nowak", "Okafor",
            "Patel", "Quigley", "Reid", "Singh", "Taylor", "Usman", "Varga", "Walsh", "Young");

    private final List<Worker> workers;
    private final Map<String, List<Station>> stationsByDepartment;

    private Workforce(List<Worker> workers, Map<String, List<Station>> stationsByDepartment) {
        this.workers = List.copyOf(workers);
        this.stationsByDepartment = stationsByDepartment;
    }

    /** Hires {@code count} workers (ids E1001, E1002, ...) for the plan. */
    static Workforce hire(FloorPlan plan, int count, SplittableRandom random) {
        List<Station> stations = plan.stations();
        List<FloorPlan.Shift> shifts = plan.shifts();
        List<Worker> workers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Station home = stations.get(i / shifts.size() % stations.size());
            String name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                    + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            workers.add(new Worker("E" + (1001 + i), name, home.department(), shifts.get(i % shifts.size()).name(),
                    home));
        }
        Map<String, List<Station>> byDepartment = stations.stream()
                .collect(Collectors.groupingBy(Station::department));
        return new Workforce(workers, byDepartment);
    }

    List<Worker> all() {
        return workers;
    }

    /** The workers of one shift, by id. */
    List<Worker> onShift(String shift) {
        return workers.stream().filter(w -> w.shift().equals(shift)).toList();
    }

    /** The stations a worker may work at: those of the worker's department. */
    List<Station> stationsOf(Worker worker) {
        return stationsByDepartment.get(worker.department());
    }
}
