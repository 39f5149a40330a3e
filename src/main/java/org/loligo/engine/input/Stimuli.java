package org.loligo.engine.input;

import java.util.List;

import java.util.Arrays;

/**
 * Factory of the standard current stimuli (µA/cm², ms). Each checks its arguments and names the
 * offending one in the error.
 * <ul>
 * <li>{@link #constant}: I(t) = a.</li>
 * <li>{@link #step}: a on [start, stop), 0 elsewhere.</li>
 * <li>{@link #pulses}: a on [t_k, t_k + width) for each pulse time t_k, 0 elsewhere.</li>
 * <li>{@link #ramp}: 0 before start, a·(t - start)/(stop - start) on [start, stop), 0 after.</li>
 * <li>{@link #sine}: a·sin(2π·f·(t - start)/1000) on [start, stop), f in Hz, 0 elsewhere.</li>
 * </ul>
 */
public final class Stimuli {

	private Stimuli() {}

	/** No current. */
	public static final Stimulus NONE = constant(0);

	public static Stimulus constant(final double amplitude) {
		finite("amplitude (µA/cm²)", amplitude);
		return new Constant(amplitude);
	}

	public static Stimulus step(final double amplitude, final double start, final double stop) {
		finite("amplitude (µA/cm²)", amplitude);
		window(start, stop);
		return t -> t >= start && t < stop ? amplitude : 0.0;
	}

	/** Pulses of the given width (ms) starting at the given times (ms, any order, non-negative). */
	public static Stimulus pulses(final double amplitude, final double width, final double... times) {
		finite("amplitude (µA/cm²)", amplitude);
		if (!(width > 0) || !Double.isFinite(width))
			throw new IllegalArgumentException("pulseWidth must be > 0 ms, got " + width);
		final double[] sorted = times.clone();
		Arrays.sort(sorted);
		for (final double t : sorted)
			if (!(t >= 0) || !Double.isFinite(t))
				throw new IllegalArgumentException("pulseTimes must be finite times >= 0 ms, got " + t);
		return new PulseTrain(amplitude, width, sorted);
	}

	/** Regular pulses at {@code frequency} Hz from start (inclusive) to stop (exclusive). */
	public static Stimulus regularPulses(final double amplitude, final double width, final double frequency,
		final double start, final double stop)
	{
		window(start, stop);
		if (!(frequency > 0) || !Double.isFinite(frequency))
			throw new IllegalArgumentException("frequency must be > 0 Hz, got " + frequency);
		final double period = 1000.0 / frequency;
		final double pulses = Math.ceil((stop - start) / period);
		if (pulses > 10_000_000) throw new IllegalArgumentException("frequency: " + frequency + " Hz from " + start +
			" to " + stop + " ms makes " + (long) pulses + " pulses; at most 10,000,000 are accepted");
		final int count = (int) pulses;
		final double[] times = new double[count];
		for (int k = 0; k < count; k++)
			times[k] = start + k * period;
		return pulses(amplitude, width, times);
	}

	public static Stimulus ramp(final double amplitude, final double start, final double stop) {
		finite("amplitude (µA/cm²)", amplitude);
		window(start, stop);
		if (!(stop > start)) throw new IllegalArgumentException("ramp needs stop > start, got start=" + start +
			" stop=" + stop);
		final double slope = amplitude / (stop - start);
		return t -> t >= start && t < stop ? slope * (t - start) : 0.0;
	}

	public static Stimulus sine(final double amplitude, final double frequency, final double start,
		final double stop)
	{
		finite("amplitude (µA/cm²)", amplitude);
		window(start, stop);
		if (!(frequency >= 0) || !Double.isFinite(frequency))
			throw new IllegalArgumentException("frequency must be >= 0 Hz, got " + frequency);
		final double omega = 2 * Math.PI * frequency / 1000.0;
		return t -> t >= start && t < stop ? amplitude * Math.sin(omega * (t - start)) : 0.0;
	}

	/** Pointwise sum; constants are folded. */
	public static Stimulus sum(final Stimulus a, final Stimulus b) {
		if (a.isConstant() && b.isConstant()) return constant(a.at(0) + b.at(0));
		if (a.isConstant() && a.at(0) == 0) return b;
		if (b.isConstant() && b.at(0) == 0) return a;
		return t -> a.at(t) + b.at(t);
	}

	private static void finite(final String what, final double x) {
		if (!Double.isFinite(x)) throw new IllegalArgumentException(what + " must be finite, got " + x);
	}

	private static void window(final double start, final double stop) {
		if (!(start >= 0) || !Double.isFinite(start))
			throw new IllegalArgumentException("start must be a finite time >= 0 ms, got " + start);
		if (!(stop >= start) || Double.isNaN(stop))
			throw new IllegalArgumentException("stop must be >= start (" + start + " ms), got " + stop);
	}

	private record Constant(double amplitude) implements Stimulus {

		@Override
		public double at(final double t) {
			return amplitude;
		}

		@Override
		public boolean isConstant() {
			return true;
		}
	}

	/** Sorted pulse onsets; lookup by binary search, so long trains cost O(log n) per call. */
	private record PulseTrain(double amplitude, double width, double[] onsets) implements Stimulus {

		@Override
		public double at(final double t) {
			int i = Arrays.binarySearch(onsets, t);
			if (i < 0) i = -i - 2; // index of the last onset <= t
			if (i < 0) return 0.0;
			// The latest onset decides: earlier ones are further away. Overlapping pulses do not add.
			return t - onsets[i] < width ? amplitude : 0.0;
		}
	}

	/**
	 * The stimuli at time t (ms) into {@code out[from..to)} (µA/cm²): one stimulus shared by every neuron,
	 * or neuron i's own ({@code stimuli.get(i)}). The one place every runner reads its stimuli from.
	 */
	public static void fill(final List<Stimulus> stimuli, final double t, final double[] out, final int from,
		final int to)
	{
		if (stimuli.size() == 1) java.util.Arrays.fill(out, from, to, stimuli.get(0).at(t));
		else for (int i = from; i < to; i++)
			out[i] = stimuli.get(i).at(t);
	}

	/** Neuron i's stimulus at time t (ms), µA/cm²: the shared one, or its own. */
	public static double at(final List<Stimulus> stimuli, final int i, final double t) {
		return stimuli.get(stimuli.size() == 1 ? 0 : i).at(t);
	}

	/** Whether every stimulus is held over each step ({@link Stimulus#heldOverStep()}). */
	public static boolean heldOverStep(final List<Stimulus> stimuli) {
		for (final Stimulus x : stimuli)
			if (!x.heldOverStep()) return false;
		return true;
	}

	/** Whether every stimulus is constant in time (then one {@link #fill} serves the whole run). */
	public static boolean constant(final List<Stimulus> stimuli) {
		for (final Stimulus x : stimuli)
			if (!x.isConstant()) return false;
		return true;
	}
}
