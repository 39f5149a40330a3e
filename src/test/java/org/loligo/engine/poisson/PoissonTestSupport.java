package org.loligo.engine.poisson;

import org.loligo.engine.model.Models;

/** Specs for the tests: HH1952, 1 mV / 4 mV kicks, threshold 0 mV, hysteresis 10 mV. */
final class PoissonTestSupport {

	private PoissonTestSupport() {}

	static PoissonSpec spec(final PoissonInput in, final SynapseSpec syn, final double current, final int trials,
		final double duration, final double dt, final double recordInterval, final long seed, final int threads)
	{
		return new PoissonSpec(Models.HH1952, in, syn, current, trials, duration, dt, 0, 10, recordInterval, seed,
			threads);
	}

	static PoissonInput input(final int nE, final int nI, final double rate, final double p,
		final PoissonInput.Mode mode)
	{
		return new PoissonInput(nE, nI, rate, p, mode);
	}
}
