package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loligo.engine.sim.SimulationListener;

/** The auto rule of {@link PassChoice} (the test JVM has the Vector API module, see pom.xml). */
class PassChoiceTest {

	@AfterEach
	void clearProperty() {
		System.clearProperty("loligo.vector");
	}

	@Test
	void autoTakesTheVectorPassForLongRunsOrOnceCompiled() {
		PassChoice.forgetCompiled();
		final PassChoice small = PassChoice.forRun(40_000_000L);
		assertSame(MembranePass.SCALAR, small.pass());
		assertTrue(small.description().startsWith("scalar (auto: "), small.description());
		final PassChoice large = PassChoice.forRun(PassChoice.AUTO_NEURON_STEPS);
		assertEquals(VectorMembrane.class, large.pass().getClass());
		assertEquals("vector, " + large.pass().lanes() + " doubles per instruction", large.description());
		// A vector run too short to have been compiled changes nothing; a long enough one does.
		large.ran(PassChoice.COMPILED_AFTER_STEPS - 1, 4000);
		assertSame(MembranePass.SCALAR, PassChoice.forRun(40_000_000L).pass());
		small.ran(10_000, 4000);
		assertSame(MembranePass.SCALAR, PassChoice.forRun(40_000_000L).pass(), "a scalar run compiles nothing");
		large.ran(PassChoice.COMPILED_AFTER_STEPS, 4000);
		final PassChoice after = PassChoice.forRun(40_000_000L);
		assertEquals(VectorMembrane.class, after.pass().getClass());
		assertTrue(after.description().endsWith("(compiled by an earlier run in this JVM)"), after.description());
	}

	/** Short scalar runs add up: once they and the next run reach the threshold, the next run compiles. */
	@Test
	void manyShortRunsAddUpToTheVectorPass() {
		PassChoice.forgetCompiled();
		final long run = 40_000_000L; // 4,000 neurons × 10,000 steps
		for (int r = 1; r <= 4; r++) {
			final PassChoice c = PassChoice.forRun(run);
			assertSame(MembranePass.SCALAR, c.pass(), "run " + r);
			c.ran(10_000, 4000);
		}
		final PassChoice fifth = PassChoice.forRun(run);
		assertEquals(VectorMembrane.class, fifth.pass().getClass(), "1.6e8 done + 4e7 reach 2e8");
		assertTrue(fifth.description().contains("this JVM has run 1.60e+08 neuron-steps on the scalar pass"),
			fifth.description());
		PassChoice.forgetCompiled();
	}

	@Test
	void thePropertyForcesTheVectorPass() {
		PassChoice.forgetCompiled();
		System.setProperty("loligo.vector", "true");
		final PassChoice c = PassChoice.forRun(1000);
		assertEquals(VectorMembrane.class, c.pass().getClass());
		assertTrue(c.description().endsWith("(-Dloligo.vector=true)"), c.description());
	}

	@Test
	void aShortRunFromAFreshJvmIsTheSameWithEitherPass() {
		PassChoice.forgetCompiled();
		final CobaSpec spec = CobaSpec.benchmark().withNeurons(400).withConnectivity(0, 80).withRun(100, 4, 2)
			.withRecording(1, 0.1, 0);
		final CobaResult auto = CobaNetwork.run(spec, SimulationListener.NONE);
		final CobaResult vector = CobaNetwork.run(spec, SimulationListener.NONE, true);
		assertTrue(auto.membranePass().startsWith("scalar (auto: "), auto.membranePass());
		assertTrue(vector.membranePass().startsWith("vector, "), vector.membranePass());
		assertTrue(auto.spikeCount() > 100, auto.spikeCount() + " spikes");
		assertArrayEquals(auto.spikeNeurons(), vector.spikeNeurons());
		assertArrayEquals(auto.spikeSteps(), vector.spikeSteps());
		assertArrayEquals(auto.traces()[0], vector.traces()[0]);
	}
}
