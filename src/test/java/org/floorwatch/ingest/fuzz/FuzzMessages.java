package org.floorwatch.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.MessageKind;

/**
 * Seeded fuzz inputs for the live-message paths (contract section 3): valid messages with known ids (unicode,
 * extra fields, any field order and offset) interleaved with every kind of broken one (random bytes, truncated
 * and mutated JSON, wrong types, nulls, empty strings, huge numbers, deep nesting, unknown names, ...). Each
 * input says whether it must be accepted (with the event it must become), must be quarantined, or may be either.
 */
public final class FuzzMessages {

    /** What the consumer must make of an input. */
    public enum Expect { GOOD, BAD, EITHER }

    /** One raw message: its topic's kind, its bytes, what must become of it, and (when GOOD) the event. */
    public record Input(MessageKind kind, byte[] value, Expect expect, FloorEvent event, String label) {

        public String text() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private static final Instant START = Instant.parse("2026-11-02T05:00:00Z");
    private static final String[] ODD_TEXT = {"", " ", "ü", "😀", "\u0000", "\\", "\"", "\u202e", "\ud800", "日本語", "\t",
        "null", "{}", "[]", "1e400", "ʕ•ᴥ•ʔ", "A".repeat(5000)};
    /** Odd but well-formed text: what a valid message may carry (no lone surrogate, which has no UTF-8 form). */
    private static final String[] ODD_VALID_TEXT = {"ü", "😀", "\u0000", "\\", "\"", "\u202e", "日本語", "\t", "ʕ•ᴥ•ʔ",
        "A".repeat(5000)};
    private static final String[] WRONG_VALUES = {"12", "-3.5", "true", "false", "{}", "[]", "[1,2]", "{\"a\":{\"b\":1}}"};

    private final Random random;
    private final long seed;
    private final List<String> stations;
    private final List<String> sensors;
    private final List<String> machines;
    private int next;

    private FuzzMessages(FloorPlan plan, long seed) {
        this.random = new Random(seed);
        this.seed = seed;
        this.stations = List.copyOf(plan.stationsById().keySet());
        this.sensors = List.copyOf(plan.sensorsById().keySet());
        this.machines = List.copyOf(plan.machinesById().keySet());
    }

    /** {@code count} inputs, about one in five GOOD, the same for the same plan and seed. */
    public static List<Input> generate(FloorPlan plan, long seed, int count) {
        FuzzMessages fuzz = new FuzzMessages(plan, seed);
        List<Input> inputs = new ArrayList<>(count);
        while (inputs.size() < count) {
            int roll = fuzz.random.nextInt(10);
            inputs.add(roll < 2 ? fuzz.good() : roll < 7 ? fuzz.bad() : fuzz.either());
        }
        return inputs;
    }

    private Input good() {
        Valid valid = valid("good-" + seed + "-" + next++ + (random.nextInt(4) == 0 ? "-ü😀日" : ""));
        JsonFields fields = valid.fields();
        if (random.nextBoolean()) {
            Collections.shuffle(fields.fields(), random);
        }
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            fields.raw("extra_" + random.nextInt(1000) + odd(), random.nextBoolean() ? JsonFields.quote(odd()) : pick(WRONG_VALUES));
        }
        String separator = random.nextInt(4) == 0 ? " \t " : "";
        return input(valid.kind(), fields.json(separator), Expect.GOOD, valid.event(), "good");
    }

    private Input bad() {
        Valid valid = valid("bad-" + next++);
        JsonFields fields = valid.fields();
        List<String> names = fields.fields().stream().map(JsonFields.Field::name).filter(n -> !n.equals("error")).toList();
        String field = pick(names);
        MessageKind kind = valid.kind();
        return switch (random.nextInt(15)) {
            case 0 -> bytes(kind, randomBytes(1 + random.nextInt(300)), Expect.BAD, "random bytes");
            case 1 -> {
                String json = fields.json();
                yield input(kind, json.substring(0, random.nextInt(json.length())), Expect.BAD, "truncated");
            }
            case 2 -> input(kind, fields.without(field).json(), Expect.BAD, "missing " + field);
            case 3 -> input(kind, fields.replace(field, wrongValue(field)).json(), Expect.BAD, "wrong type of " + field);
            case 4 -> {
                String required = field.equals("from") ? "id" : field;
                yield input(kind, fields.replace(required, "null").json(), Expect.BAD, "null " + required);
            }
            case 5 -> {
                String named = pick(List.of("id", "ts", nameField(kind)));
                yield input(kind, fields.replace(named, "\"\"").json(), Expect.BAD, "empty " + named);
            }
            case 6 -> kind == MessageKind.MOVE ? input(kind, fields.replace("type", "1e400").json(), Expect.BAD, "huge type")
                    : input(kind, fields.replace(numberField(kind), pick(List.of("1e400", "-1e400", "1" + "0".repeat(400)
                    + ".0"))).json(), Expect.BAD, "huge number");
            case 7 -> input(kind, fields.replace(field, "[".repeat(5000) + "]".repeat(5000)).json(), Expect.BAD,
                    "deep nesting in " + field);
            case 8 -> input(kind, "[".repeat(3000) + "{}" + "]".repeat(3000), Expect.BAD, "deep nesting");
            case 9 -> input(kind, fields.replace(nameField(kind), JsonFields.quote("NO-SUCH-" + odd())).json(), Expect.BAD,
                    "unknown name");
            case 10 -> kind == MessageKind.MOVE
                    ? input(kind, fields.replace("from", fields.valueOf("to")).json(), Expect.BAD, "from equals to")
                    : kind == MessageKind.ENERGY
                    ? input(kind, fields.replace("kwh", "-" + (0.001 + random.nextDouble())).json(), Expect.BAD, "negative kwh")
                    : input(kind, fields.raw("id", JsonFields.quote("again")).json(), Expect.BAD, "duplicate field");
            case 11 -> input(kind, fields.json() + pick(List.of(" x", "{}", ",", " 1", "]")), Expect.BAD, "text after");
            case 12 -> input(kind, pick(List.of("[]", "\"text\"", "42", "true", "null", "[" + fields.json() + "]")),
                    Expect.BAD, "not an object");
            case 13 -> input(kind, fields.replace("ts", JsonFields.quote(pick(List.of("yesterday", "2026-13-45T10:00:00Z",
                    "2026-11-02T05:00:00", "2026-11-02", "1730523600", "2026-11-02T05:00:00+25:00")))).json(), Expect.BAD,
                    "bad ts");
            default -> input(kind, fields.raw(field, fields.valueOf(field)).json(), Expect.BAD, "duplicate " + field);
        };
    }

