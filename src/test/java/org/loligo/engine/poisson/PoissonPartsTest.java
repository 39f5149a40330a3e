package org.loligo.engine.poisson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loligo.engine.poisson.PoissonTestSupport.input;
import static org.loligo.engine.poisson.PoissonTestSupport.spec;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.poisson.PoissonInput.Mode;

/**
 * A Poisson ensemble split into parts ({@link PoissonParts}) and combined gives the run in one piece to
 * the bit: each trial's spikes, trial 0's trace and (explicit inputs) its presynaptic spikes.
 */
class PoissonPartsTest {

	static void assertSplitEqualsWhole(final PoissonSpec spec, final int wanted) {
		final PoissonResult whole = PoissonRunner.run(spec);
		final int[] b = PoissonParts.bounds(spec, wanted);
		assertEquals(Math.min(wanted, spec.trials()), b.length - 1);
		final byte[][] states = PoissonParts.streamStates(spec.seed(), b);
		final List<PoissonPart> parts = new ArrayList<>();
		for (int p = 0; p + 1 < b.length; p++)
			parts.add(PoissonParts.run(spec, spec.seed(), b[p], b[p + 1], states[p]));
		final PoissonResult split = PoissonParts.combine(spec, spec.seed(), parts, 0);
		assertTrue(whole.spikeCount() > 0, "the test needs spikes");
		assertEquals(whole.trials(), split.trials());
		for (int k = 0; k < whole.trials(); k++)
			assertArrayEquals(whole.spikeTimes()[k], split.spikeTimes()[k], "trial " + k);
		final PoissonTrace a = whole.trace(), c = split.trace();
		assertArrayEquals(a.time(), c.time());
		assertArrayEquals(a.v(), c.v());
		for (int g = 0; g < a.gates().length; g++)
			assertArrayEquals(a.gates()[g], c.gates()[g]);
		assertArrayEquals(a.excCount(), c.excCount());
		assertArrayEquals(a.inhCount(), c.inhCount());
		assertArrayEquals(a.gExc(), c.gExc());
		assertArrayEquals(a.gInh(), c.gInh());
		if (whole.inputs() == null) assertNull(split.inputs());
		else {
			assertArrayEquals(whole.inputs().inputs(), split.inputs().inputs());
			assertArrayEquals(whole.inputs().times(), split.inputs().times());
		}
		assertEquals(whole.completedMs(), split.completedMs());
		assertEquals(whole.spikeRule(), split.spikeRule());
	}

	@Test
	void superposedKicks() {
		assertSplitEqualsWhole(spec(input(800, 200, 10, 0.5, Mode.SUPERPOSED), SynapseSpec.kick(1, 4), 3, 7, 200, 0.01,
			0.1, 9, 2), 3);
	}

	@Test
	void explicitConductances() {
		assertSplitEqualsWhole(spec(input(400, 100, 10, 0.5, Mode.EXPLICIT), SynapseSpec.conductance(0.01, 0.02), 8, 5,
			100, 0.01, 0.1, 4, 1), 2);
	}
}
