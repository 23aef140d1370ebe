package org.floorwatch.views.floor;

import org.floorwatch.floorplan.TimeTarget.Span;
import org.floorwatch.views.floor.HeatView.CompareMode;

/** The heat over a span chosen by hand, and optionally a span to compare it with and how. */
public record ChosenSpans(Span span, Span compareWith, CompareMode mode) {
}
