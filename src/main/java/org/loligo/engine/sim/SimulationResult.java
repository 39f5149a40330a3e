package org.loligo.engine.sim;

import org.loligo.engine.record.Band;
import org.loligo.engine.record.Traces;

/**
 * What a run produced. Spikes are two parallel arrays in order of the step that detected them,
 * then of neuron index (so by time up to the interpolation within one step): neuron
 * {@code spikeNeurons[k]} fired at {@code spikeTimes[k]} ms.
 *
 * @param spec         the description that was run
 * @param seed         the master seed actually used (never 0)
 * @param spikeRule    how spikes were detected, in words (recorded in outputs)
 * @param spikeNeurons neuron index of each spike
 * @param spikeTimes   time of each spike, ms
 * @param traces       recorded traces
 * @param band         mean and SD of V over all neurons, if asked for ({@link Band#empty()} otherwise)
 * @param completed    simulated time actually completed, ms (less than the duration if cancelled)
 * @param partial      true when the run was cancelled before the end
 * @param wallSeconds  wall-clock time of the run
 */
public record SimulationResult(SimulationSpec spec, long seed, String spikeRule, int[] spikeNeurons,
	double[] spikeTimes, Traces traces, Band band, double completed, boolean partial, double wallSeconds)
{

	/** A result without a band. */
	public SimulationResult(final SimulationSpec spec, final long seed, final String spikeRule,
		final int[] spikeNeurons, final double[] spikeTimes, final Traces traces, final double completed,
		final boolean partial, final double wallSeconds)
	{
		this(spec, seed, spikeRule, spikeNeurons, spikeTimes, traces, Band.empty(), completed, partial, wallSeconds);
	}

	public int spikeCount() {
		return spikeTimes.length;
	}

	/** Mean firing rate over neurons and completed time, Hz. */
	public double firingRateHz() {
		return completed > 0 ? spikeCount() / (spec.neurons() * completed / 1000.0) : 0.0;
	}

	/** Spike times of one neuron, ms, ascending. */
	public double[] spikeTimesOf(final int neuron) {
		int c = 0;
		for (final int n : spikeNeurons)
			if (n == neuron) c++;
		final double[] out = new double[c];
		c = 0;
		for (int k = 0; k < spikeNeurons.length; k++)
			if (spikeNeurons[k] == neuron) out[c++] = spikeTimes[k];
		return out;
	}
}
