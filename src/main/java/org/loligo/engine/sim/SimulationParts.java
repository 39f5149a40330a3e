package org.loligo.engine.sim;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.noise.StreamStates;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.record.Traces;

/**
 * A {@link Simulation} run split into parts that run anywhere (Spark tasks on other machines), combined
 * into the same result, to the bit, as the run in one piece: {@link #bounds} splits the neurons (trials),
 * {@link #streamStates} gives each part the saved state of its first random stream, {@link #run} runs one
 * part, {@link #combine} puts the parts together.
 * <p>
 * A part is the population of its own neurons only (memory in proportion to the part), with neuron i of
 * the part being neuron {@code from + i} of the whole: its stimulus and stream, and its traces
 * when recorded. Spikes are merged in step, then neuron order, as the threads' are. NB: the band's sums
 * depend on their order, so parts are whole chunks of the whole population's band
 * ({@code BandAccumulator}: ≥ 64 neurons, at most 64 chunks), each part sums its chunks as a thread would,
 * and the chunks are combined in order; a run with a band therefore splits into at most 64 parts.
 */
public final class SimulationParts {

	private SimulationParts() {}

	/**
	 * Part boundaries for about {@code wanted} parts: part p is neurons {@code [b[p], b[p + 1])}; whole band
	 * chunks when the spec records a band.
	 */
	public static int[] bounds(final SimulationSpec spec, final int wanted) {
		checkSplittable(spec);
		final int n = spec.neurons();
		final int unit = spec.record().band() ? BandAccumulator.chunkSize(n) : 1;
		final int units = (n + unit - 1) / unit;
		final int parts = Math.max(1, Math.min(wanted, units));
		final int[] b = new int[parts + 1];
		for (int p = 0; p <= parts; p++)
			b[p] = (int) Math.min(n, (long) units * p / parts * unit);
		return b;
	}

	/** The saved state of each part's first stream (null when the spec draws no random numbers). */
	public static byte[][] streamStates(final SimulationSpec spec, final long seed, final int[] bounds) {
		return Simulation.needsStreams(spec) ? StreamStates.at(seed, java.util.Arrays.copyOf(bounds, bounds.length - 1)) :
			null;
	}

	/**
	 * Runs neurons {@code [from, to)} of the spec on one thread.
	 *
	 * @param seed  the resolved master seed (the spec's, or the one picked for it)
	 * @param state the saved state of stream {@code from} ({@link #streamStates}), null without noise
	 * @throws DivergenceException naming the neuron of the whole population
	 */
	public static SimulationPart run(final SimulationSpec spec, final long seed, final int from, final int to,
		final byte[] state)
	{
		final SimulationSpec part = slice(spec, seed, from, to);
		final UniformRandomProvider[] streams = state == null ? null : StreamStates.streams(seed, state, to - from);
		final Simulation.Part raw = new Simulation.Part(streams, BandAccumulator.chunkSize(spec.neurons()));
		final SimulationResult r;
		try {
			r = Simulation.run(part, null, null, null, SimulationListener.NONE, raw);
		}
		catch (final DivergenceException e) {
			throw new DivergenceException(e.neuron() + from, e.time(), e.variable(), e.value(), spec.scheme().name(), spec
				.dt());
		}
		final int[] neurons = r.spikeNeurons().clone();
		for (int q = 0; q < neurons.length; q++)
			neurons[q] += from;
		final Traces tr = r.traces();
		final int[] traced = tr.neurons().clone();
		for (int k = 0; k < traced.length; k++)
			traced[k] += from;
		final double[][][] band = new double[raw.band == null ? 0 : raw.band.chunks()][][];
		for (int c = 0; c < band.length; c++)
			band[c] = raw.band.chunk(c);
		return new SimulationPart(from, to, raw.spikeSteps, neurons, r.spikeTimes(), tr.time(), traced, tr.data(), band,
			r.wallSeconds());
	}

