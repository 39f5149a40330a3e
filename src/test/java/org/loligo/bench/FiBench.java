package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.analysis.rate.Direction;
import org.loligo.analysis.rate.FiCurve;
import org.loligo.analysis.rate.FiResult;
import org.loligo.analysis.rate.FiSpec;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.Schemes;

/**
 * {@code fi}: the f–I curve of HH1952, exp-euler. Full size: 0–200 µA/cm² in 250 currents × 2,000 ms at
 * dt = 0.01 ms (5·10⁷ lane-steps per branch); the up sweep alone on one thread is the baseline; then up
 * and down together on 2 threads (one sweep each), and every current from rest on 1 and 2 threads. The
 * check value is the number of (branch, current) pairs that fire.
 */
final class FiBench {

	static final String BASELINE = "up t1";

	private FiBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int currents = quick ? 10 : 250;
		final double duration = quick ? 100 : 2000, dt = 0.01, step = 200.0 / (currents - 1);
		final List<Benchmark.Variant> vs = new ArrayList<>();
		vs.add(variant("up t1", spec(step, duration, dt, Direction.UP, 1)));
		vs.add(variant("both t2", spec(step, duration, dt, Direction.BOTH, 2)));
		vs.add(variant("rest t1", spec(step, duration, dt, Direction.REST, 1)));
		vs.add(variant("rest t2", spec(step, duration, dt, Direction.REST, 2)));
		return new Benchmark("fi", String.format("f-I curve of HH1952, 0-200 uA/cm2 in %d currents x %s ms at " +
			"dt = %s ms, exp-euler", currents, (long) duration, dt), "lane-step", BASELINE, vs);
	}

	private static FiSpec spec(final double step, final double duration, final double dt, final Direction d,
		final int threads)
	{
		// currentMax a hair above 200 so that 249 steps of 200/249 include 200 despite rounding.
		return new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 200 + 1e-9, step, duration, 0.5, dt, d, 20, 1, 0, 1, 1,
			threads);
	}

	private static Benchmark.Variant variant(final String name, final FiSpec spec) {
		final int branches = spec.direction() == Direction.BOTH ? 2 : 1;
		final long units = (long) branches * spec.currents().length * spec.steps();
		return new Benchmark.Variant(name, units, () -> {
			final FiResult r = FiCurve.run(spec);
			long firing = 0;
			for (final double[] b : new double[][] { r.up(), r.down(), r.rest() })
				if (b != null) for (final double x : b)
					if (x > 0) firing++;
			return firing;
		});
	}
}
