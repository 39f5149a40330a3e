package org.loligo.analysis.rate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.Workers;
import org.loligo.engine.sim.Stepper;

/**
 * Computes f–I curves ({@link FiSpec} in, {@link FiResult} out) with the engine's schemes, driven through
 * their public {@link Stepper} so that a run can start from any state.
 * <p>
 * Work is split into lanes, one lane being one neuron run through a sequence of currents: an up sweep
 * (currents ascending from rest), a down sweep (a priming run at {@code primeCurrent}, then currents
 * descending), or, for {@code direction = rest}, a single current from rest. A quasi-static sweep is
 * sequential in current by nature, so the parallelism is across lanes: the up and down sweeps run
 * concurrently, noise trials (one lane each, with its own random stream) run concurrently, and in
 * {@code rest} mode every current is its own lane. NB: deterministic {@code up} or {@code down} alone is
 * therefore one thread's work; {@code both} uses two.
 * <p>
 * Lanes are grouped into blocks that one worker steps together (see {@link SweepBlock}); random stream
 * k belongs to lane k whatever the grouping (lanes numbered: up trials, down trials, then rest lanes
 * current-major), so the result does not depend on the number of threads.
 */
public final class FiCurve {

	/** Most lanes stepped together, and a bound on their buffered V (doubles) per block. */
	private static final int MAX_BLOCK = 16;
	private static final long BLOCK_DOUBLES = 8_000_000L;

	private FiCurve() {}

