package org.loligo.engine.network.coba;

import org.loligo.engine.network.SynapseModel;

/**
 * A COBA-HH network run (benchmark 3 of Brette et al. 2007, J Comput Neurosci 23:349): Traub–Miles
 * neurons of 20,000 µm², the first {@code round(excitatoryFraction·neurons)} excitatory, random
 * connections, exponentially decaying synaptic conductances
 * <pre>
 *   C dV/dt = gL(EL - V) + ge(Ee - V) + gi(Ei - V) - gNa m³h (V - ENa) - gK n⁴ (V - EK)
 *   dge/dt = -ge/τe,  dgi/dt = -gi/τi,  a spike of an excitatory (inhibitory) source adds we (wi) to ge (gi)
 * </pre>
 * Spike: {@code V > threshold} at the end of a step, unless the neuron spiked within the last
 * {@code refractory} ms (the refractory period only gates detection, as in Brian2's COBAHH example).
 * Validation messages name the command's parameters.
 *
 * @param neurons               number of neurons (≥ 2)
 * @param excitatoryFraction    fraction of excitatory neurons, in [0, 1]
 * @param connectionProbability probability of each (source, target) pair, in [0, 1]; used when
 *                              {@code inDegree} is 0
 * @param inDegree              fixed in-degree k (≥ 0; 0 = use the probability): each neuron gets
 *                              round(k·excitatoryFraction) distinct excitatory and the rest distinct
 *                              inhibitory sources
 * @param weightExc             excitatory conductance jump we, nS (≥ 0)
 * @param weightInh             inhibitory conductance jump wi, nS (≥ 0)
 * @param tauExc                τe, ms (> 0)
 * @param tauInh                τi, ms (> 0)
 * @param reversalExc           Ee, mV
 * @param reversalInh           Ei, mV
 * @param duration              simulated time, ms (> 0)
 * @param dt                    step, ms (> 0, ≤ 1)
 * @param threshold             spike threshold, mV
 * @param refractory            detection dead time after a spike, ms (≥ 0)
 * @param seed                  master seed, 0 = pick one
 * @param threads               worker threads, 0 = all cores
 * @param recordNeurons         V traces are kept for neurons 0 … recordNeurons-1
 * @param recordInterval        sampling interval of traces, ms (rounded to whole steps, ≥ 1 step)
 * @param rasterBinMs           bin of the neuron × time raster image, ms; 0 = no raster (its memory
 *                              counts in the check before the run)
 */
