package org.loligo.scijava;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.poisson.PoissonPart;
import org.loligo.engine.poisson.PoissonParts;
import org.loligo.engine.poisson.PoissonResult;
import org.loligo.engine.poisson.PoissonSpec;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationPart;
import org.loligo.engine.sim.SimulationParts;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.split.PartExecutor;
import org.loligo.engine.split.PartTask;

/**
 * The trials of "Stochastic HH Ensemble" and "Poisson-Driven HH Neuron" split into parts that run on a
 * {@link PartExecutor} (Spark tasks), with the same result, to the bit, as a run on threads.
 * <p>
 * The driver resolves the seed, plans one part per slot of the executor ({@link SimulationParts#bounds},
 * {@link PoissonParts#bounds}), walks the random streams once to give each part the saved state of its
 * first stream, and ships each part the command's parameters ({@link CommandFields}); the part rebuilds
 * the command's typed description where it runs (every check repeated there) and runs its trials on one
 * thread; the driver combines the parts in order.
 */
final class SplitRuns {

	private SplitRuns() {}

	/** The ensemble's trials on the executor; {@code spec} is the command's own ({@code spec()}). */
	static SimulationResult ensemble(final StochasticEnsemble command, final SimulationSpec spec,
		final PartExecutor executor, final PartExecutor.Options options, final SimulationListener listener)
	{
		final long t0 = System.nanoTime();
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final CommandFields fields = new CommandFields(command, seed);
		final List<SimulationPart> parts = executor.run(slots -> {
			final int[] b = SimulationParts.bounds(spec, slots);
			final byte[][] states = SimulationParts.streamStates(spec, seed, b);
			final List<PartTask<SimulationPart>> tasks = new ArrayList<>();
			for (int p = 0; p + 1 < b.length; p++)
				tasks.add(new EnsembleTask(fields, seed, b[p], b[p + 1], states == null ? null : states[p]));
			return tasks;
		}, options, listener);
		return SimulationParts.combine(spec, seed, parts, (System.nanoTime() - t0) * 1e-9);
	}

	/** The Poisson ensemble's trials on the executor; {@code spec} is the command's own ({@code spec()}). */
	static PoissonResult poisson(final PoissonNeuronCommand command, final PoissonSpec spec,
		final PartExecutor executor, final PartExecutor.Options options, final SimulationListener listener)
	{
		final long t0 = System.nanoTime();
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final CommandFields fields = new CommandFields(command, seed);
		final List<PoissonPart> parts = executor.run(slots -> {
			final int[] b = PoissonParts.bounds(spec, slots);
			final byte[][] states = PoissonParts.streamStates(seed, b);
			final List<PartTask<PoissonPart>> tasks = new ArrayList<>();
			for (int p = 0; p + 1 < b.length; p++)
				tasks.add(new PoissonTask(fields, seed, b[p], b[p + 1], states[p]));
			return tasks;
		}, options, listener);
		return PoissonParts.combine(spec, seed, parts, (System.nanoTime() - t0) * 1e-9);
	}

	/** Trials [from, to) of a Stochastic HH Ensemble. */
	record EnsembleTask(CommandFields fields, long seed, int from, int to, byte[] state) implements
		PartTask<SimulationPart>
	{

		@Override
		public SimulationPart run() {
			final SimulationSpec spec = ((StochasticEnsemble) fields.instance()).spec();
			return SimulationParts.run(spec, seed, from, to, state);
		}
	}

	/** Trials [from, to) of a Poisson-Driven HH Neuron. */
	record PoissonTask(CommandFields fields, long seed, int from, int to, byte[] state) implements
		PartTask<PoissonPart>
	{

		@Override
		public PoissonPart run() {
			final PoissonSpec spec = ((PoissonNeuronCommand) fields.instance()).spec();
			return PoissonParts.run(spec, seed, from, to, state);
		}
	}
}
