package org.loligo.engine.network.coba;

import org.loligo.engine.record.SpikeStore;

import java.util.Arrays;

/**
 * What a COBA-HH run produced. Spikes are parallel arrays in order of step, then neuron: neuron
 * {@code spikeNeurons[q]} crossed the threshold in the step ending at {@code spikeSteps[q]·dt} ms (the
 * spike time reported; Brian2 labels the same step with its start, one dt earlier). V traces
 * {@code traces[i][k]} (mV) of neurons i = 0 … recordNeurons-1 at time {@code k·stride·dt}.
 *
 * @param spec           what was run
 * @param seed           master seed actually used (never 0)
 * @param synapses       number of synapses built
 * @param spikeNeurons   neuron of each spike
 * @param spikeSteps     step of each spike
 * @param traces         V traces, one row per recorded neuron
 * @param completedSteps steps done (fewer than spec.steps() if cancelled)
 * @param partial        true when cancelled before the end
 * @param wallSeconds    wall-clock time of the run (network building included)
 * @param membranePass   which membrane pass ran, and why ({@code PassChoice}); the same bits either way
 */
public record CobaResult(CobaSpec spec, long seed, int synapses, int[] spikeNeurons, int[] spikeSteps,
	double[][] traces, int completedSteps, boolean partial, double wallSeconds, String membranePass)
{

	/** Merges the blocks' spikes by step, then block (blocks are ascending neuron ranges). */
	static CobaResult collect(final CobaSpec spec, final long seed, final int synapses, final CobaBlock[] blocks,
		final double[][] traces, final int done, final boolean partial, final double wall, final String pass)
	{
		final SpikeStore[] parts = new SpikeStore[blocks.length];
		for (int c = 0; c < blocks.length; c++)
			parts[c] = blocks[c].spikes;
		final SpikeStore.Merged merged = SpikeStore.merge(parts, Long.MAX_VALUE);
		final int[] ns = merged.neurons(), ks = new int[ns.length];
		for (int q = 0; q < ks.length; q++)
			ks[q] = (int) merged.steps()[q];
		final int samples = done / spec.recordStride() + 1;
		final double[][] kept = new double[traces.length][];
		for (int i = 0; i < traces.length; i++)
			kept[i] = traces[i].length == samples ? traces[i] : Arrays.copyOf(traces[i], samples);
		return new CobaResult(spec, seed, synapses, ns, ks, kept, done, partial, wall, pass);
	}

	public int spikeCount() {
		return spikeNeurons.length;
	}

	/** Simulated time completed, ms. */
	public double completedMs() {
		return completedSteps * spec.dt();
	}

	/** Spike times, ms (end of the detecting step). */
	public double[] spikeTimes() {
		final double[] t = new double[spikeSteps.length];
		for (int q = 0; q < t.length; q++)
			t[q] = spikeSteps[q] * spec.dt();
		return t;
	}

	/** Times of the trace samples, ms. */
	public double[] traceTimes() {
		final int samples = completedSteps / spec.recordStride() + 1;
		final double[] t = new double[samples];
		for (int k = 0; k < samples; k++)
			t[k] = (double) k * spec.recordStride() * spec.dt();
		return t;
	}

	/** Mean firing rate of the excitatory (or inhibitory) neurons over the completed time, Hz. */
	public double meanRateHz(final boolean excitatory) {
		return SpikeStatistics.meanRate(spikeNeurons, spec.excitatory(), spec.neurons(), excitatory, completedMs());
	}

	/** Mean ISI coefficient of variation of the excitatory (or inhibitory) neurons; see SpikeStatistics. */
	public double isiCv(final boolean excitatory) {
		return SpikeStatistics.isiCv(spikeNeurons, spikeTimes(), spec.excitatory(), spec.neurons(), excitatory);
	}

	/** {bin start (ms), excitatory rate (Hz), inhibitory rate (Hz)} in bins of binMs over the completed time. */
	public double[][] populationRate(final double binMs) {
		return SpikeStatistics.populationRate(spikeNeurons, spikeTimes(), spec.excitatory(), spec.neurons(), binMs,
			completedMs());
	}

	/** Spike counts per neuron (rows) and bin of binMs (columns), row-major, over the full duration. */
	public float[] raster(final double binMs) {
		return SpikeStatistics.raster(spikeNeurons, spikeTimes(), spec.neurons(), binMs, spec.duration());
	}
}
