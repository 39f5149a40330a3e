package org.loligo.engine.sim;

/**
 * Mean and standard deviation of V over all neurons of a population at each recorded instant (an
 * ensemble's band), accumulated while the run goes, with results that do not depend on the thread
 * count.
 * <p>
 * NB: floating-point sums depend on their order. Neurons are grouped in fixed chunks of
 * {@link #chunkSize} consecutive indices (a function of the population size only); each chunk's sums are
 * accumulated by the one thread that owns the whole chunk, in index order, and the chunks are added in
 * chunk order at the end. The simulation aligns thread blocks on chunk boundaries. Values are
 * accumulated as {@code V - vRef} (vRef the initial potential) to keep the variance free of
 * cancellation.
 * <p>
 * Layout: {@code sum[c][k]} and {@code sumSq[c][k]} for chunk c and sample k.
 */
final class BandAccumulator {

	/** At most this many chunks, so memory stays 2·MAX_CHUNKS·samples doubles at any size. */
	static final int MAX_CHUNKS = 64;

	final int chunkSize;
	private final int neurons;
	private final double vRef;
	private final double[][] sum, sumSq;

	BandAccumulator(final int neurons, final int samples, final double vRef) {
		this.neurons = neurons;
		this.vRef = vRef;
		this.chunkSize = chunkSize(neurons);
		final int chunks = (neurons + chunkSize - 1) / chunkSize;
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
		return 2L * Double.BYTES * ((neurons + cs - 1) / cs) * samples;
	}

	/** Adds V of neurons [from, to) at sample k; [from, to) must be whole chunks owned by the caller. */
	void add(final int k, final double[] v, final int from, final int to) {
		for (int i = from; i < to; i++) {
			final double x = v[i] - vRef;
			final int c = i / chunkSize;
			sum[c][k] += x;
			sumSq[c][k] += x * x;
		}
	}

	/**
	 * Mean V (mV) into {@code mean} and the sample standard deviation over neurons (n - 1 in the
	 * denominator; 0 for a single neuron) into {@code sd}, for the first {@code samples} samples.
	 */
	void result(final int samples, final double[] mean, final double[] sd) {
		for (int k = 0; k < samples; k++) {
			double s = 0, q = 0;
			for (int c = 0; c < sum.length; c++) {
				s += sum[c][k];
				q += sumSq[c][k];
			}
			final double mu = s / neurons;
			mean[k] = vRef + mu;
			sd[k] = neurons > 1 ? Math.sqrt(Math.max(0, (q - s * mu) / (neurons - 1))) : 0;
		}
	}
}