	/**
	 * The result of the whole run from its parts (all of them, in order), as {@link Simulation#run} gives
	 * it; the wall time is the caller's.
	 */
	public static SimulationResult combine(final SimulationSpec spec, final long seed, final List<SimulationPart> parts,
		final double wallSeconds)
	{
		final long steps = spec.steps();
		final SpikeStore[] stores = new SpikeStore[parts.size()];
		int next = 0;
		for (int p = 0; p < stores.length; p++) {
			final SimulationPart s = parts.get(p);
			if (s.from() != next) throw new IllegalArgumentException("parts must cover the neurons in order: part " + p +
				" starts at " + s.from() + ", expected " + next);
			next = s.to();
			stores[p] = new SpikeStore();
			for (int q = 0; q < s.spikeTimes().length; q++)
				stores[p].add(s.spikeSteps()[q], s.spikeNeurons()[q], s.spikeTimes()[q]);
		}
		if (next != spec.neurons()) throw new IllegalArgumentException("parts end at neuron " + next + " of " + spec
			.neurons());
		final SpikeStore.Merged spikes = SpikeStore.merge(stores, steps);
		final RecordSpec rec = spec.record();
		final long stride = rec.stride(spec.dt());
		org.loligo.engine.record.Band band = org.loligo.engine.record.Band.empty();
		if (rec.band()) {
			final BandAccumulator sums = new BandAccumulator(spec.neurons(), (int) rec.samples(steps, spec.dt()));
			int c = 0;
			for (final SimulationPart s : parts)
				for (final double[][] chunk : s.band())
					sums.setChunk(c++, chunk);
			band = sums.band((int) (steps / stride) + 1, stride, spec.dt());
		}
		return new SimulationResult(spec, seed, SpikeDetector.rule(spec.threshold(), spec.hysteresis()), spikes
			.neurons(), spikes.times(), traces(rec, parts), band, steps * spec.dt(), false, wallSeconds);
	}

	/** The recorded neurons' traces, gathered from the parts that hold them, in the record spec's order. */
	private static Traces traces(final RecordSpec rec, final List<SimulationPart> parts) {
		final int[] ids = rec.neurons();
		if (ids.length == 0) return Traces.empty();
		final int vars = rec.variables().size();
		final double[][] data = new double[vars * ids.length][];
		double[] time = null;
		for (int r = 0; r < ids.length; r++) {
			for (final SimulationPart s : parts) {
				final int[] held = s.traceNeurons();
				for (int c = 0; c < held.length; c++) {
					if (held[c] != ids[r]) continue;
					for (int q = 0; q < vars; q++)
						data[q * ids.length + r] = s.traceData()[q * held.length + c];
					time = s.traceTime();
				}
			}
		}
		return new Traces(time, ids, rec.variables(), data);
	}

	/**
	 * NB: a part whose σ are all 0 would be a run without noise, drawing nothing, while the whole run draws
	 * for every neuron (and a stochastic scheme shares the streams): one σ per neuron is not split.
	 */
	private static void checkSplittable(final SimulationSpec spec) {
		if (spec.noise().perNeuron() != null) throw new IllegalArgumentException("noiseSigmas: a run with one σ per " +
			spec.unit().replaceAll("s$", "") + " is not split into parts; run it on threads");
	}

	/** The spec of neurons [from, to) alone: their stimuli and recorded neurons, on one thread, with the seed. */
	static SimulationSpec slice(final SimulationSpec spec, final long seed, final int from, final int to) {
		if (from < 0 || to > spec.neurons() || from >= to) throw new IllegalArgumentException("part [" + from + ", " +
			to + ") is not within the " + spec.neurons() + " " + spec.unit());
		final List<Stimulus> stimuli = spec.stimuli().size() == 1 ? spec.stimuli() : spec.stimuli().subList(from, to);
		if (seed == 0) throw new IllegalArgumentException("seed must be resolved (non-zero) before a run is split");
		checkSplittable(spec);
		final RecordSpec rec = spec.record();
		final List<Integer> held = new ArrayList<>();
		for (final int id : rec.neurons())
			if (id >= from && id < to) held.add(id - from);
		final RecordSpec partRec = new RecordSpec(rec.interval(), held.stream().mapToInt(Integer::intValue).toArray(),
			rec.variables(), rec.band());
		return new SimulationSpec(spec.model(), to - from, stimuli, spec.duration(), spec.dt(), spec.scheme(), spec
			.threshold(), spec.hysteresis(), partRec, spec.noise(), seed, 1, spec.rateTables(), spec
				.unit());
	}
}
