package dev.inviteledger.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal gauge drawn as inline SVG (no inline styles, so the CSP holds, and readable without
 * JavaScript): coloured bands behind, the measured value in front, labelled ticks below. Coordinates are
 * in a 300 × 44 viewBox.
 *
 * @param label the whole gauge in words, for screen readers
 */
public record Meter(String label, List<Rect> bands, List<Rect> fills, List<Tick> ticks) {
    static final double WIDTH = 300;

    /** A rectangle along the bar; {@code tone} picks its colour class. */
    public record Rect(String tone, String x, String width) {}

    /** A tick mark with its label. */
    public record Tick(String x, String label, String anchor) {}

    /** Builder in value units: everything is scaled from [0, scaleMax] to the bar's width. */
    static final class Builder {
        private final double scaleMax;
        private final List<Rect> bands = new ArrayList<>();
        private final List<Rect> fills = new ArrayList<>();
        private final List<Tick> ticks = new ArrayList<>();

        Builder(double scaleMax) {
            this.scaleMax = Math.max(1, scaleMax);
        }

        Builder band(String tone, double from, double to) {
            bands.add(rect(tone, from, to));
            return this;
        }

        Builder fill(String tone, double from, double to) {
            if (to > from) {
                fills.add(rect(tone, from, to));
            }
            return this;
        }

        Builder tick(double at, String label) {
            double x = x(at);
            String anchor = x < 12 ? "start" : x > WIDTH - 12 ? "end" : "middle";
            ticks.add(new Tick(Fmt.coord(x), label, anchor));
            return this;
        }

        Meter build(String label) {
            return new Meter(label, bands, fills, ticks);
        }

        private Rect rect(String tone, double from, double to) {
            double a = x(from);
            double b = x(to);
            return new Rect(tone, Fmt.coord(a), Fmt.coord(Math.max(0, b - a)));
        }

        private double x(double value) {
            return Math.max(0, Math.min(WIDTH, value / scaleMax * WIDTH));
        }
    }
}
