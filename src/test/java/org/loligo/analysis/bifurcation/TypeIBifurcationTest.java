package org.loligo.analysis.bifurcation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.reference.ConnorStevensEquations;
import org.loligo.reference.NeuronReference;
import org.loligo.reference.WangBuzsakiEquations;

/**
 * The type-I models lose their rest at a saddle-node on an invariant circle, not at a Hopf point. Checked
 * against the independent references of {@code org.loligo.reference} (their own right-hand sides,
 * DormandPrince853 at 1e-10): the fold current, the resting state, the firing rate's square-root law and
 * the period past the fold.
 */
class TypeIBifurcationTest {

	record Case(NeuronModel model, NeuronReference reference, HopfSweep.Result sweep) {

		SaddleNode snic() {
			return sweep.mainSaddleNode();
		}
	}

	static Case wb, cs;

	@BeforeAll
	static void sweep() {
		// NB: CS without cycles: its subcritical Hopf point on the middle branch (7.88 µA/cm²) starts a cycle
		// branch that crawls towards a homoclinic orbit for minutes; WB has no Hopf point, so cycles cost nothing.
		wb = new Case(Models.WANG_BUZSAKI, new NeuronReference(new WangBuzsakiEquations()), HopfSweep.run(
			new HopfSweepSpec(Models.WANG_BUZSAKI, SweepParameter.CURRENT, 0, 0, 1, 201, true), SimulationListener.NONE));
		cs = new Case(Models.CONNOR_STEVENS, new NeuronReference(new ConnorStevensEquations()), HopfSweep.run(
			new HopfSweepSpec(Models.CONNOR_STEVENS, SweepParameter.CURRENT, 0, 0, 20, 201, false),
			SimulationListener.NONE));
	}

	/**
	 * The reference's fold is the maximum of its I_ss(V) by Brent (current to ~1e-12); ours is the zero of
	 * ∂F/∂V on the continued branch (to ~1e-11 of the step): they must agree far better than 1e-4.
	 */
	@Test
	void theRestIsLostAtTheReferenceFold() {
		for (final Case c : List.of(wb, cs)) {
			final SaddleNode sn = c.snic();
			assertEquals(c.reference().foldCurrent(), sn.parameter(), 1e-9, c.model().name());
			// V at the fold is ill-determined (a flat maximum of I_ss): the reference gives it to ~1e-6 mV.
			assertEquals(c.reference().foldVoltage(), sn.equilibrium().v(), 1e-4, c.model().name());
			assertEquals(c.reference().restingPotential(0), c.sweep().equilibria().get(0).get(0).v(), 1e-9);
		}
		assertEquals(8.11405331, cs.snic().parameter(), 1e-8); // the reference README's values, stated here
		assertEquals(0.16008633, wb.snic().parameter(), 1e-8); // so that a change shows
	}

	@Test
	void noHopfPointOnTheRestBranchAndTheFoldIsASnic() {
		for (final Case c : List.of(wb, cs)) {
			final SaddleNode sn = c.snic();
			assertEquals(SaddleNode.SNIC, sn.type(), c.model().name());
			assertTrue(sn.stableNode() && sn.beyond() == 1, "rest exists below the fold and fires above it");
			// The rest branch: from the rest at I = 0 to the fold, every equilibrium stable.
			for (final Equilibrium e : c.sweep().equilibria().get(0)) {
				if (e.parameter() >= sn.parameter() || e.v() > sn.equilibrium().v()) break;
				assertTrue(e.stable(), c.model().name() + " at I = " + e.parameter());
			}
			for (final HopfPoint h : c.sweep().hopfs())
				assertTrue(h.equilibrium().v() > sn.equilibrium().v() + 1, c.model().name() + ": Hopf point on the " +
					"rest branch at " + h.parameter());
		}
		assertTrue(wb.sweep().hopfs().isEmpty());
		assertTrue(wb.sweep().cycles().isEmpty());
	}

