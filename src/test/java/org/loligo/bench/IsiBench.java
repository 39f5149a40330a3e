package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.loligo.analysis.isi.IsiAnalysis;
import org.loligo.analysis.isi.IsiSettings;
import org.loligo.analysis.isi.SpikeTrains;

/**
 * {@code isi}: ISI statistics of Poisson trains (20 ms mean ISI), given as {@code (id, time)}
 * rows interleaved in time order, as a {@code spikes.csv} has them. Variants: grouping only, full analysis
 * without serial correlation (baseline), with lags 1 … 5 and 1 … 50. Full size: 100 trains × 10,000
 * spikes (10⁶ spikes); quick: 10 × 1,000. The check value is the number of histogram intervals.
 */
final class IsiBench {

	static final String BASELINE = "analysis maxLag=0";

	private IsiBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int trains = quick ? 10 : 100, perTrain = quick ? 1000 : 10_000;
		final int[] ids = new int[trains * perTrain];
		final double[] times = new double[ids.length];
		// Rows interleaved across trains in time order, as a simulation writes them.
		final UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(42);
		final ZigguratSampler.Exponential isi = ZigguratSampler.Exponential.of(rng, 20);
		final double[] next = new double[trains];
		for (int k = 0; k < trains; k++)
			next[k] = isi.sample();
		final int[] done = new int[trains];
		for (int s = 0; s < ids.length; s++) {
			int best = -1;
			for (int k = 0; k < trains; k++)
				if (done[k] < perTrain && (best < 0 || next[k] < next[best])) best = k;
			ids[s] = best;
			times[s] = next[best];
			next[best] += isi.sample();
			done[best]++;
		}
		final long units = ids.length;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		vs.add(new Benchmark.Variant("group only", units, () -> SpikeTrains.group(ids, times).spikeCount()));
		for (final int lag : new int[] { 0, 5, 50 })
			vs.add(new Benchmark.Variant("analysis maxLag=" + lag, units, () -> IsiAnalysis.run(SpikeTrains.group(ids,
				times), IsiSettings.DEFAULTS.withMaxLag(lag)).histogram().total()));
		return new Benchmark("isi", String.format("ISI statistics of %,d Poisson trains × %,d spikes", trains,
			perTrain), "spike", BASELINE, vs);
	}
}
