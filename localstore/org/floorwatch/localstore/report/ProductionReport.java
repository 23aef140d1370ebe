package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The production report (contract sections 5 and 6): parts started, completed and scrapped, by shift and by
 * local hour, work in progress, lead time, and per station throughput, errors, mean WIP, cycle time and OEE.
 * Ratios and means with nothing to divide by are null.
 */
public record ProductionReport(ReportHeader header, Totals totals, List<ShiftRow> byShift, List<HourRow> byHour,
                               List<StationRow> byStation, String bottleneck, PurchaseOrders purchaseOrders,
                               List<ShiftNoteRow> shiftLog)
        implements Report {

    public ProductionReport {
        byShift = List.copyOf(byShift);
        byHour = List.copyOf(byHour);
        byStation = List.copyOf(byStation);
        shiftLog = List.copyOf(shiftLog);
    }

    /**
     * A note of the shift log written in the period (beyond the contract): in shift {@code shift} of production day
     * {@code date}; {@code corrects} names the time and writer of the note it corrects, or is null.
     */
    public record ShiftNoteRow(LocalDate date, String shift, Instant writtenAt, String writtenBy, String note,
                               String corrects) { }

    /** @param wipEnd total WIP at the period's end; {@code avgLeadTimeMin} over parts completed in the period */
    public record Totals(long started, long completed, long scrapped, long wipEnd, Double avgLeadTimeMin) { }

    /** One shift of one production day ({@code date}); a night shift belongs to the day it starts on. */
    public record ShiftRow(LocalDate date, String shift, Instant start, Instant end, long started, long completed,
                           long scrapped) { }

    /** One local hour, {@code yyyy-MM-ddTHH:00}; the hour repeated when clocks go back is one row. */
    public record HourRow(String hour, long completed) { }

    /**
     * One station of the plan. {@code oee} = availability x performance x quality; {@code downtimeH} is the union
     * of its machines' maintenance intervals within the period. Exit and scrap stations work on no part: their
     * {@code oee}, {@code availability} and {@code performance} are null.
     */
    public record StationRow(String station, String department, String kind, long processed, long errors,
                             double avgWip, Double avgCycleS, Double oee, Double availability, Double performance,
                             Double quality, double downtimeH) { }

    /**
     * Purchase orders (contract section 9): those whose requested, confirmed or received instant falls in the period;
     * the mean of received - requested in hours over those received in it; and the {@code in} orders requested
     * before the period's end, not received by then and not cancelled ({@code open}, listed oldest first).
     */
    public record PurchaseOrders(long requested, long confirmed, long received, Double meanLeadTimeH, long openAtEnd,
                                 List<OpenOrder> open) {
        public PurchaseOrders {
            open = List.copyOf(open);
        }
    }

    /** One purchase order open at the period's end. */
    public record OpenOrder(String orderId, String item, Double quantity, String status, Instant requested,
                            Instant confirmed, String counterparty) { }

    @Override
    public ReportDocument document(Instant generatedAt) {
        return ProductionTables.document(this, generatedAt);
    }
}