public record CobaSpec(int neurons, double excitatoryFraction, double connectionProbability, int inDegree,
	double weightExc, double weightInh, double tauExc, double tauInh, double reversalExc, double reversalInh,
	double duration, double dt, double threshold, double refractory, long seed, int threads, int recordNeurons,
	double recordInterval, double rasterBinMs)
{

	public CobaSpec {
		if (neurons < 2) throw new IllegalArgumentException("neurons must be >= 2, got " + neurons);
		inRange("excitatoryFraction", excitatoryFraction, 0, 1);
		inRange("connectionProbability", connectionProbability, 0, 1);
		if (inDegree < 0) throw new IllegalArgumentException("inDegree must be >= 0 (0 = use " +
			"connectionProbability), got " + inDegree);
		atLeast("weightExc", weightExc, 0, "nS");
		atLeast("weightInh", weightInh, 0, "nS");
		positive("tauExc", tauExc, "ms");
		positive("tauInh", tauInh, "ms");
		inRange("reversalExc", reversalExc, -150, 150);
		inRange("reversalInh", reversalInh, -150, 150);
		positive("duration", duration, "ms");
		if (!(dt > 0 && dt <= 1)) throw new IllegalArgumentException("dt must be > 0 and <= 1 ms, got " + dt);
		inRange("threshold", threshold, -150, 150);
		atLeast("refractory", refractory, 0, "ms");
		if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " +
			threads);
		if (recordNeurons < 0 || recordNeurons > neurons) throw new IllegalArgumentException(
			"recordNeurons must be in [0, neurons = " + neurons + "], got " + recordNeurons);
		positive("recordInterval", recordInterval, "ms");
		atLeast("rasterBinMs", rasterBinMs, 0, "ms");
		final long steps = Math.round(duration / dt);
		if (steps < 1 || steps > Integer.MAX_VALUE / 2) throw new IllegalArgumentException("duration/dt gives " +
			steps + " steps; accepted: 1 to " + Integer.MAX_VALUE / 2);
		final int nExc = (int) Math.round(excitatoryFraction * neurons);
		if (inDegree > 0) {
			final int kExc = (int) Math.round(inDegree * excitatoryFraction);
			if (kExc > nExc || inDegree - kExc > neurons - nExc) throw new IllegalArgumentException(
				"inDegree: " + inDegree + " inputs (" + kExc + " excitatory, " + (inDegree - kExc) + " inhibitory) " +
					"need at least as many neurons of each kind (" + nExc + " excitatory, " + (neurons - nExc) +
					" inhibitory); use a smaller inDegree or more neurons");
		}
		final double expected = inDegree > 0 ? (double) inDegree * neurons : connectionProbability * neurons *
			(double) neurons;
		if (expected > 1.5e9) throw new IllegalArgumentException(String.format("connectionProbability/inDegree:" +
			" about %.3g synapses exceed the limit of 1.5e9; use fewer neurons or a smaller connectionProbability " +
			"or inDegree", expected));
	}

	/** Brette et al. (2007) benchmark 3 as in Brian2's COBAHH example: 4,000 neurons, p = 0.02, 1 s. */
	public static CobaSpec benchmark() {
		return new CobaSpec(4000, 0.8, 0.02, 0, 6, 67, 5, 10, 0, -80, 1000, 0.1, -20, 3, 1, 0, 0, 1, 0);
	}

	/** Number of excitatory neurons (indices 0 … nExc-1). */
	public int excitatory() {
		return (int) Math.round(excitatoryFraction * neurons);
	}

	/** Number of steps, round(duration/dt). */
	public int steps() {
		return (int) Math.round(duration / dt);
	}

	/** Bins of binMs (ms) covering the duration: ceil(duration / binMs). */
	public int rasterBins(final double binMs) {
		return (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(duration / binMs - 1e-9));
	}

	/** Steps between trace samples. */
	public int recordStride() {
		return (int) Math.max(1, Math.min(steps(), Math.round(recordInterval / dt)));
	}

	/** The excitatory synapses: exponential conductances (E_E, τ_E), one of the engine's synapse set. */
	public SynapseModel excitatorySynapse() {
		return SynapseModel.exponential(reversalExc, tauExc);
	}

	/** The inhibitory synapses: exponential conductances (E_I, τ_I). */
	public SynapseModel inhibitorySynapse() {
		return SynapseModel.exponential(reversalInh, tauInh);
	}

	/** Steps of the refractory period, rounded. */
	public int refractorySteps() {
		return (int) Math.round(refractory / dt);
	}

	/** Fewest neurons per thread: a smaller block does not pay for the barrier every step. */
	public static final int MIN_BLOCK = 500;

	/** Worker threads actually used: at most the cores (for 0) or {@code threads}, and one per MIN_BLOCK neurons. */
	public int effectiveThreads() {
		final int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
		return Math.max(1, Math.min(t, neurons / MIN_BLOCK));
	}

	public CobaSpec withNeurons(final int n) {
		return new CobaSpec(n, excitatoryFraction, connectionProbability, inDegree, weightExc, weightInh, tauExc,
			tauInh, reversalExc, reversalInh, duration, dt, threshold, refractory, seed, threads, recordNeurons,
			recordInterval, rasterBinMs);
	}

	public CobaSpec withConnectivity(final double p, final int k) {
		return new CobaSpec(neurons, excitatoryFraction, p, k, weightExc, weightInh, tauExc, tauInh, reversalExc,
			reversalInh, duration, dt, threshold, refractory, seed, threads, recordNeurons, recordInterval,
			rasterBinMs);
	}

	public CobaSpec withWeights(final double we, final double wi) {
		return new CobaSpec(neurons, excitatoryFraction, connectionProbability, inDegree, we, wi, tauExc, tauInh,
			reversalExc, reversalInh, duration, dt, threshold, refractory, seed, threads, recordNeurons,
			recordInterval, rasterBinMs);
	}

	public CobaSpec withRun(final double durationMs, final long newSeed, final int newThreads) {
		return new CobaSpec(neurons, excitatoryFraction, connectionProbability, inDegree, weightExc, weightInh,
			tauExc, tauInh, reversalExc, reversalInh, durationMs, dt, threshold, refractory, newSeed, newThreads,
			recordNeurons, recordInterval, rasterBinMs);
	}

	public CobaSpec withRecording(final int count, final double interval, final double rasterBin) {
		return new CobaSpec(neurons, excitatoryFraction, connectionProbability, inDegree, weightExc, weightInh,
			tauExc, tauInh, reversalExc, reversalInh, duration, dt, threshold, refractory, seed, threads, count,
			interval, rasterBin);
	}

	private static void inRange(final String name, final double x, final double lo, final double hi) {
		if (!(x >= lo && x <= hi)) throw new IllegalArgumentException(name + " must be in [" + fmt(lo) + ", " +
			fmt(hi) + "], got " + x);
	}

	private static void atLeast(final String name, final double x, final double lo, final String unit) {
		if (!(x >= lo) || !Double.isFinite(x)) throw new IllegalArgumentException(name + " must be >= " + fmt(lo) +
			" " + unit + " and finite, got " + x);
	}

	private static void positive(final String name, final double x, final String unit) {
		if (!(x > 0) || !Double.isFinite(x)) throw new IllegalArgumentException(name + " must be > 0 " + unit +
			" and finite, got " + x);
	}

	private static String fmt(final double x) {
		return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
	}
}
