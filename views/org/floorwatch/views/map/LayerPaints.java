package org.floorwatch.views.map;

/**
 * How often the floor map redrew each part of its picture: the heat image computed, the plan layer redrawn (floor,
 * heat image, plan, marks) and the moving layer redrawn (parts, pulsing alarm borders).
 */
public record LayerPaints(long heat, long plan, long moving) {
}
