package org.floorwatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * A frame timer that also measures what each frame costs the CPU: at every pulse it runs the frame's drawing, then
 * reads the CPU time the JavaFX thread (animation, CSS, layout, scene sync) and the renderer thread (rasterizing
 * the scene in the software pipeline) have used since the previous pulse. A frame whose rendering outlasts the
 * pulse has its remainder counted in the next frame; totals are exact. A third thread named when the clock is made
 * (a player that reads the store for the frames) can be counted too.
 */
final class FrameClock extends AnimationTimer {

    private static final String RENDERER_THREAD = "QuantumRenderer";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongConsumer draw;
    private final long[] fxNanos;
    private final long[] renderNanos;
    private final long[] alsoNanos;
    private final String also;
    private long fxThread = -1;
    private long renderThread = -1;
    private long alsoThread = -1;
    private long lastFx;
    private long lastRender;
    private long lastAlso;
    private long firstPulse;
    private long lastPulse;
    private int frames;

    /** @param draw the frame's drawing, given the pulse's time in nanoseconds; runs on the JavaFX thread */
    FrameClock(LongConsumer draw, int capacity) {
        this(draw, capacity, null);
    }

    /** @param also the name of a thread whose CPU time counts too (it must be running when the clock starts) */
    FrameClock(LongConsumer draw, int capacity, String also) {
        this.draw = draw;
        this.fxNanos = new long[capacity];
        this.renderNanos = new long[capacity];
        this.alsoNanos = new long[capacity];
        this.also = also;
    }

    @Override
    public void handle(long now) {
        if (fxThread < 0) {
            fxThread = Thread.currentThread().getId();
            renderThread = thread(RENDERER_THREAD);
            alsoThread = also == null ? -1 : thread(also);
        }
        long fx = threads.getThreadCpuTime(fxThread);
        long render = threads.getThreadCpuTime(renderThread);
        long other = alsoThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(alsoThread));
        if (firstPulse != 0 && frames < fxNanos.length) {
            fxNanos[frames] = fx - lastFx;
            renderNanos[frames] = render - lastRender;
            alsoNanos[frames] = other - lastAlso;
            frames++;
            lastPulse = now;
        } else if (firstPulse == 0) {
            firstPulse = now;
        }
        lastFx = fx;
        lastRender = render;
        lastAlso = other;
        draw.accept(now);
    }

    /** Starts counting afresh from the next pulse; call on the JavaFX thread. */
    void restartCount() {
        frames = 0;
        firstPulse = 0;
    }

    /** Frames measured since the count (re)started. */
    int frames() {
        return frames;
    }

    /** Frames a second over the measured frames, by the pulse times. */
    double framesPerSecond() {
        return frames == 0 ? 0 : frames / ((lastPulse - firstPulse) / 1e9);
    }

    double fxMillis(double percent) {
        return percentile(fxNanos, percent);
    }

    double renderMillis(double percent) {
        return percentile(renderNanos, percent);
    }

    /** The third thread's share, when one was named. */
    double alsoMillis(double percent) {
        return percentile(alsoNanos, percent);
    }

    /** The threads together (two, or three with one named), frame by frame. */
    double totalMillis(double percent) {
        long[] total = new long[frames];
        for (int i = 0; i < frames; i++) {
            total[i] = fxNanos[i] + renderNanos[i] + alsoNanos[i];
        }
        return percentile(total, percent);
    }

    private static long thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(name))
                .mapToLong(Thread::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name + " to measure"));
    }

    private double percentile(long[] nanos, double percent) {
        if (frames == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, frames);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * frames);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
