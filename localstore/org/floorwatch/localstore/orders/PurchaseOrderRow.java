package org.floorwatch.localstore.orders;

import java.time.Instant;

/**
 * One purchase order (contract section 9), keyed by {@code orderId}.
 *
 * @param direction {@code in} (bought by the factory) or {@code out} (sold by it)
 * @param status    {@code requested}, {@code confirmed}, {@code received} or {@code cancelled}
 * @param quantity  null when the source leaves it empty
 */
public record PurchaseOrderRow(String orderId, String direction, String item, Double quantity, String status,
                               Instant requested, Instant confirmed, Instant received, String counterparty) {
}