    private Input either() {
        Valid valid = valid("any-" + next++);
        JsonFields fields = valid.fields();
        String field = pick(fields.fields()).name();
        return switch (random.nextInt(5)) {
            case 0, 1 -> bytes(valid.kind(), mutate(fields.json().getBytes(StandardCharsets.UTF_8)), Expect.EITHER, "mutated");
            case 2 -> input(valid.kind(), fields.replace(field, JsonFields.quote(odd())).json(), Expect.EITHER, "odd text in " + field);
            case 3 -> input(valid.kind(), fields.replace(field, pick(List.of("123456789012345678901234567890", "1e308",
                    "-0.0", "0", "4.9e-324"))).json(), Expect.EITHER, "odd number in " + field);
            default -> {
                byte[] json = fields.json().getBytes(StandardCharsets.UTF_8);
                json[random.nextInt(json.length)] = (byte) (0x80 + random.nextInt(0x80));
                yield bytes(valid.kind(), json, Expect.EITHER, "invalid UTF-8");
            }
        };
    }

    /** A valid message of a random kind, as fields to break, with the event it stands for. */
    private record Valid(MessageKind kind, JsonFields fields, FloorEvent event) { }

    private Valid valid(String id) {
        Instant ts = START.plusMillis(random.nextInt(86_400_000));
        String tsText = OffsetDateTime.ofInstant(ts, ZoneOffset.ofHours(random.nextInt(27) - 12))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        JsonFields fields = new JsonFields().text("id", id).text("ts", tsText);
        return switch (random.nextInt(3)) {
            case 0 -> {
                String from = random.nextInt(4) == 0 ? null : pick(stations);
                String to = pick(stations.stream().filter(s -> !s.equals(from)).toList());
                String part = "P-" + random.nextInt(100_000) + (random.nextInt(5) == 0 ? pick(ODD_VALID_TEXT) : "");
                String type = pick(List.of("A", "B", "Gerät-ü", "型"));
                String error = random.nextInt(3) == 0 ? "E-" + random.nextInt(99) : null;
                fields.text("part", part).text("type", type).text("from", from).text("to", to);
                if (error != null || random.nextBoolean()) {
                    fields.text("error", error);
                }
                yield new Valid(MessageKind.MOVE, fields, new PartMove(id, ts, part, type, from, to, error));
            }
            case 1 -> {
                String sensor = pick(sensors);
                double celsius = Math.round(random.nextDouble() * 150_000) / 100.0 - 50;
                fields.text("sensor", sensor).number("celsius", celsius);
                yield new Valid(MessageKind.HEAT, fields, new HeatReading(id, ts, sensor, celsius));
            }
            default -> {
                String machine = pick(machines);
                double kwh = random.nextDouble() * 50;
                double kw = random.nextDouble() * 400;
                fields.text("machine", machine).number("kwh", kwh).number("kw", kw);
                yield new Valid(MessageKind.ENERGY, fields, new EnergySample(id, ts, machine, kwh, kw));
            }
        };
    }

    /** A value of another JSON type than the field's (a number field gets no number, a text field no text). */
    private String wrongValue(String field) {
        boolean numeric = List.of("celsius", "kwh", "kw").contains(field);
        return numeric ? pick(List.of("\"12\"", "true", "{}", "[]", "[1,2]")) : pick(WRONG_VALUES);
    }

    private static String nameField(MessageKind kind) {
        return switch (kind) {
            case MOVE -> "to";
            case HEAT -> "sensor";
            case ENERGY -> "machine";
        };
    }

    private static String numberField(MessageKind kind) {
        return kind == MessageKind.HEAT ? "celsius" : "kw";
    }

    private byte[] mutate(byte[] bytes) {
        List<Byte> out = new ArrayList<>(bytes.length + 4);
        for (byte b : bytes) {
            out.add(b);
        }
        for (int n = 1 + random.nextInt(3); n > 0 && !out.isEmpty(); n--) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(3)) {
                case 0 -> out.set(at, (byte) random.nextInt(256));
                case 1 -> out.add(at, (byte) random.nextInt(256));
                default -> out.remove(at);
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private String odd() {
        return pick(ODD_TEXT);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Input input(MessageKind kind, String text, Expect expect, String label) {
        return input(kind, text, expect, null, label);
    }

    private static Input input(MessageKind kind, String text, Expect expect, FloorEvent event, String label) {
        return new Input(kind, text.getBytes(StandardCharsets.UTF_8), expect, event, label);
    }

    private static Input bytes(MessageKind kind, byte[] value, Expect expect, String label) {
        return new Input(kind, value, expect, null, label);
    }
}
