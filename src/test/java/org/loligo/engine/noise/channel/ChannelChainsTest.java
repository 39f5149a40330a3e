package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.sim.SimulationSpec;

/**
 * The chains derived from the gate exponents: their states, conducting state, transition pairs and
 * stationary distribution; the channel counts; what is refused.
 */
class ChannelChainsTest {

	@Test
	void chainsFollowTheGateExponents() {
		// HH: Na m³h (4 × 2 states, 6 m pairs + 4 h pairs), K n⁴ (5 states, 4 pairs).
		assertChains(Models.HH1952, new int[] { 8, 5 }, 14);
		// Connor–Stevens: Na, K and the A channel a³b (8 states, 10 pairs).
		assertChains(Models.CONNOR_STEVENS, new int[] { 8, 5, 8 }, 24);
		// Wang–Buzsáki: Na's m is instantaneous, so its chain is h alone (2 states, 1 pair).
		assertChains(Models.WANG_BUZSAKI, new int[] { 2, 5 }, 5);
		final ChannelChains wb = new ChannelChains(Models.WANG_BUZSAKI, ChannelPatch.ofArea(1));
		assertArrayEquals(new int[] { 0 }, wb.gate[0]); // h is state gate 0
		assertEquals(-1, wb.chainOf[2]); // the leak
	}

	private static void assertChains(final NeuronModel model, final int[] sizes, final int pairs) {
		final ChannelChains c = new ChannelChains(model, ChannelPatch.ofArea(100));
		assertArrayEquals(sizes, c.size, model.name());
		assertEquals(pairs, c.pairs, model.name());
		for (int q = 0; q < c.chains; q++) {
			// The conducting state, all subunits open, is the chain's last.
			for (int j = 0; j < c.gate[q].length; j++)
				assertEquals(c.power[q][j], c.digit[q][j * c.size[q] + c.size[q] - 1]);
		}
		for (int t = 0; t < c.pairs; t++) {
			// A pair adds one open subunit of one gate j: (p - k)α forward, (k + 1)β back.
			final int q = c.pairChain[t], s = c.pairFrom[t] - c.first[q];
			final int j = java.util.Arrays.stream(c.gate[q]).boxed().toList().indexOf(c.pairGate[t]);
			final int k = c.digit[q][j * c.size[q] + s];
			assertEquals(c.stride[q][j], c.pairTo[t] - c.pairFrom[t]);
			assertEquals(c.power[q][j] - k, c.pairUp[t]);
			assertEquals(k + 1, c.pairDown[t]);
		}
	}

	@Test
	void stationaryDistributionIsTheProductOfBinomials() {
		final ChannelChains c = new ChannelChains(Models.CONNOR_STEVENS, ChannelPatch.ofArea(100));
		final double[] x = { 0.2, 0.7, 0.4, 0.3, 0.6 }, pi = new double[c.width]; // m, h, n, a, b
		for (int q = 0; q < c.chains; q++)
			c.stationary(q, x, pi);
		for (int q = 0; q < c.chains; q++) {
			double sum = 0;
			for (int s = 0; s < c.size[q]; s++)
				sum += pi[c.first[q] + s];
			assertEquals(1, sum, 1e-15);
		}
		assertEquals(0.3 * 0.3 * 0.3 * 0.6, pi[c.first[2] + 7], 1e-17); // A open: a³b
		assertEquals(3 * 0.3 * 0.7 * 0.7 * 0.4, pi[c.first[2] + 1], 1e-17); // one a open, b closed
	}

	@Test
	void countsComeFromThePatch() {
		final ChannelPatch p = ChannelPatch.ofArea(100);
		final List<Channel> cs = Models.CONNOR_STEVENS.channels();
		assertEquals(6000, p.count(cs.get(0)));
		assertEquals(1800, p.count(cs.get(1)));
		assertEquals(2385, p.count(cs.get(2))); // 47.7 mS/cm² = 477 pS/µm², over 20 pS
		assertEquals(0, p.count(cs.get(3))); // the leak
		assertEquals(4770, new ChannelPatch(100, 60, 18, 10).count(cs.get(2)));
		// Wang–Buzsáki's Na and K keep the Na and K densities.
		assertEquals(6000, p.count(Models.WANG_BUZSAKI.channels().get(0)));
		assertEquals(1800, p.count(Models.WANG_BUZSAKI.channels().get(1)));
		// A gated channel of gmax 0 carries no current and gets no chain.
		assertEquals(2, new ChannelChains(Models.CONNOR_STEVENS.withGmax("A", 0), p).chains);
	}

	@Test
	void modelsWithoutNoiseOrTooSmallPatchesAreRefusedNamingTheParameter() {
		final NeuronModel passive = new NeuronModel("Passive", 1, -65, List.of(Channel.passive("L", 0.3, -65)));
		final ChannelNoiseScheme markov = new ChannelNoiseScheme(ChannelNoiseScheme.Method.MARKOV, ChannelPatch
			.ofArea(100));
		assertTrue(markov.refusal(passive).contains("has no gate with a state of its own"));
		final String msg = assertThrows(IllegalArgumentException.class, () -> SimulationSpec.builder(passive)
			.scheme(markov).duration(1).build()).getMessage();
		assertTrue(msg.startsWith("channelNoise: model Passive has no gate"), msg);
		// 1 µm² at 1000 pS per channel holds 0.477 A channels: none.
		final ChannelNoiseScheme tiny = new ChannelNoiseScheme(ChannelNoiseScheme.Method.MARKOV, new ChannelPatch(1,
			60, 18, 1000));
		assertTrue(tiny.refusal(Models.CONNOR_STEVENS).contains("channel A of model ConnorStevens: area × " +
			"gmax/unitConductance of channel A must give at least 1 channel"), tiny.refusal(Models.CONNOR_STEVENS));
		assertNull(tiny.refusal(Models.HH1952));
		final List<Gate> octets = List.of("w", "x", "y", "z").stream().map(n -> Gate.tauInf(n, 8, new Constant(0.5),
			new Constant(1))).toList();
		final NeuronModel huge = new NeuronModel("Huge", 1, -65, List.of(new Channel("X", 1, -80, octets), Channel
			.passive("L", 0.3, -65)));
		assertTrue(markov.refusal(huge).contains("chain of 6561 states; at most 4096"), markov.refusal(huge));
		assertThrows(IllegalArgumentException.class, () -> ChannelNoiseScheme.generic(ChannelNoiseScheme.Method.FOX_LU,
			huge, 0.01, ChannelPatch.ofArea(100), RandomStreams.streams(1, 1), false));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChannelPatch(1, 60, 18, 0)).getMessage()
			.startsWith("unitConductance must be > 0 pS"));
	}

	@Test
	void instantaneousGatesMultiplyTheChainsOpenFraction() {
		// Wang–Buzsáki's Na: the h chain's open fraction times m∞(V)³, m∞ at V(t), exactly (tables off).
		final GenericChannelStepper st = (GenericChannelStepper) ChannelNoiseScheme.generic(ChannelNoiseScheme.Method
			.MARKOV, Models.WANG_BUZSAKI, 0.01, ChannelPatch.ofArea(100), RandomStreams.streams(1, 1), false);
		final double v = -50, mInf = Models.WANG_BUZSAKI.instantGates().get(0).inf(v);
		final double[] coef = new double[st.table.size];
		st.table.exact(v, coef, new double[ChainTable.SCRATCH]);
		assertEquals(0.25 * mInf * mInf * mInf, st.open(0, 0.25, new double[2], coef), 1e-18);
		assertEquals(1, st.open(2, Double.NaN, new double[2], coef)); // the leak
	}
}
