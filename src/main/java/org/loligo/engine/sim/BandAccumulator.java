package org.loligo.engine.sim;

import org.loligo.engine.record.Band;

/**
 * Mean and standard deviation of V over all neurons of a population at each recorded instant (an
 * ensemble's band), accumulated while the run goes, with results that do not depend on the thread
 * count.
 * <p>
 * NB: floating-point sums depend on their order. Neurons are grouped in fixed chunks of
 * {@link #chunkSize} consecutive indices (a function of the population size only); each chunk's sums are
 * accumulated by the one thread that owns the whole chunk, in index order, and the chunks are added in
 * chunk order at the end (Chan, Golub &amp; LeVeque's pairwise update of mean and sum of squared
 * deviations). The simulation aligns thread blocks on chunk boundaries. Within a chunk, values are
 * accumulated as {@code V - V_first} (V_first that of the chunk's first neuron at that instant), so that
 * identical trials give an SD of exactly 0 and the variance is free of cancellation.
 * <p>
 * Layout: {@code ref[c][k]}, {@code sum[c][k]} and {@code sumSq[c][k]} for chunk c and sample k.
 */
final class BandAccumulator {

	/** At most this many chunks, so memory stays 2·MAX_CHUNKS·samples doubles at any size. */
	static final int MAX_CHUNKS = 64;

	final int chunkSize;
	private final int neurons;
	private final double[][] ref, sum, sumSq;

	BandAccumulator(final int neurons, final int samples) {
		this(neurons, samples, chunkSize(neurons));
	}

	/**
	 * An accumulator with chunks of a given size: for a part of a larger population that starts on a chunk
	 * boundary of it, its chunks are the larger population's ({@link SimulationParts}).
	 */
	BandAccumulator(final int neurons, final int samples, final int chunkSize) {
		this.neurons = neurons;
		this.chunkSize = chunkSize;
		final int chunks = (neurons + chunkSize - 1) / chunkSize;
		ref = new double[chunks][samples];
		sum = new double[chunks][samples];
		sumSq = new double[chunks][samples];
	}

	/** Neurons per chunk for a population of this size: at least 64, at most {@link #MAX_CHUNKS} chunks. */
	static int chunkSize(final int neurons) {
		return Math.max(64, (neurons + MAX_CHUNKS - 1) / MAX_CHUNKS);
	}

	/** Bytes needed for this many neurons and samples. */
	static long bytes(final int neurons, final long samples) {
		final int cs = chunkSize(neurons);
		return 3L * Double.BYTES * ((neurons + cs - 1) / cs) * samples;
	}

	/** Adds V of neurons [from, to) at sample k; [from, to) must be whole chunks owned by the caller. */
	void add(final int k, final double[] v, final int from, final int to) {
		for (int i = from; i < to; i++) {
			final int c = i / chunkSize;
			if (i == c * chunkSize) ref[c][k] = v[i];
			final double x = v[i] - ref[c][k];
			sum[c][k] += x;
			sumSq[c][k] += x * x;
		}
	}

	/** Number of chunks. */
	int chunks() {
		return sum.length;
	}

	/** Chunk c's sums over the samples: its reference V, Σ(V - ref) and Σ(V - ref)² (the arrays themselves). */
	double[][] chunk(final int c) {
		return new double[][] { ref[c], sum[c], sumSq[c] };
	}

	/** Sets chunk c's sums (as {@link #chunk} gives them, from a part's accumulator). */
	void setChunk(final int c, final double[][] sums) {
		ref[c] = sums[0];
		sum[c] = sums[1];
		sumSq[c] = sums[2];
	}

	/** The band of the first {@code kept} samples, taken every {@code stride} steps of dt ms. */
	Band band(final int kept, final long stride, final double dt) {
		final double[] mean = new double[kept], sd = new double[kept], time = new double[kept];
		for (int k = 0; k < kept; k++)
			time[k] = k * stride * dt;
		result(kept, mean, sd);
		return new Band(time, mean, sd);
	}

	/**
	 * Mean V (mV) into {@code mean} and the population standard deviation over neurons (ddof 0, n in the
	 * denominator, every command's SD; 0 for a single neuron) into {@code sd}, for the first {@code samples}
	 * samples.
	 */
	void result(final int samples, final double[] mean, final double[] sd) {
		for (int k = 0; k < samples; k++) {
			double n = 0, mu = 0, m2 = 0;
			for (int c = 0; c < sum.length; c++) {
				final double nc = Math.min(chunkSize, neurons - c * chunkSize);
				final double d = sum[c][k] / nc;
				final double muC = ref[c][k] + d, m2C = Math.max(0, sumSq[c][k] - sum[c][k] * d);
				final double delta = muC - mu, total = n + nc;
				mu += delta * nc / total;
				m2 += m2C + delta * delta * n * nc / total;
				n = total;
			}
			mean[k] = mu;
			sd[k] = Math.sqrt(m2 / neurons);
		}
	}
}
