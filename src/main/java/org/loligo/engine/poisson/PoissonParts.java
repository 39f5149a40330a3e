package org.loligo.engine.poisson;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.StreamStates;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.sim.SimulationListener;

/**
 * A Poisson ensemble ({@link PoissonRunner}) split into parts of trials that run anywhere (Spark tasks on
 * other machines) and combined into the same result, to the bit, as the run in one piece. Trials are
 * independent and trial k draws only from stream k, so a part is a run of its own trials alone, each on
 * its own stream: the part gets the saved state of its first stream ({@link #streamStates}), so reaching
 * trial k's stream costs it nothing. Trial 0's trace and inputs come from the part that holds it.
 */
public final class PoissonParts {

	private PoissonParts() {}

	/**
	 * Part boundaries for about {@code wanted} parts (trials {@code [b[p], b[p + 1])}); checks the run's
	 * memory first, as a run in one piece does.
	 */
	public static int[] bounds(final PoissonSpec spec, final int wanted) {
		PoissonRunner.checkMemory(spec);
		final int n = spec.trials(), parts = Math.max(1, Math.min(wanted, n));
		final int[] b = new int[parts + 1];
		for (int p = 0; p <= parts; p++)
			b[p] = (int) ((long) n * p / parts);
		return b;
	}

	/** The saved state of each part's first stream. */
	public static byte[][] streamStates(final long seed, final int[] bounds) {
		return StreamStates.at(seed, java.util.Arrays.copyOf(bounds, bounds.length - 1));
	}

	/**
	 * Runs trials {@code [from, to)} of the spec on one thread.
	 *
	 * @param seed  the resolved master seed
	 * @param state the saved state of stream {@code from} ({@link #streamStates})
	 */
	public static PoissonPart run(final PoissonSpec spec, final long seed, final int from, final int to,
		final byte[] state)
	{
		if (from < 0 || to > spec.trials() || from >= to) throw new IllegalArgumentException("part [" + from + ", " + to +
			") is not within the " + spec.trials() + " trials");
		final PoissonSpec part = new PoissonSpec(spec.model(), spec.input(), spec.synapse(), spec.current(), to - from,
			spec.duration(), spec.dt(), spec.threshold(), spec.hysteresis(), spec.recordInterval(), seed, 1);
		final UniformRandomProvider[] streams = StreamStates.streams(seed, state, to - from);
		final boolean first = from == 0;
		final InputEvents events = first && spec.input().mode() == PoissonInput.Mode.EXPLICIT ? new InputEvents(spec
			.input().excitatoryInputs()) : null;
		final PoissonResult r = PoissonRunner.run(part, seed, k -> InputDrive.of(part.input(), part.dt(), streams[k],
			k == 0 ? events : null), events, SimulationListener.NONE);
		return new PoissonPart(from, r.spikeTimes(), first ? r.trace() : null, events, r.completedMs());
	}

	/** The result of the whole run from its parts (all of them, in order); the wall time is the caller's. */
	public static PoissonResult combine(final PoissonSpec spec, final long seed, final List<PoissonPart> parts,
		final double wallSeconds)
	{
		final double[][] spikes = new double[spec.trials()][];
		int next = 0;
		for (final PoissonPart p : parts) {
			if (p.from() != next) throw new IllegalArgumentException("parts must cover the trials in order: a part " +
				"starts at " + p.from() + ", expected " + next);
			System.arraycopy(p.spikeTimes(), 0, spikes, next, p.spikeTimes().length);
			next += p.spikeTimes().length;
		}
		if (next != spec.trials()) throw new IllegalArgumentException("parts end at trial " + next + " of " + spec
			.trials());
		final PoissonPart first = parts.get(0);
		return new PoissonResult(spec, seed, SpikeDetector.ruleWithKicks(spec.threshold(), spec.hysteresis()), spikes,
			first.trace(), first.inputs(), false, first.completedMs(), wallSeconds);
	}
}
