package org.loligo.engine.poisson;

import java.util.Arrays;

import org.loligo.engine.model.HHModel;

/**
 * Recorded state of one trial, sampled every {@code stride} steps (sample 0 = the initial state):
 * {@code time[j]} ms, V (mV), gates m, h, n (the staggered scheme's gates, half a step behind V), the
 * synaptic conductances g_E, g_I (mS/cm², zero with kicks) and the transmitted input counts of the steps
 * since the previous sample (so no input is lost to the sampling). Parallel arrays of equal length.
 */
public record PoissonTrace(double[] time, double[] v, double[] m, double[] h, double[] n, int[] excCount,
	int[] inhCount, double[] gExc, double[] gInh)
{

	static PoissonTrace allocate(final int samples, final double sampleInterval) {
		final double[] t = new double[samples];
		for (int j = 0; j < samples; j++)
			t[j] = j * sampleInterval;
		return new PoissonTrace(t, new double[samples], new double[samples], new double[samples],
			new double[samples], new int[samples], new int[samples], new double[samples], new double[samples]);
	}

	public int length() {
		return time.length;
	}

	/** The first {@code samples} samples (for a cancelled trial). */
	PoissonTrace truncate(final int samples) {
		return new PoissonTrace(Arrays.copyOf(time, samples), Arrays.copyOf(v, samples), Arrays.copyOf(m, samples),
			Arrays.copyOf(h, samples), Arrays.copyOf(n, samples), Arrays.copyOf(excCount, samples), Arrays.copyOf(
				inhCount, samples), Arrays.copyOf(gExc, samples), Arrays.copyOf(gInh, samples));
	}

	/** Sodium current I_Na (µA/cm², outward positive) at every sample. */
	public double[] iNa(final HHModel p) {
		final double[] out = new double[length()];
		for (int j = 0; j < out.length; j++)
			out[j] = p.iNa(v[j], m[j], h[j]);
		return out;
	}

	/** Potassium current I_K (µA/cm²). */
	public double[] iK(final HHModel p) {
		final double[] out = new double[length()];
		for (int j = 0; j < out.length; j++)
			out[j] = p.iK(v[j], n[j]);
		return out;
	}

	/** Leak current I_L (µA/cm²). */
	public double[] iL(final HHModel p) {
		final double[] out = new double[length()];
		for (int j = 0; j < out.length; j++)
			out[j] = p.iL(v[j]);
		return out;
	}
}
