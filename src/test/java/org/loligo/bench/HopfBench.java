package org.loligo.bench;

import java.util.List;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.loligo.analysis.bifurcation.HopfPoint;
import org.loligo.analysis.bifurcation.HopfSweep;
import org.loligo.analysis.bifurcation.HopfSweepSpec;
import org.loligo.analysis.bifurcation.ModelField;
import org.loligo.analysis.bifurcation.SweepParameter;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.SimulationListener;

/**
 * {@code hopf}: bifurcation sweep of HH1952 over I ∈ [0, 200] µA/cm² with 201 table points. Baseline: a
 * plain equilibrium table (Brent root of the steady-state I–V curve and the Jacobian's eigenvalues at
 * each of the 201 currents, no continuation, no event location). Variants: the Hopf sweep (pseudo-arclength
 * continuation, both Hopf points to 1e-6, first Lyapunov coefficients) and the full sweep with the cycle
 * branches by multiple shooting. Unit: one sweep. Check value: Σ Hopf currents in units of 1e-6 µA/cm².
 */
final class HopfBench {

	static final String BASELINE = "equilibrium table";

	private HopfBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final int points = size == Benchmarks.Size.QUICK ? 51 : 201;
		final HopfSweepSpec hopfOnly = new HopfSweepSpec(Models.HH1952, SweepParameter.CURRENT, 0, 0, 200, points,
			false);
		final HopfSweepSpec full = new HopfSweepSpec(Models.HH1952, SweepParameter.CURRENT, 0, 0, 200, points, true);
		return new Benchmark("hopf", "HH1952, I in [0, 200] µA/cm², " + points + " table points", "sweep", BASELINE,
			List.of(new Benchmark.Variant(BASELINE, 1, () -> table(points)), //
				new Benchmark.Variant("hopf sweep", 1, () -> check(HopfSweep.run(hopfOnly, SimulationListener.NONE))),
				new Benchmark.Variant("hopf sweep + cycles", 1, () -> check(HopfSweep.run(full,
					SimulationListener.NONE)))));
	}

	private static long check(final HopfSweep.Result r) {
		return Math.round(r.hopfs().stream().mapToDouble(HopfPoint::parameter).sum() * 1e6);
	}

	/** The naive table: per current, the rest potential by Brent and the largest real eigenvalue. */
	private static long table(final int points) {
		final BrentSolver brent = new BrentSolver(1e-14, 1e-12);
		final double[] x = new double[4];
		final double[][] j = new double[4][4];
		long unstable = 0;
		for (int k = 0; k < points; k++) {
			final ModelField f = ModelField.of(Models.HH1952, 200.0 * k / (points - 1));
			final double v = brent.solve(200, f::steadyCurrent, -100, 50);
			f.steadyState(v, x);
			f.jacobian(x, j);
			double max = Double.NEGATIVE_INFINITY;
			for (final double re : new EigenDecomposition(new Array2DRowRealMatrix(j)).getRealEigenvalues())
				max = Math.max(max, re);
			if (max > 0) unstable++;
		}
		return unstable;
	}
}
