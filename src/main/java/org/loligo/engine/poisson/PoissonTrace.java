package org.loligo.engine.poisson;

import java.util.Arrays;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.PopulationState;

/**
 * Recorded state of one trial, sampled every {@code stride} steps (sample 0 = the initial state):
 * {@code time[j]} ms, V (mV), the model's state gates ({@code gates[k][j]}, state order; the staggered
 * scheme's gates, half a step behind V), the synaptic conductances g_E, g_I (mS/cm², zero with kicks) and
 * the transmitted input counts of the steps since the previous sample (so no input is lost to the
 * sampling). Parallel arrays of equal length.
 */
public record PoissonTrace(double[] time, double[] v, double[][] gates, int[] excCount, int[] inhCount,
	double[] gExc, double[] gInh) implements java.io.Serializable
{

	static PoissonTrace allocate(final int samples, final int gateCount, final double sampleInterval) {
		final double[] t = new double[samples];
		for (int j = 0; j < samples; j++)
			t[j] = j * sampleInterval;
		return new PoissonTrace(t, new double[samples], new double[gateCount][samples], new int[samples],
			new int[samples], new double[samples], new double[samples]);
	}

	public int length() {
		return time.length;
	}

	/** The first {@code samples} samples (for a cancelled trial). */
	PoissonTrace truncate(final int samples) {
		final double[][] g = new double[gates.length][];
		for (int k = 0; k < g.length; k++)
			g[k] = Arrays.copyOf(gates[k], samples);
		return new PoissonTrace(Arrays.copyOf(time, samples), Arrays.copyOf(v, samples), g, Arrays.copyOf(excCount,
			samples), Arrays.copyOf(inhCount, samples), Arrays.copyOf(gExc, samples), Arrays.copyOf(gInh, samples));
	}

	/** A variable of the model (a gate, a channel's current, V) at every sample. */
	public double[] series(final NeuronModel model, final TraceVariable x) {
		final TraceVariable.Probe p = x.bind(model);
		final PopulationState s = PopulationState.wrap(v, gates);
		final double[] out = new double[length()];
		for (int j = 0; j < out.length; j++)
			out[j] = p.value(s, j);
		return out;
	}
}
