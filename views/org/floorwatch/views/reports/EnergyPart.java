package org.floorwatch.views.reports;

import eu.hansolo.tilesfx.Tile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.views.map.FloorMapView;
import org.floorwatch.localstore.report.EnergyReport;
import org.floorwatch.localstore.report.EnergyReport.DepartmentEnergy;
import org.floorwatch.localstore.report.EnergyReport.MachineDay;
import org.floorwatch.localstore.report.EnergyReport.MachineEnergy;
import org.floorwatch.views.theme.KpiTile;

/**
 * The energy report on screen: tiles (kWh, kWh per completed part, peak power), the floor plan with a heat map
 * of each station's machines' kWh, kWh per department and per machine, and where each machine-day's kWh came
 * from (the energy report file or live samples). A department filter keeps its machines' rows and heat.
 */
final class EnergyPart implements ReportPart {

    private final Tile kwh = KpiTile.of("kpi-kwh", "Energy");
    private final Tile perPart = KpiTile.of("kpi-kwh-per-part", "Energy per part");
    private final Tile peak = KpiTile.of("kpi-peak", "Peak power");
    private final Tile parts = KpiTile.of("kpi-parts", "Parts completed");
    private final FloorMapView map = new FloorMapView();
    private final FigureTable<DepartmentEnergy> departments =
            new FigureTable<DepartmentEnergy>("department-energy-table", "No energy in this period")
                    .text("Department", DepartmentEnergy::department).decimal("Energy (kWh)", 1, DepartmentEnergy::kwh);
    private final FigureTable<MachineEnergy> machines =
            new FigureTable<MachineEnergy>("machine-energy-table", "No energy in this period")
                    .text("Machine", MachineEnergy::machine).text("Station", MachineEnergy::station)
                    .text("Department", MachineEnergy::department).decimal("Energy (kWh)", 1, MachineEnergy::kwh)
                    .decimal("Peak (kW)", 1, MachineEnergy::peakKw).showingUpTo(16);
    private final FigureTable<MachineDay> machineDays =
            new FigureTable<MachineDay>("machine-day-table", "No energy in this period")
                    .text("Production day", d -> d.date().toString()).text("Machine", MachineDay::machine)
                    .decimal("Energy (kWh)", 1, MachineDay::kwh)
                    .text("Taken from", d -> d.source() == EnergyReport.Source.REPORT ? "energy report" : "live samples")
                    .showingUpTo(16);
    private final Node root;

    EnergyPart(FloorPlan plan) {
        map.setId("energy-map");
        map.setPlan(plan);
        StackPane mapFrame = new StackPane(map);
        mapFrame.getStyleClass().add("map-frame");
        Node heat = Sections.section("kWh by machine on the floor", mapFrame, 380);
        Node perDepartment = Sections.section("kWh per department", departments.view(), 0);
        Node perMachine = Sections.section("kWh per machine", machines.view(), 0);
        Node perDay = Sections.section("kWh per machine and production day", machineDays.view(), 0);
        root = Sections.page(KpiTile.row(List.of(kwh, perPart, peak, parts)),
                List.of(heat, perDepartment, perMachine, perDay), List.of());
    }

    @Override
    public Node root() {
        return root;
    }

    /** The floor map with the heat of machines by kWh, for tests. */
    FloorMapView map() {
        return map;
    }

    @Override
    public void show(ReportFigures figures, RowFilter filter) {
        EnergyReport report = (EnergyReport) figures.report();
        KpiTile.show(kwh, Numbers.decimal(report.totals().kwh(), 1),
                "kWh \u00b7 " + (report.header().soFar() ? "so far" : "whole period"));
        KpiTile.show(perPart, Numbers.decimal(report.totals().kwhPerPart(), 2), "kWh per completed part");
        KpiTile.show(peak, Numbers.decimal(report.totals().peakKw(), 1), "kW");
        KpiTile.show(parts, Numbers.count(report.totals().completed()), "parts");
        List<MachineEnergy> shownMachines = report.byMachine().stream()
                .filter(m -> filter.departmentShown(m.department())).toList();
        List<String> machineIds = shownMachines.stream().map(MachineEnergy::machine).toList();
        departments.show(report.byDepartment().stream().filter(d -> filter.departmentShown(d.department())).toList());
        machines.show(shownMachines);
        machineDays.show(report.byMachineDay().stream().filter(d -> machineIds.contains(d.machine())).toList());
        map.setHeat(byStation(shownMachines), "kWh, " + figures.chosen().period().from()
                + (report.header().from().equals(report.header().to()) ? "" : " to " + report.header().to()));
    }

    /** kWh per station: the sum of its machines'. */
    static Map<String, Double> byStation(List<MachineEnergy> machines) {
        Map<String, Double> heat = new HashMap<>();
        machines.stream().filter(m -> m.station() != null).forEach(m -> heat.merge(m.station(), m.kwh(), Double::sum));
        return heat;
    }
}
