package org.loligo.engine.network.coba;

import org.apache.commons.rng.simple.RandomSource;
import org.loligo.engine.sim.SimulationListener;

/** Runs a network from a given initial state {V, m, h, n, ge (mS/cm²), gi} on one block. */
final class NetworkFixture {

	private NetworkFixture() {}

	static CobaResult run(final CobaSpec spec, final double[][] init) {
		final CobaRun run = runOn(spec, init, MembranePass.best());
		final CobaBlock b = run.blocks[0];
		return CobaResult.collect(spec, spec.seed(), run.targets.length, run.blocks, run.traces, b.completedSteps,
			false, 0, "");
	}

	/** The conductances after the run, {ge, gi} in mS/cm². */
	static double[][] conductancesAfter(final CobaSpec spec, final double[][] init) {
		final CobaRun run = runOn(spec, init, MembranePass.best());
		return new double[][] { run.ge, run.gi };
	}

	/** The run's shared state after all steps with the given pass 1. */
	static CobaRun runOn(final CobaSpec spec, final double[][] init, final MembranePass pass) {
		final Connectivity c = CobaNetwork.connect(spec, RandomSource.XO_SHI_RO_256_PP.create(spec.seed()));
		final CobaRun run = new CobaRun(spec, c, init, new int[] { 0, spec.neurons() }, SimulationListener.NONE,
			pass);
		final CobaBlock b = new CobaBlock(run, 0, 0, spec.neurons());
		run.blocks = new CobaBlock[] { b };
		b.run(null);
		return run;
	}
}
