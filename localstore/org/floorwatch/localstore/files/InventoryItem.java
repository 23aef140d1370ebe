package org.floorwatch.localstore.files;

/**
 * One tool in a tool inventory snapshot ({@code GET <base>/tools} or a {@code .json} file).
 *
 * @param status  {@code in_storage}, {@code checked_out} or {@code retired}
 * @param updated as the endpoint wrote it
 */
public record InventoryItem(String toolId, String status, String station, String holder, Double hoursUsed,
                            String updated) {
}
