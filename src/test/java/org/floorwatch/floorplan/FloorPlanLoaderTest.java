package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloorPlanLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfAValidPlan() {
        FloorPlan plan = TestPlans.parse(TestPlans.valid());

        assertThat(plan.site()).isEqualTo("Test Works");
        assertThat(plan.timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(plan.size()).isEqualTo(new FloorPlan.Size(60, 30));
        assertThat(plan.shifts().get(2)).isEqualTo(new FloorPlan.Shift("C", LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(plan.station("PRESS")).contains(new FloorPlan.Station(
                "PRESS", "Press", "MAIN", StationKind.PROCESS, 14, 10, 8, 5, 40));
        assertThat(plan.machine("M-PRESS").orElseThrow().ratedKw()).isEqualTo(22.5);
        assertThat(plan.route("IN", "PRESS").orElseThrow().waypoints()).containsExactly(new Point(8, 12), new Point(14, 12));
        assertThat(plan.route("PRESS", "CHECK").orElseThrow().waypoints()).isEmpty();
        assertThat(plan.sensor("HS-PRESS").orElseThrow().alarmC()).isEqualTo(75.0);
    }

    @Test
    void machinesRoutesAndSensorsMayBeAbsentAndExtraFieldsAreIgnored() {
        ObjectNode json = TestPlans.valid();
        json.remove(List.of("machines", "routes", "sensors"));
        json.put("owner", "someone");
        TestPlans.station(json, 0).put("colour", "blue").remove("name");

        FloorPlan plan = TestPlans.parse(json);

        assertThat(plan.machines()).isEmpty();
        assertThat(plan.routes()).isEmpty();
        assertThat(plan.sensors()).isEmpty();
        assertThat(plan.station("IN").orElseThrow().name()).as("name defaults to the id").isEqualTo("IN");
    }

    @Test
    void loadsAFileWithOrWithoutAByteOrderMark() throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, "\uFEFF" + TestPlans.valid(), StandardCharsets.UTF_8);

        assertThat(FloorPlanLoader.load(file).stations()).hasSize(4);
    }

    @Test
    void namesTheFileInItsMessages() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"site\": 1}");

        assertThatThrownBy(() -> FloorPlanLoader.load(file))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("floor plan " + file + ": field \"site\" must be a non-empty text, found 1");
        assertThatThrownBy(() -> FloorPlanLoader.load(dir.resolve("absent.json")))
                .hasMessage("floor plan " + dir.resolve("absent.json") + ": no such file");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"site\": \"F\u00e1brica\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> FloorPlanLoader.load(file)).hasMessage("floor plan " + file + ": not UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"site\": ", "{\"a\": 1, \"a\": 2}"})
    void refusesTextThatIsNotJson(String text) {
        assertThatThrownBy(() -> FloorPlanLoader.parse(text, "site.json"))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageStartingWith("floor plan site.json: not valid JSON")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> FloorPlanLoader.parse("[1, 2]", "site.json"))
                .hasMessage("floor plan site.json: expected a JSON object at the top level, found ARRAY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"site", "timezone", "size", "shifts", "departments", "stations"})
    void refusesAPlanMissingARequiredField(String field) {
        ObjectNode json = TestPlans.valid();
        json.remove(field);

        assertThatThrownBy(() -> TestPlans.parse(json))
                .hasMessage("floor plan site.json: missing field \"" + field + "\"");
    }

    @Test
    void refusesWrongTypedFields() {
        ObjectNode sizeAsText = TestPlans.valid().put("size", "big");
        ObjectNode stationsAsObject = TestPlans.valid();
        stationsAsObject.putObject("stations");
        ObjectNode xAsText = TestPlans.valid();
        TestPlans.station(xAsText, 1).put("x", "14");

        assertThatThrownBy(() -> TestPlans.parse(sizeAsText))
                .hasMessage("floor plan site.json: field \"size\" must be an object, found \"big\"");
        assertThatThrownBy(() -> TestPlans.parse(stationsAsObject))
                .hasMessage("floor plan site.json: field \"stations\" must be a list, found {}");
        assertThatThrownBy(() -> TestPlans.parse(xAsText))
                .hasMessage("floor plan site.json: station \"PRESS\": field \"x\" must be a number, found \"14\"");
    }

    @Test
    void namesAnEntryWithoutIdByItsNumber() {
        ObjectNode noId = TestPlans.valid();
        TestPlans.station(noId, 2).remove("id");
        ObjectNode notObject = TestPlans.valid();
        notObject.withArray("machines").add(7);

        assertThatThrownBy(() -> TestPlans.parse(noId))
                .hasMessage("floor plan site.json: station 3: missing field \"id\"");
        assertThatThrownBy(() -> TestPlans.parse(notObject))
                .hasMessage("floor plan site.json: machine 2: expected an object");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> TestPlans.parse(TestPlans.valid().put("timezone", "Europe/Lundon")))
                .hasMessage("floor plan site.json: unknown time zone \"Europe/Lundon\"");
    }

    @Test
    void refusesAStationOfUnknownKind() {
        ObjectNode json = TestPlans.valid();
        TestPlans.station(json, 1).put("kind", "oven");

        assertThatThrownBy(() -> TestPlans.parse(json))
                .hasMessage("floor plan site.json: station \"PRESS\": unknown kind \"oven\" "
                        + "(expected one of entry, process, buffer, inspection, rework, exit, scrap)");
    }

    @Test
    void requiresAnIdealCycleForEveryStation() {
        ObjectNode json = TestPlans.valid();
        TestPlans.station(json, 3).remove("ideal_cycle_s");

        assertThatThrownBy(() -> TestPlans.parse(json))
                .hasMessage("floor plan site.json: station \"OUT\": missing field \"ideal_cycle_s\"");
    }

    @Test
    void refusesAWaypointThatIsNotAPair() {
        ObjectNode json = TestPlans.valid();
        TestPlans.entry(json, "routes", 0).putArray("waypoints").add(TestPlans.JSON.createArrayNode().add(1.0))
                .add(TestPlans.JSON.createArrayNode().add(1.0).add(2.0));

        assertThatThrownBy(() -> TestPlans.parse(json))
                .hasMessage("floor plan site.json: route 1 (IN -> PRESS): waypoint 1 is not an [x, y] pair: [1.0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6:00", "06:60", "25:00", "0600", "06:00:00"})
    void refusesAShiftTimeThatIsNotHoursAndMinutes(String time) {
        ObjectNode json = TestPlans.valid();
        TestPlans.entry(json, "shifts", 1).put("start", time);

        assertThatThrownBy(() -> TestPlans.parse(json))
                .hasMessage("floor plan site.json: shift \"B\": start \"" + time + "\" is not a time of day HH:mm");
    }
}
