package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.noise.RandomStreams;

/** Patch validation, the registry by name, and the scheme's contract. */
class ChannelPatchTest {

	@Test
	void countsAreRoundedAreaTimesDensity() {
		final ChannelPatch p = ChannelPatch.ofArea(100);
		assertEquals(6000, p.naChannels());
		assertEquals(1800, p.kChannels());
		assertEquals(1, new ChannelPatch(0.03, 20, 40).naChannels()); // 0.6 rounds to 1
	}

	@Test
	void badPatchesAreRefusedNamingTheParameter() {
		for (final double a : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY })
			assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPatch.ofArea(a)).getMessage()
				.startsWith("area must be > 0"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChannelPatch(1, 0, 18)).getMessage()
			.startsWith("naDensity must be > 0"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChannelPatch(1, 60, -2)).getMessage()
			.startsWith("kDensity must be > 0"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPatch.ofArea(0.001)).getMessage()
			.contains("at least 1 channel"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelPatch.ofArea(1e8)).getMessage()
			.contains("at most 1e9"));
	}

	@Test
	void registryKnowsTheThreeMethodsAndNone() {
		final ChannelPatch p = ChannelPatch.ofArea(10);
		assertNull(ChannelNoises.byName("none", p));
		assertNull(ChannelNoises.byName(" NONE ", null));
		for (final String name : new String[] { "fox-lu", "diffusion", "markov" }) {
			final ChannelNoiseScheme s = ChannelNoises.byName(name.toUpperCase(), p);
			assertEquals(name, s.name());
			assertTrue(s.stochastic());
			assertEquals(p, s.patch());
		}
		final String msg = assertThrows(IllegalArgumentException.class, () -> ChannelNoises.byName("gillespie", p))
			.getMessage();
		assertEquals("channelNoise: unknown method 'gillespie'; accepted: none, fox-lu, diffusion, markov", msg);
	}

	@Test
	void schemeNeedsStreams() {
		final ChannelNoiseScheme s = ChannelNoises.byName("markov", ChannelPatch.ofArea(10));
		assertThrows(IllegalStateException.class, () -> s.prepare(Patches.HH, 0.01, true));
		assertThrows(IllegalArgumentException.class, () -> s.prepare(Patches.HH, 0.01, true,
			new org.apache.commons.rng.UniformRandomProvider[0]));
		assertTrue(s.prepare(Patches.HH, 0.01, true, RandomStreams.streams(1, 3)) instanceof MarkovStepper);
	}
}
