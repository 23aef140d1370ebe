package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.TimeTarget;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.read.StationHistory;
import org.floorwatch.views.FloorSources;

/**
 * The heat overlay's part of the Floor screen's state: the span chosen (the WIP at the instant on screen, a span
 * ending there, or spans chosen by hand, one compared with another) and the heat it gives, read from the store
 * off the JavaFX thread; only the answer to the latest request is shown.
 */
final class FloorHeat {

    /** Runs a store read off the JavaFX thread and hands its result back on it. */
    @FunctionalInterface
    interface Queries {
        <T> void run(Callable<T> work, Consumer<T> onFxThread);
    }

    private final FloorSources sources;
    private final StationHistory history;
    private final FloorTime time;
    private final Queries queries;
    private final ProductionCalendar calendar;
    private final Map<String, Station> stations;
    private final ObjectProperty<HeatSpan> span = new SimpleObjectProperty<>(this, "span", HeatSpan.LIVE);
    private final ObjectProperty<ChosenSpans> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<HeatView> heat = new ReadOnlyObjectWrapper<>(this, "heat");
    private FloorSnapshot last = FloorSnapshot.EMPTY;
    private long heatRequest;

    FloorHeat(FloorSources sources, StationHistory history, FloorTime time, Queries queries) {
        this.sources = sources;
        this.history = history;
        this.time = time;
        this.queries = queries;
        this.calendar = ProductionCalendar.of(sources.plan());
        this.stations = sources.plan().stationsById();
        span.addListener((obs, old, now) -> refresh(last));
        chosen.addListener((obs, old, now) -> refresh(last));
    }

    ObjectProperty<HeatSpan> spanProperty() {
        return span;
    }

    ObjectProperty<ChosenSpans> chosenProperty() {
        return chosen;
    }

    ReadOnlyObjectProperty<HeatView> heatProperty() {
        return heat.getReadOnlyProperty();
    }

    /** Shows the heat for the chosen span at the instant of {@code at}; store reads off the JavaFX thread. */
    void refresh(FloorSnapshot at) {
        last = at;
        HeatSpan chosenSpan = span.get();
        long request = ++heatRequest;
        if (chosenSpan == HeatSpan.LIVE) {
            boolean live = time.liveProperty().get();
            heat.set(new HeatView(chosenSpan, liveWip(at), live || at.asOf().equals(Instant.EPOCH) ? "WIP now"
                    : "WIP at " + time.label(at.asOf())));
            return;
        }
        if (chosenSpan == HeatSpan.CHOSEN) {
            refreshChosen(request);
            return;
        }
        var period = at.asOf().equals(Instant.EPOCH) ? null : chosenSpan.period(calendar, at.asOf()).orElse(null);
        if (period == null) {
            heat.set(new HeatView(chosenSpan, Map.of(), chosenSpan.title()));
            return;
        }
        queries.run(() -> holdingWip(history.meanWip(period.from(), period.to())), intensity -> {
            if (request == heatRequest) {
                heat.set(new HeatView(chosenSpan, intensity, period.label()));
            }
        });
    }

    /** Mean WIP over the chosen span and the one compared with, each up to the newest event the store holds. */
    private void refreshChosen(long request) {
        ChosenSpans spans = chosen.get();
        if (spans == null) {
            heat.set(new HeatView(HeatSpan.CHOSEN, Map.of(), HeatSpan.CHOSEN.title()));
            return;
        }
        Instant newest = sources.feed().latest().asOf();
        queries.run(() -> {
            Map<String, Double> main = meanWip(spans.span(), newest);
            if (spans.compareWith() == null) {
                return new HeatView(HeatSpan.CHOSEN, main, "Avg WIP, " + spans.span().label());
            }
            Map<String, Double> other = meanWip(spans.compareWith(), newest);
            String label = spans.mode() == HeatView.CompareMode.DIFFERENCE
                    ? "Avg WIP, " + spans.span().label() + " minus " + spans.compareWith().label()
                    : "Avg WIP, " + spans.span().label();
            return new HeatView(HeatSpan.CHOSEN, main, label, new HeatView.Comparison(other,
                    "Avg WIP, " + spans.compareWith().label(), spans.mode()));
        }, view -> {
            if (request == heatRequest) {
                heat.set(view);
            }
        });
    }

    /** Mean WIP per station holding WIP over the span, cut at {@code newest}; none when it starts later. */
    private Map<String, Double> meanWip(TimeTarget.Span span, Instant newest) {
        Instant to = span.to().isAfter(newest) ? newest : span.to();
        return to.isAfter(span.from()) ? holdingWip(history.meanWip(span.from(), to)) : Map.of();
    }

    private Map<String, Double> liveWip(FloorSnapshot at) {
        Map<String, Double> wip = new HashMap<>();
        at.stations().forEach(s -> wip.put(s.station(), (double) s.wip()));
        return holdingWip(wip);
    }

    /** Leaves out stations that hold no WIP (exit, scrap) and ids the plan does not know. */
    private Map<String, Double> holdingWip(Map<String, Double> byStation) {
        Map<String, Double> kept = new HashMap<>();
        byStation.forEach((id, value) -> {
            Station station = stations.get(id);
            if (station != null && station.kind().holdsWip()) {
                kept.put(id, Math.max(0, value));
            }
        });
        return kept;
    }
}
