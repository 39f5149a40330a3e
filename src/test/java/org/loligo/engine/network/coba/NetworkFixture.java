package org.loligo.engine.network.coba;

import org.apache.commons.rng.simple.RandomSource;
import org.loligo.engine.sim.SimulationListener;

/** Runs a network from a given initial state {V, m, h, n, ge (mS/cm²), gi} on one block. */
final class NetworkFixture {

	private NetworkFixture() {}

	static CobaResult run(final CobaSpec spec, final double[][] init) {
		final Connectivity c = CobaNetwork.connect(spec, RandomSource.XO_SHI_RO_256_PP.create(spec.seed()));
		final CobaRun run = new CobaRun(spec, c, init, new int[] { 0, spec.neurons() }, SimulationListener.NONE);
		final CobaBlock b = new CobaBlock(run, 0, 0, spec.neurons());
		run.blocks = new CobaBlock[] { b };
		b.run(null);
		return CobaResult.collect(spec, spec.seed(), c.synapses(), run.blocks, run.traces, b.completedSteps,
			false, 0);
	}

	/** The conductances after the run, {ge, gi} in mS/cm². */
	static double[][] conductancesAfter(final CobaSpec spec, final double[][] init) {
		final Connectivity c = CobaNetwork.connect(spec, RandomSource.XO_SHI_RO_256_PP.create(spec.seed()));
		final CobaRun run = new CobaRun(spec, c, init, new int[] { 0, spec.neurons() }, SimulationListener.NONE);
		final CobaBlock b = new CobaBlock(run, 0, 0, spec.neurons());
		run.blocks = new CobaBlock[] { b };
		b.run(null);
		return new double[][] { run.ge, run.gi };
	}
}
