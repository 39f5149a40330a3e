package org.loligo.analysis.bifurcation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.loligo.engine.sim.SimulationListener;

/**
 * The whole bifurcation analysis in one call, for any neuron model: equilibrium branches ({@link
 * EquilibriumContinuation}) and their folds, each classified as a saddle-node on an invariant circle or
 * not ({@link SaddleNodes}), Hopf points with frequency and first Lyapunov coefficient ({@link
 * FirstLyapunov}), and the periodic
 * branch from each Hopf point ({@link CycleContinuation}) with its folds of limit cycles. A cycle branch
 * that ends by shrinking onto a later Hopf point already connects the two, so that point starts no
 * second branch.
 */
public final class HopfSweep {

	/**
	 * The results: equilibrium branches and their folds (by parameter; {@code saddleNodes} classifies
	 * {@code folds}, in the same order), Hopf points (by parameter), cycle branches and their folds (by
	 * parameter), whether the run was cancelled, and the wall time in seconds.
	 */
	public record Result(HopfSweepSpec spec, List<List<Equilibrium>> equilibria, List<Equilibrium> folds,
		List<SaddleNode> saddleNodes, List<HopfPoint> hopfs, List<CycleContinuation.Branch> cycles,
		List<PeriodicOrbit> cycleFolds, boolean partial, double wallSeconds)
	{

		/**
		 * The saddle-node to report: the first SNIC (by parameter), else the first saddle-node of a stable
		 * node, else the first fold; null when the equilibria have no fold in the range.
		 */
		public SaddleNode mainSaddleNode() {
			return saddleNodes.stream().filter(SaddleNode::snic).findFirst().orElse(saddleNodes.stream().filter(
				SaddleNode::stableNode).findFirst().orElse(saddleNodes.isEmpty() ? null : saddleNodes.get(0)));
		}
	}

	private HopfSweep() {}

	/** Share of the progress bar that the equilibria take when cycles follow. */
	private static final double EQUILIBRIA_SHARE = 0.3;

	/**
	 * Runs the analysis. Progress goes to {@code listener} as one count over all phases: the equilibria,
	 * then each Hopf point's cycle branch in an equal share of the rest, then the end.
	 */
	public static Result run(final HopfSweepSpec spec, final SimulationListener listener) {
		final long t0 = System.nanoTime();
		final ModelField base = ModelField.of(spec.model(), spec.current());
		final double eqShare = spec.cycles() ? EQUILIBRIA_SHARE : 1;
		final EquilibriumContinuation.Result eq = EquilibriumContinuation.run(base, spec.parameter(), spec.min(),
			spec.max(), spec.points(), phase(listener, 0, eqShare));
		final List<SaddleNode> saddleNodes = new ArrayList<>();
		for (final Equilibrium e : eq.folds())
			if (!listener.isCancelled()) saddleNodes.add(SaddleNodes.classify(base, spec.parameter(), e));
		final List<HopfPoint> hopfs = new ArrayList<>();
		for (final Equilibrium e : eq.hopfs()) {
			final double omega = e.eigIm()[e.criticalPair()];
			final ModelField f = base.with(spec.parameter(), e.parameter());
			hopfs.add(new HopfPoint(e, omega, FirstLyapunov.compute(f, e.state(), omega)));
		}
		final List<CycleContinuation.Branch> cycles = new ArrayList<>();
		final List<PeriodicOrbit> cycleFolds = new ArrayList<>();
		boolean partial = eq.partial() || saddleNodes.size() < eq.folds().size();
		if (spec.cycles()) {
			final List<Double> reached = new ArrayList<>();
			for (int k = 0; k < hopfs.size(); k++) {
				final HopfPoint h = hopfs.get(k);
				final SimulationListener share = phase(listener, eqShare + (1 - eqShare) * k / hopfs.size(), eqShare +
					(1 - eqShare) * (k + 1) / hopfs.size());
				if (partial) break;
				if (reached.stream().anyMatch(p -> Math.abs(p - h.parameter()) < 1e-3 * (spec.max() - spec.min())))
					continue;
				final CycleContinuation.Branch b = CycleContinuation.fromHopf(base, spec.parameter(), spec.min(), spec
					.max(), h.equilibrium(), share);
				cycles.add(b);
				cycleFolds.addAll(b.folds());
				if (!b.orbits().isEmpty() && b.end().startsWith("shrank")) reached.add(b.orbits().get(b.orbits().size() -
					1).parameter());
				partial = listener.isCancelled();
			}
		}
		cycleFolds.sort(Comparator.comparingDouble(PeriodicOrbit::parameter));
		if (!partial) listener.progress(1, 1);
		return new Result(spec, eq.branches(), eq.folds(), saddleNodes, hopfs, cycles, cycleFolds, partial, (System
			.nanoTime() - t0) * 1e-9);
	}

	/** Progress of one phase, {@code done / total}, as the part {@code [from, to]} of the whole run. */
	static SimulationListener phase(final SimulationListener whole, final double from, final double to) {
		return new SimulationListener() {

			@Override
			public void progress(final long done, final long total) {
				if (total <= 0) return;
				final double f = Math.max(0, Math.min(1, (double) done / total));
				whole.progress(Math.round(1e6 * (from + (to - from) * f)), 1_000_000);
			}

			@Override
			public boolean isCancelled() {
				return whole.isCancelled();
			}
		};
	}
}