	/**
	 * Near a SNIC f ≈ c·√(I - I_SN) with c = 1000·√(a·b)/π from the normal form at the fold. The reference's
	 * rate, started in the bottleneck at I_fold + δ, approaches it with an error of order √δ (the next term of
	 * the expansion): below 0.5 % at δ = 1e-5, and about √10 times smaller than at δ = 1e-4.
	 */
	@Test
	void rateCoefficientIsTheReferencesSquareRootLaw() {
		for (final Case c : List.of(wb, cs)) {
			final double coefficient = c.snic().rateCoefficient(), iFold = c.reference().foldCurrent();
			final double[] start = c.reference().model().steadyState(c.reference().foldVoltage());
			final double[] error = new double[2];
			for (int k = 0; k < 2; k++) {
				final double delta = k == 0 ? 1e-4 : 1e-5, period = 1000 / (coefficient * Math.sqrt(delta));
				final double[] t = c.reference().spikeTimes(iFold + delta, start, 2.5 * period + 200);
				assertTrue(t.length >= 2, c.model().name() + " fires at I_fold + " + delta);
				error[k] = 1000 / (t[1] - t[0]) / Math.sqrt(delta) / coefficient - 1;
			}
			assertTrue(Math.abs(error[1]) < 5e-3, c.model().name() + ": " + error[1]);
			final double ratio = error[0] / error[1];
			assertTrue(ratio > Math.sqrt(10) / 1.5 && ratio < Math.sqrt(10) * 1.5, c.model().name() + ": " + ratio);
		}
	}

	/** The periods the classifier measured past the fold are the reference's inter-spike intervals there. */
	@Test
	void periodsPastTheFoldAreTheReferences() {
		for (final Case c : List.of(wb, cs)) {
			final SaddleNode sn = c.snic();
			final double[] start = c.reference().model().steadyState(c.reference().foldVoltage());
			for (int k = 0; k < 2; k++) {
				final double[] t = c.reference().spikeTimes(sn.parameter() + sn.mu()[k], start, 2.5 * sn.periods()[k]);
				assertEquals(t[1] - t[0], sn.periods()[k], 1e-6 * sn.periods()[k], c.model().name() + " at μ = " + sn
					.mu()[k]);
			}
			assertEquals(2, sn.periods()[1] / sn.periods()[0], 0.25, "1/√μ: a quarter of μ, twice the period");
		}
	}

	/**
	 * Connor–Stevens's I_ss(V) folds four times in [0, 20]; only the rest's fold is a SNIC. The fold at
	 * ≈ 7.87 µA/cm² is also a saddle-node of a stable node (a small stable window on the middle branch),
	 * but its ghost leads to the resting state: the reference, started there just past it, comes to rest.
	 */
	@Test
	void otherFoldsAreNotSnics() {
		final List<SaddleNode> folds = cs.sweep().saddleNodes();
		assertEquals(4, folds.size());
		assertEquals(1, folds.stream().filter(SaddleNode::snic).count());
		final SaddleNode window = folds.stream().filter(s -> !s.snic() && s.stableNode()).findFirst().orElseThrow();
		assertEquals(SaddleNode.FOLD, window.type());
		assertTrue(window.parameter() > 7.8 && window.parameter() < 7.9, "" + window.parameter());
		final double current = window.parameter() + window.beyond() * window.mu()[0];
		final double[] end = cs.reference().integrate(current, cs.reference().model().steadyState(window.equilibrium()
			.v()), 2000);
		assertEquals(cs.reference().restingPotential(current), end[0], 1e-3);
	}

	@Test
	void traubMilesFoldIsASnic() {
		final HopfSweep.Result r = HopfSweep.run(new HopfSweepSpec(Models.TRAUB_MILES, SweepParameter.CURRENT, 0, -5,
			5, 101, false), SimulationListener.NONE);
		assertEquals(SaddleNode.SNIC, r.mainSaddleNode().type());
		assertFalse(r.mainSaddleNode().parameter() >= 0);
	}

	/**
	 * Sweeping Connor–Stevens's A-current at I = 8 µA/cm², the rest is lost at a SNIC where g_A falls to g*;
	 * at g_A = g*, the current sweep's SNIC must then sit at I = 8 (the same fold, reached along two axes).
	 */
	@Test
	void aChannelCanBeSwept() {
		final SweepParameter gA = SweepParameter.byName(Models.CONNOR_STEVENS, "gA");
		final SaddleNode byG = HopfSweep.run(new HopfSweepSpec(Models.CONNOR_STEVENS, gA, 8, 40, 60, 101, false),
			SimulationListener.NONE).mainSaddleNode();
		assertEquals(SaddleNode.SNIC, byG.type());
		assertEquals(-1, byG.beyond(), "fires when the A-current is weaker");
		final NeuronModel atFold = Models.CONNOR_STEVENS.withGmax("A", byG.parameter());
		final SaddleNode byI = HopfSweep.run(new HopfSweepSpec(atFold, SweepParameter.CURRENT, 0, 0, 20, 101, false),
			SimulationListener.NONE).mainSaddleNode();
		assertEquals(8, byI.parameter(), 1e-8);
		assertEquals(SaddleNode.SNIC, byI.type());
	}
}
