package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The episodes that started by {@code now} (the floor clock), each with its acknowledgement and the shelving of its
 * source in force at {@code now}, newest first; and what the banner shows: active alarms nobody acknowledged and
 * nobody shelved, by priority, the newest of them, and the rate of new alarms. Immutable.
 */
public final class AlarmBoard {

    /** An episode with the acknowledgement that belongs to it (or null) and its source's shelving now (or null). */
    public record Row(AlarmEpisode episode, Acknowledgement ack, Shelving shelving, boolean active) {

        public boolean acknowledged() {
            return ack != null;
        }

        /** Whether it belongs in the banner: active, not acknowledged, not shelved. */
        public boolean calling() {
            return active && ack == null && shelving == null;
        }
    }

    /** What the banner shows. {@code newest} is null when nothing calls. */
    public record Banner(Map<AlarmPriority, Integer> calling, Row newest, int startedLastWindow, boolean flood) {

        public int total() {
            return calling.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static final AlarmBoard EMPTY = of(List.of(), List.of(), List.of(), Instant.EPOCH);

    private final Instant now;
    private final List<Row> rows;
    private final Banner banner;
    private final List<Shelving> shelvings;

    private AlarmBoard(Instant now, List<Row> rows, Banner banner, List<Shelving> shelvings) {
        this.now = now;
        this.rows = rows;
        this.banner = banner;
        this.shelvings = shelvings;
    }

    public static AlarmBoard of(Collection<AlarmEpisode> episodes, Collection<Acknowledgement> acks,
                                Collection<Shelving> shelves, Instant now) {
        Map<String, NavigableMap<Instant, Acknowledgement>> acksBySource = new HashMap<>();
        for (Acknowledgement ack : acks) {
            acksBySource.computeIfAbsent(ack.kind() + "/" + ack.source(), k -> new TreeMap<>())
                    .merge(ack.episodeStart(), ack, (a, b) -> a.at().isAfter(b.at()) ? b : a);
        }
        Map<AlarmSource, Shelving> shelved = new HashMap<>();
        shelves.stream().filter(s -> s.activeAt(now)).forEach(s -> shelved.merge(s.source(), s,
                (a, b) -> a.ends().isAfter(b.ends()) ? a : b));
        List<Row> rows = new ArrayList<>();
        for (AlarmEpisode episode : episodes) {
            if (!episode.start().isAfter(now)) {
                rows.add(new Row(episode, ackOf(episode, acksBySource), shelved.get(AlarmSource.of(episode)),
                        episode.activeAt(now)));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.episode().start()).reversed()
                .thenComparing(r -> r.episode().source()).thenComparing(r -> r.episode().kind()));
        return new AlarmBoard(now, List.copyOf(rows), banner(rows, now), List.copyOf(shelves));
    }

    public Instant now() {
        return now;
    }

    /** Every episode started by now, newest first. */
    public List<Row> rows() {
        return rows;
    }

    public Banner banner() {
        return banner;
    }

    /** The same board with only the rows {@code keep} accepts (a journal's filter), the banner counted again. */
    public AlarmBoard filtered(Predicate<Row> keep) {
        List<Row> kept = rows.stream().filter(keep).toList();
        return new AlarmBoard(now, kept, banner(kept, now), shelvings);
    }

    /**
     * The alarms active at an earlier instant (a past instant on the map), as they stood then: acknowledged only if
     * that was done by then, with the shelving of their source in force then (or null).
     */
    public List<Row> activeAt(Instant instant) {
        List<Row> then = new ArrayList<>();
        for (Row row : rows) {
            AlarmEpisode episode = row.episode();
            if (episode.activeAt(instant)) {
                Acknowledgement ack = row.ack() != null && !row.ack().at().isAfter(instant) ? row.ack() : null;
                Shelving shelving = shelvings.stream()
                        .filter(s -> s.source().equals(AlarmSource.of(episode)) && s.activeAt(instant))
                        .findFirst().orElse(null);
                then.add(new Row(episode, ack, shelving, true));
            }
        }
        return then;
    }

    /** The shelvings of the episode's source that were in force at some time during it (up to now if it is open). */
    public List<Shelving> shelvingsDuring(AlarmEpisode episode) {
        Instant end = episode.end() == null ? now : episode.end();
        return shelvings.stream().filter(s -> s.source().equals(AlarmSource.of(episode))
                && s.at().isBefore(end.equals(episode.start()) ? end.plusNanos(1) : end) && s.ends().isAfter(episode.start()))
                .toList();
    }

    private static Acknowledgement ackOf(AlarmEpisode episode, Map<String, NavigableMap<Instant, Acknowledgement>> acks) {
        NavigableMap<Instant, Acknowledgement> ofSource = acks.get(episode.kind() + "/" + episode.source());
        if (ofSource == null) {
            return null;
        }
        Collection<Acknowledgement> inside = episode.end() == null ? ofSource.tailMap(episode.start(), true).values()
                : ofSource.subMap(episode.start(), true, episode.end(), episode.end().equals(episode.start())).values();
        return inside.stream().min(Comparator.comparing(Acknowledgement::at)).orElse(null);
    }

    private static Banner banner(List<Row> rows, Instant now) {
        Map<AlarmPriority, Integer> calling = new EnumMap<>(AlarmPriority.class);
        for (AlarmPriority priority : AlarmPriority.values()) {
            calling.put(priority, 0);
        }
        Row newest = null;
        List<Instant> starts = new ArrayList<>();
        for (Row row : rows) {
            starts.add(row.episode().start());
            if (row.calling()) {
                calling.merge(row.episode().priority(), 1, Integer::sum);
                newest = newest == null ? row : newest;
            }
        }
        int recent = AlarmRate.inLastWindow(starts, now);
        return new Banner(Map.copyOf(calling), newest, recent, AlarmRate.isFlood(recent));
    }
}
