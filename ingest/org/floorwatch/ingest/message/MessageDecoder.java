package org.floorwatch.ingest.message;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * Turns one raw live message (contract section 3) into an event, or into the reason it is quarantined. The
 * one decoder for Kafka records and archive lines alike, so both paths accept and refuse exactly the same.
 * Thread-safe.
 */
public final class MessageDecoder {

    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final Set<String> stations;
    private final Set<String> sensors;
    private final Set<String> machines;

    public MessageDecoder(FloorPlan plan) {
        this.stations = Set.copyOf(plan.stationsById().keySet());
        this.sensors = Set.copyOf(plan.sensorsById().keySet());
        this.machines = Set.copyOf(plan.machinesById().keySet());
    }

    /** A message read from the topic of {@code kind}. */
    public DecodedMessage decode(MessageKind kind, byte[] value) {
        if (value == null) {
            return DecodedMessage.rejected("not JSON: empty message");
        }
        try (JsonParser parser = json.createParser(value)) {
            return decode(kind, RawFields.read(parser));
        } catch (RawFields.Rejected e) {
            return DecodedMessage.rejected(e.getMessage());
        } catch (IOException e) {
            return DecodedMessage.rejected("not JSON");
        }
    }

    public DecodedMessage decode(MessageKind kind, String value) {
        return decode(kind, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** An archive line: the kind is told from the fields ({@code part}, {@code sensor}, {@code machine} with {@code kwh}). */
    public DecodedMessage decodeByFields(String line) {
        try (JsonParser parser = json.createParser(line)) {
            RawFields fields = RawFields.read(parser);
            MessageKind kind = fields.has("part") ? MessageKind.MOVE
                    : fields.has("sensor") ? MessageKind.HEAT
                    : fields.has("machine") && fields.has("kwh") ? MessageKind.ENERGY
                    : null;
            if (kind == null) {
                return DecodedMessage.rejected("unknown kind: no 'part', 'sensor' or 'machine' with 'kwh' field");
            }
            return decode(kind, fields);
        } catch (RawFields.Rejected e) {
            return DecodedMessage.rejected(e.getMessage());
        } catch (IOException e) {
            return DecodedMessage.rejected("not JSON");
        }
    }

    private DecodedMessage decode(MessageKind kind, RawFields fields) throws RawFields.Rejected {
        FloorEvent event = switch (kind) {
            case MOVE -> move(fields);
            case HEAT -> new HeatReading(id(fields), fields.instant("ts"),
                    known(fields.text("sensor"), sensors, "sensor", "sensor"), fields.number("celsius"));
            case ENERGY -> energy(fields);
        };
        return DecodedMessage.accepted(event);
    }

    private PartMove move(RawFields fields) throws RawFields.Rejected {
        String id = id(fields);
        var ts = fields.instant("ts");
        String part = fields.text("part");
        String type = fields.text("type");
        String from = fields.nullableText("from", false);
        String to = fields.text("to");
        String error = fields.nullableText("error", true);
        if (from != null) {
            known(from, stations, "station", "from");
        }
        known(to, stations, "station", "to");
        if (to.equals(from)) {
            throw new RawFields.Rejected("'from' equals 'to' (" + RawFields.clip(to) + ")");
        }
        return new PartMove(id, ts, part, type, from, to, error);
    }

    private EnergySample energy(RawFields fields) throws RawFields.Rejected {
        String id = id(fields);
        var ts = fields.instant("ts");
        String machine = known(fields.text("machine"), machines, "machine", "machine");
        double kwh = fields.number("kwh");
        double kw = fields.number("kw");
        if (kwh < 0) {
            throw new RawFields.Rejected("negative kwh (" + kwh + ")");
        }
        return new EnergySample(id, ts, machine, kwh, kw);
    }

    private static String id(RawFields fields) throws RawFields.Rejected {
        String id = fields.text("id");
        if (id.isBlank()) {
            throw new RawFields.Rejected("field 'id' is empty");
        }
        return id;
    }

    private static String known(String value, Set<String> known, String what, String field) throws RawFields.Rejected {
        if (!known.contains(value)) {
            throw new RawFields.Rejected("unknown " + what + " '" + RawFields.clip(value) + "' in '" + field + "'");
        }
        return value;
    }
}
