package org.loligo.analysis.bifurcation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Channel;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.reference.ConnorStevensEquations;
import org.loligo.reference.NeuronReference;
import org.loligo.reference.WangBuzsakiEquations;

/**
 * The generic vector field against (1) the hand-written HH field it replaced, to the bit, for every
 * HH-shaped preset and every sweep parameter, and (2) the independent right-hand sides of the reference
 * package for Connor–Stevens (A-current gates given as x∞, τ) and Wang–Buzsáki (instantaneous m, φ = 5).
 */
class ModelFieldTest {

	/** Fixed seed: each test draws the same states whatever the order the tests run in. */
	private final SplittableRandom random = new SplittableRandom(20240607);

	/** A state with V in [-90, 40] mV and every gate in [0, 1]. */
	private double[] randomState(final int n) {
		final double[] x = new double[n];
		x[0] = -90 + 130 * random.nextDouble();
		for (int i = 1; i < n; i++)
			x[i] = random.nextDouble();
		return x;
	}

	@Test
	void hhShapedModelsGiveTheHandWrittenFieldsBits() {
		for (final NeuronModel m : List.of(Models.HH1952, Models.HH1952_GL003, Models.TRAUB_MILES))
			for (int k = 0; k < 200; k++) {
				final double current = -20 + 200 * random.nextDouble();
				assertSameBits(HHField.of(m, current), ModelField.of(m, current), m.name() + " at I = " + current);
			}
	}

	@Test
	void everySweepParameterGivesTheBitsOfTheModelWithThatValue() {
		final NeuronModel m = Models.HH1952;
		final HHModel h = m.hh();
		for (final SweepParameter p : List.of(SweepParameter.CM, SweepParameter.GNA, SweepParameter.GK,
			SweepParameter.GL, SweepParameter.ENA, SweepParameter.EK, SweepParameter.EL))
			for (int k = 0; k < 20; k++) {
				final double v = 0.5 + 100 * random.nextDouble();
				final double[] c = { h.cm(), h.gNa(), h.gK(), h.gL(), h.eNa(), h.eK(), h.eL() };
				c[List.of("cm", "gNa", "gK", "gL", "eNa", "eK", "eL").indexOf(p.label())] = v;
				final NeuronModel changed = HHModel.build("changed", c[0], c[1], c[2], c[3], c[4], c[5], c[6], h.vInit(),
					m);
				final ModelField generic = ModelField.of(m, 7).with(p, v);
				assertEquals(v, generic.get(p), 0);
				assertSameBits(HHField.of(changed, 7), generic, p.label() + " = " + v);
			}
	}

	private void assertSameBits(final HHField hand, final ModelField generic, final String where) {
		final double[] x = randomState(4), a = new double[4], b = new double[4], a2 = new double[4];
		final double[][] ja = new double[4][4], jb = new double[4][4];
		hand.rhs(x, a);
		generic.rhs(x, b);
		assertArrayEquals(a, b, 0, "rhs, " + where);
		hand.rhsJacobian(x, a2, ja);
		generic.rhsJacobian(x, b, jb);
		assertArrayEquals(a2, b, 0, "rhs with the Jacobian, " + where);
		for (int r = 0; r < 4; r++)
			assertArrayEquals(ja[r], jb[r], 0, "Jacobian row " + r + ", " + where);
		assertEquals(hand.steadyCurrent(x[0]), generic.steadyCurrent(x[0]), 0, "F(V), " + where);
		hand.steadyState(x[0], a);
		generic.steadyState(x[0], b);
		assertArrayEquals(a, b, 0, "steady state, " + where);
	}

	@Test
	void connorStevensAndWangBuzsakiAreTheReferenceEquations() {
		check(Models.CONNOR_STEVENS, new ConnorStevensEquations(), List.of("V", "m", "h", "n", "a", "b"));
		check(Models.WANG_BUZSAKI, new WangBuzsakiEquations(), List.of("V", "h", "n"));
	}

	/**
	 * Right-hand side, F(V) = I - I_ss(V) and steady state against the reference, and the Jacobian against
	 * central differences of the reference. The reference writes its formulas in another order, so values
	 * agree to rounding: 1e-13 of the sum of the channels' |g (V - E)| (µA/cm², the size of the terms that
	 * cancel in dV/dt and F), 1e-13 for the gates' rates.
	 */
	private void check(final NeuronModel m, final NeuronReference.Model ref, final List<String> names) {
		final int n = names.size();
		assertEquals(names, List.of(ModelField.of(m, 0).stateNames()));
		final double[] a = new double[n], b = new double[n], fp = new double[n], fm = new double[n];
		final double[][] j = new double[n][n];
		for (int k = 0; k < 200; k++) {
			final double current = 30 * random.nextDouble();
			final ModelField f = ModelField.of(m, current);
			final NeuronReference.Model r = ref.withCurrent(current);
			final double[] x = randomState(n);
			f.rhs(x, a);
			r.computeDerivatives(0, x, b);
			double scale = 0;
			for (final Channel c : m.channels())
				scale += c.gmax() * Math.abs(x[0] - c.reversal());
			assertEquals(b[0], a[0], 1e-13 * scale, "dV/dt of " + m.name());
			for (int i = 1; i < n; i++)
				assertEquals(b[i], a[i], 1e-13, "d" + names.get(i) + "/dt of " + m.name());
			assertEquals(current - r.steadyStateCurrent(x[0]), f.steadyCurrent(x[0]), 1e-13 * scale, "F(V) of " + m
				.name());
			f.steadyState(x[0], a);
			assertArrayEquals(r.steadyState(x[0]), a, 1e-14, "steady state of " + m.name());
			f.jacobian(x, j);
			for (int c = 0; c < n; c++) {
				final double h = c == 0 ? 1e-4 : 1e-6;
				final double[] xs = x.clone();
				xs[c] += h;
				r.computeDerivatives(0, xs, fp);
				xs[c] -= 2 * h;
				r.computeDerivatives(0, xs, fm);
				for (int row = 0; row < n; row++) {
					final double fd = (fp[row] - fm[row]) / (2 * h);
					assertEquals(fd, j[row][c], 1e-6 * (1 + Math.abs(fd)), m.name() + " J[" + row + "][" + c + "]");
				}
			}
		}
	}

	@Test
	void parametersAreTheModelsChannels() {
		final NeuronModel cs = Models.CONNOR_STEVENS;
		assertArrayEquals(new String[] { "current", "cm", "gNa", "gK", "gA", "gL", "eNa", "eK", "eA", "eL" },
			SweepParameter.names(cs));
		final SweepParameter gA = SweepParameter.byName(cs, "ga");
		assertEquals(SweepParameter.gmax("A"), gA);
		assertEquals(47.7, ModelField.of(cs, 0).get(gA), 0);
		final double[] x = randomState(6), a = new double[6], b = new double[6];
		ModelField.of(cs, 3).with(gA, 20).rhs(x, a);
		ModelField.of(cs.withGmax("A", 20), 3).rhs(x, b);
		assertArrayEquals(b, a, 0);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepParameter.byName(
			Models.HH1952, "gA"));
		assertTrue(e.getMessage().startsWith("parameter") && e.getMessage().contains("gNa") && !e.getMessage()
			.contains("gA,"), e.getMessage());
		final IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> new HopfSweepSpec(
			Models.HH1952, gA, 0, 0, 100, 11, false));
		assertTrue(s.getMessage().startsWith("parameter") && s.getMessage().contains("eL"), s.getMessage());
	}
}
