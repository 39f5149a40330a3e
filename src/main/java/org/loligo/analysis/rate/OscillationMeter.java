package org.loligo.analysis.rate;

/**
 * Tells sustained oscillations (firing) from rest, depolarisation block and damped oscillations, and
 * measures their rate, from V sampled every dt over the settled window of a run.
 * <ol>
 * <li><b>Amplitude</b>: {@code A = max V - min V} over the window. Below the floor {@code minAmplitude}
 * (mV) the run is at a fixed point: rate 0. NB: a floor, not a spike threshold, so the small
 * oscillations of the classic model near its upper Hopf point (spikes that peak below -20 mV) still
 * count while a blocked neuron, whose V is constant to far below 1 mV once settled, does not.</li>
 * <li><b>Cycles</b>: upward crossings of the mid-level {@code (max + min)/2}, with hysteresis (the
 * level is re-armed only after V has fallen below {@code mid - A/4}, so a wiggle cannot count twice);
 * crossing times interpolated linearly between samples. Cycle j runs from crossing j to j + 1 and has
 * its own peak-to-trough amplitude a_j.</li>
 * <li><b>Damping</b> (deterministic runs): the cycle amplitudes a_0, a_m, a_2m (first, middle, last)
 * are extrapolated to t → ∞ with Aitken's Δ² ({@code a∞ = a_2m - (Δ₂)²/(Δ₂ - Δ₁)}), exact for a
 * geometric approach to any limit: a damped oscillation (geometric decay to 0) gives a∞ ≈ 0, a run
 * still converging onto a smaller limit cycle gives that cycle's amplitude. Amplitudes that fall
 * faster than geometrically (Δ₂/Δ₁ ≥ 1) are damped; steady (within 1 %) or growing ones are not.
 * Not firing unless a∞ ≥ minAmplitude.</li>
 * <li><b>Rate</b>, in Hz: deterministic, 1000 / mean period, the mean period being
 * {@code (t_last - t_first)/(crossings - 1)} ms, at least {@link #MIN_CYCLES} cycles in the window;
 * with noise, the mean rate {@code 1000 · crossings / window} (unbiased for irregular firing, where
 * 1/mean ISI over a short window is not).</li>
 * </ol>
 */
public final class OscillationMeter {

	/** Full cycles a deterministic window must hold to count as firing (three amplitudes for Aitken). */
	public static final int MIN_CYCLES = 3;

	/** Relative change of cycle amplitude over the window below which amplitudes count as steady. */
	static final double STEADY = 0.01;

	private OscillationMeter() {}

	/**
	 * The rate in Hz of the oscillation in {@code v[0..count)} (sampled every {@code dt} ms), 0 when the
	 * window shows no sustained oscillation.
	 *
	 * @param noisy whether the run had noise: then the mean rate is counted and damping is not tested
	 */
	public static double rateHz(final double[] v, final int count, final double dt, final double minAmplitude,
		final boolean noisy)
	{
		if (count < 3) return 0;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < count; k++) {
			lo = Math.min(lo, v[k]);
			hi = Math.max(hi, v[k]);
		}
		final double amplitude = hi - lo;
		if (!(amplitude >= minAmplitude) || amplitude == 0) return 0;
		final double mid = 0.5 * (hi + lo), rearm = mid - 0.25 * amplitude;
		// First pass: count crossings; second pass (deterministic only) needs times and amplitudes.
		int crossings = 0;
		double first = Double.NaN, last = Double.NaN;
		boolean armed = v[0] < rearm;
		for (int k = 1; k < count; k++) {
			if (v[k] < rearm) armed = true;
			else if (armed && v[k - 1] < mid && v[k] >= mid) {
				final double t = dt * (k - 1 + (mid - v[k - 1]) / (v[k] - v[k - 1]));
				if (crossings == 0) first = t;
				last = t;
				crossings++;
				armed = false;
			}
		}
		if (noisy) return 1000.0 * crossings / (count * dt);
		final int cycles = crossings - 1;
		if (cycles < MIN_CYCLES) return 0;
		if (isDamped(v, count, mid, rearm, cycles, minAmplitude)) return 0;
		return 1000.0 * cycles / (last - first);
	}

	/** Aitken test on the first, middle and last cycle amplitudes (see the class javadoc). */
	private static boolean isDamped(final double[] v, final int count, final double mid, final double rearm,
		final int cycles, final double minAmplitude)
	{
		final int m = (cycles - 1) / 2;
		final double a0 = cycleAmplitude(v, count, mid, rearm, 0);
		final double a1 = cycleAmplitude(v, count, mid, rearm, m);
		final double a2 = cycleAmplitude(v, count, mid, rearm, 2 * m);
		return !(limitAmplitude(a0, a1, a2) >= minAmplitude);
	}

	/**
	 * Aitken's Δ² limit of three equally spaced amplitudes, or the last one when they are steady, grow or
	 * do not change monotonically; 0 when they fall at least geometrically fast.
	 */
	static double limitAmplitude(final double a0, final double a1, final double a2) {
		final double d1 = a1 - a0, d2 = a2 - a1;
		if (a0 - a2 <= STEADY * a0) return a2; // steady or growing
		if (!(d1 < 0 && d2 < 0)) return a2; // not monotone: not a decay to judge
		if (d2 <= d1) return 0; // falling ever faster
		return Math.max(0, a2 - d2 * d2 / (d2 - d1));
	}

	/** Peak-to-trough of V over cycle j: from its j-th counted crossing of mid to the next. */
	private static double cycleAmplitude(final double[] v, final int count, final double mid,
		final double rearm, final int j)
	{
		int crossing = -1;
		boolean armed = v[0] < rearm;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int k = 1; k < count; k++) {
			if (v[k] < rearm) armed = true;
			else if (armed && v[k - 1] < mid && v[k] >= mid) {
				armed = false;
				if (++crossing == j + 1) break;
			}
			if (crossing == j) {
				lo = Math.min(lo, v[k]);
				hi = Math.max(hi, v[k]);
			}
		}
		return hi - lo;
	}
}