	public static FiResult run(final FiSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/** Runs the spec; a cancel through the listener returns the rates done so far, marked partial. */
	public static FiResult run(final FiSpec spec, final SimulationListener listener) {
		final long start = System.nanoTime();
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final double[] currents = spec.currents();
		final int nI = currents.length, trials = spec.trials();
		final Stepper stepper = spec.scheme().prepare(spec.model(), spec.dt(), true);
		final boolean noisy = spec.noiseSigma() > 0;
		final Direction d = spec.direction();
		final int lanes = (d.up() ? trials : 0) + (d.down() ? trials : 0) + (d == Direction.REST ? nI * trials : 0);
		final UniformRandomProvider[] streams = noisy ? RandomStreams.streams(seed, lanes) : null;
		final int threads = spec.effectiveThreads();
		final int window = spec.steps() - spec.settleSteps();
		final int cap = (int) Math.max(1, Math.min(MAX_BLOCK, BLOCK_DOUBLES / window));

		// rates[trial][j] per branch, NaN until measured.
		final double[][] up = d.up() ? nan(trials, nI) : null, down = d.down() ? nan(trials, nI) : null;
		final double[][] rest = d == Direction.REST ? nan(trials, nI) : null;
		final AtomicBoolean stop = new AtomicBoolean();
		final List<SweepBlock> blocks = new ArrayList<>();
		int lane = 0;
		final int perBlock = Math.min(cap, (trials + threads - 1) / threads);
		if (d.up()) for (int t0 = 0; t0 < trials; t0 += perBlock)
			blocks.add(sweep(spec, stepper, currents, up, t0, Math.min(trials, t0 + perBlock), false, streams, lane,
				stop));
		if (d.up()) lane += trials;
		if (d.down()) for (int t0 = 0; t0 < trials; t0 += perBlock)
			blocks.add(sweep(spec, stepper, currents, down, t0, Math.min(trials, t0 + perBlock), true, streams, lane,
				stop));
		if (d.down()) lane += trials;
		if (rest != null) {
			final int per = Math.min(cap, Math.max(1, (nI * trials + threads - 1) / threads));
			for (int l0 = 0; l0 < nI * trials; l0 += per)
				blocks.add(fromRest(spec, stepper, currents, rest, l0, Math.min(nI * trials, l0 + per), streams,
					lane, stop));
		}
		runBlocks(blocks, Math.min(threads, blocks.size()), stop, listener);

		final double[][] u = stats(up), w = stats(down), r = stats(rest);
		return new FiResult(spec, currents, u[0], u[1], w[0], w[1], r[0], r[1], seed, stop.get(), (System
			.nanoTime() - start) / 1e9);
	}

	/** Trials [t0, t1) of a sweep; down sweeps get a priming segment and visit currents descending. */
	private static SweepBlock sweep(final FiSpec spec, final Stepper stepper, final double[] currents,
		final double[][] rates, final int t0, final int t1, final boolean down, final UniformRandomProvider[] streams,
		final int lane0, final AtomicBoolean stop)
	{
		final int n = t1 - t0, nI = currents.length, segs = nI + (down ? 1 : 0);
		final double[][] is = new double[segs][n], out = new double[segs][];
		final boolean[] measured = new boolean[segs];
		if (down) Arrays.fill(is[0], spec.primeCurrent());
		for (int j = 0; j < nI; j++) {
			final int seg = down ? 1 + j : j, jI = down ? nI - 1 - j : j;
			Arrays.fill(is[seg], currents[jI]);
			measured[seg] = true;
			out[seg] = new double[n];
		}
		// Both from the I = 0 rest, ramped to their first current (up: currentMin; down: primeCurrent).
		final SweepBlock b = new SweepBlock(spec, stepper, is, measured, out, slice(streams, lane0 + t0, n), true,
			stop);
		b.onDone(() -> {
			for (int j = 0; j < nI; j++)
				for (int t = 0; t < n; t++)
					rates[t0 + t][down ? nI - 1 - j : j] = out[down ? 1 + j : j][t];
		});
		return b;
	}

	/** Rest lanes [l0, l1): lane l is current l / trials, trial l % trials, one segment from rest. */
	private static SweepBlock fromRest(final FiSpec spec, final Stepper stepper, final double[] currents,
		final double[][] rates, final int l0, final int l1, final UniformRandomProvider[] streams, final int lane0,
		final AtomicBoolean stop)
	{
		final int n = l1 - l0, trials = spec.trials();
		final double[][] is = new double[1][n], out = { new double[n] };
		for (int l = 0; l < n; l++)
			is[0][l] = currents[(l0 + l) / trials];
		final SweepBlock b = new SweepBlock(spec, stepper, is, new boolean[] { true }, out, slice(streams, lane0 +
			l0, n), false, stop);
		b.onDone(() -> {
			for (int l = 0; l < n; l++)
				rates[(l0 + l) % trials][(l0 + l) / trials] = out[0][l];
		});
		return b;
	}

	private static UniformRandomProvider[] slice(final UniformRandomProvider[] s, final int from, final int n) {
		return s == null ? null : Arrays.copyOfRange(s, from, from + n);
	}

	private static double[][] nan(final int rows, final int cols) {
		final double[][] a = new double[rows][cols];
		for (final double[] row : a)
			Arrays.fill(row, Double.NaN);
		return a;
	}

	/** Mean and population SD (ddof 0, every command's SD) over trials per current; {null, null} for a branch not run. */
	private static double[][] stats(final double[][] r) {
		if (r == null) return new double[2][];
		final int trials = r.length, nI = r[0].length;
		final double[] mean = new double[nI], sd = new double[nI];
		for (int j = 0; j < nI; j++) {
			double s = 0;
			for (final double[] t : r)
				s += t[j];
			mean[j] = s / trials;
			double q = 0;
			for (final double[] t : r)
				q += (t[j] - mean[j]) * (t[j] - mean[j]);
			sd[j] = Math.sqrt(q / trials);
		}
		return new double[][] { mean, sd };
	}

	/** Runs the blocks on a pool, reporting progress and passing on a cancel; rethrows the first failure. */
	private static void runBlocks(final List<SweepBlock> blocks, final int threads, final AtomicBoolean stop,
		final SimulationListener listener)
	{
		long total = 0;
		for (final SweepBlock b : blocks)
			total += b.work();
		Workers.run("loligo-fi", threads, blocks, stop, listener, () -> {
			long done = 0;
			for (final SweepBlock b : blocks)
				done += b.done();
			return done;
		}, total);
	}
}
