package org.loligo.engine.poisson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loligo.engine.poisson.PoissonTestSupport.input;
import static org.loligo.engine.poisson.PoissonTestSupport.spec;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.poisson.PoissonInput.Mode;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationSpec;

/** Trials: reproducibility, the deterministic limit, exact kicks, validation. */
class PoissonRunnerTest {

	private static final SynapseSpec KICK = SynapseSpec.kick(1, 4);

	@Test
	void sameSeedGivesIdenticalSpikesOnOneAndTwoThreadsAndOtherSeedsDiffer() {
		final PoissonInput in = input(400, 100, 10, 0.5, Mode.SUPERPOSED);
		final PoissonResult one = PoissonRunner.run(spec(in, KICK, 3, 5, 200, 0.02, 1, 42, 1));
		final PoissonResult two = PoissonRunner.run(spec(in, KICK, 3, 5, 200, 0.02, 1, 42, 2));
		final PoissonResult other = PoissonRunner.run(spec(in, KICK, 3, 5, 200, 0.02, 1, 43, 2));
		assertTrue(one.spikeCount() > 10, "the drive should make the neuron fire: " + one.spikeCount());
		for (int k = 0; k < 5; k++)
			assertArrayEquals(one.spikeTimes()[k], two.spikeTimes()[k], "trial " + k);
		assertArrayEquals(one.trace().v(), two.trace().v());
		boolean differ = false;
		for (int k = 0; k < 5; k++)
			differ |= !java.util.Arrays.equals(one.spikeTimes()[k], other.spikeTimes()[k]);
		assertTrue(differ, "seeds 42 and 43 gave the same spikes");
		// Trials are independent streams: two trials of one run differ too.
		assertFalse(java.util.Arrays.equals(one.spikeTimes()[0], one.spikeTimes()[1]));
	}

	@Test
	void anyModelWithoutTransmissionIsTheDeterministicNeuronAndFiresMoreWithInput() {
		// The type-I presets (an A-current; an instantaneous gate) through the generic conductance kernel.
		for (final org.loligo.engine.model.NeuronModel m : java.util.List.of(Models.CONNOR_STEVENS,
			Models.WANG_BUZSAKI))
		{
			final double current = m == Models.WANG_BUZSAKI ? 1 : 10;
			final double[] ref = Simulation.run(SimulationSpec.builder(m).stimulus(Stimuli.constant(current)).duration(
				200).dt(0.01).build()).spikeTimes();
			assertTrue(ref.length >= 5, m.name());
			for (final SynapseSpec syn : new SynapseSpec[] { KICK, SynapseSpec.conductance(0.003, 0.027) }) {
				final PoissonResult none = PoissonRunner.run(new PoissonSpec(m, input(80, 20, 10, 0, Mode.SUPERPOSED), syn,
					current, 1, 200, 0.01, 0, 10, 1, 5, 1));
				assertArrayEquals(ref, none.spikeTimes()[0], m.name() + " " + syn.kind());
				final PoissonResult driven = PoissonRunner.run(new PoissonSpec(m, input(800, 0, 20, 1, Mode.SUPERPOSED),
					syn, current, 2, 200, 0.01, 0, 10, 1, 5, 1));
				assertTrue(driven.spikeTimes()[0].length > ref.length, m.name() + " " + syn.kind() + ": excitatory " +
					"input should raise the rate: " + driven.spikeTimes()[0].length + " vs " + ref.length);
			}
		}
	}

	@Test
	void noTransmissionReproducesTheDeterministicNeuron() {
		// HH1952 at 10 µA/cm² fires regularly; with p = 0, or no inputs, every trial must be the
		// engine's exp-euler neuron, spike for spike.
		final double[] ref = Simulation.run(SimulationSpec.builder(Models.HH1952).stimulus(Stimuli.constant(10))
			.duration(100).dt(0.01).build()).spikeTimes();
		assertTrue(ref.length >= 6);
		for (final Mode mode : Mode.values())
			for (final SynapseSpec syn : new SynapseSpec[] { KICK, SynapseSpec.conductance(0.003, 0.027) }) {
				final PoissonResult p0 = PoissonRunner.run(spec(input(80, 20, 10, 0, mode), syn, 10, 2, 100, 0.01, 1, 5,
					1));
				final PoissonResult none = PoissonRunner.run(spec(input(0, 0, 10, 0.5, mode), syn, 10, 1, 100, 0.01, 1, 5,
					1));
				assertArrayEquals(ref, p0.spikeTimes()[1], mode + " " + syn.kind());
				assertArrayEquals(ref, none.spikeTimes()[0], mode + " " + syn.kind());
			}
	}

	/** A drive with one input at step {@code at}: excitatory if {@code exc}, else inhibitory. */
	private static InputDrive forced(final long at, final boolean exc) {
		return new InputDrive() {

			long k;

			@Override
			public void next(final int[] c) {
				c[0] = k == at && exc ? 1 : 0;
				c[1] = k == at && !exc ? 1 : 0;
				k++;
			}
		};
	}

	@Test
	void aSingleKickMovesVByExactlyItsWeight() {
		final SynapseSpec syn = SynapseSpec.kick(1.5, 4);
		final PoissonSpec s = spec(input(1, 1, 10, 1, Mode.SUPERPOSED), syn, 0, 1, 5, 0.01, 0.01, 1, 1);
		final double[] none = PoissonRunner.run(s, 1, k -> forced(-1, true), null, SimulationListener.NONE).trace()
			.v();
		final double[] exc = PoissonRunner.run(s, 1, k -> forced(100, true), null, SimulationListener.NONE).trace()
			.v();
		final double[] inh = PoissonRunner.run(s, 1, k -> forced(100, false), null, SimulationListener.NONE).trace()
			.v();
		// Step 100 ends at sample 101: the kick is added after the integration, so V differs by the weight
		// (to the rounding of one addition near -65 mV, ~1e-14) there and not before.
		assertEquals(none[100], exc[100], 0.0);
		assertEquals(1.5, exc[101] - none[101], 1e-13);
		assertEquals(-6.0, inh[101] - none[101], 1e-13);
	}

	@Test
	void conductanceInputActsFromTheNextStepWithTheRightSign() {
		final PoissonSpec s = spec(input(1, 1, 10, 1, Mode.SUPERPOSED), SynapseSpec.conductance(0.1, 0.1), 0, 1, 5,
			0.01, 0.01, 1, 1);
		final PoissonTrace none = PoissonRunner.run(s, 1, k -> forced(-1, true), null, SimulationListener.NONE)
			.trace();
		final PoissonTrace exc = PoissonRunner.run(s, 1, k -> forced(100, true), null, SimulationListener.NONE)
			.trace();
		final PoissonTrace inh = PoissonRunner.run(s, 1, k -> forced(100, false), null, SimulationListener.NONE)
			.trace();
		assertEquals(none.v()[101], exc.v()[101], 0.0); // the jump happens at the end of step 100
		assertEquals(0.1, exc.gExc()[101], 0.0);
		assertEquals(0.1 * Math.exp(-0.01 / 5), exc.gExc()[102], 1e-16); // exact decay over one step
		assertTrue(exc.v()[102] > none.v()[102], "excitation (E = 0 mV) depolarises at rest");
		assertTrue(inh.v()[102] < none.v()[102], "inhibition (E = -80 mV) hyperpolarises at rest");
	}

	@Test
	void badInputNamesTheParameter() {
		assertMessage("releaseProbability", () -> input(1, 1, 10, 1.5, Mode.SUPERPOSED));
		assertMessage("releaseProbability", () -> input(1, 1, 10, -0.1, Mode.SUPERPOSED));
		assertMessage("excitatoryInputs", () -> input(-1, 1, 10, 0.5, Mode.SUPERPOSED));
		assertMessage("inhibitoryInputs", () -> input(1, -3, 10, 0.5, Mode.SUPERPOSED));
		assertMessage("inputRate", () -> input(1, 1, Double.NaN, 0.5, Mode.SUPERPOSED));
		// 2000 Hz at dt = 1 ms: two spikes per step would be needed.
		assertMessage("inputRate", () -> spec(input(1, 1, 2000, 0.5, Mode.SUPERPOSED), KICK, 0, 1, 100, 1, 1, 1, 1));
		assertMessage("inputMode", () -> Mode.parse("fast"));
		assertMessage("synapse", () -> SynapseSpec.Kind.parse("alpha"));
		assertMessage("tauExc", () -> new SynapseSpec(SynapseSpec.Kind.CONDUCTANCE, 1, 4, 0.1, 0.1, 0, -80, 0, 10));
		assertMessage("trials", () -> spec(input(1, 1, 10, 0.5, Mode.SUPERPOSED), KICK, 0, 0, 100, 0.1, 1, 1, 1));
		assertMessage("hysteresis", () -> new PoissonSpec(Models.HH1952, input(1, 1, 10, 0.5, Mode.SUPERPOSED), KICK,
			0, 1, 100, 0.1, 0, -1, 1, 1, 1));
	}

	private static void assertMessage(final String name, final org.junit.jupiter.api.function.Executable e) {
		final IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
		assertTrue(x.getMessage().startsWith(name), x.getMessage());
	}

	@Test
	void cancelledRunIsPartial() {
		// 10⁸ steps per trial: far longer than the first poll of the listener (100 ms), whatever the machine.
		final PoissonSpec s = spec(input(80, 20, 10, 0.5, Mode.SUPERPOSED), KICK, 3, 2, 1e6, 0.01, 100, 3, 1);
		final PoissonResult r = PoissonRunner.run(s, new SimulationListener() {

			@Override
			public boolean isCancelled() {
				return true;
			}
		});
		assertTrue(r.partial());
		// Every trial stops at the same step: both are kept, up to the completed time, and so is the trace.
		assertEquals(2, r.trials());
		assertTrue(r.completedMs() < s.simulatedTime(), r.completedMs() + " ms");
		for (final double[] t : r.spikeTimes())
			for (final double x : t)
				assertTrue(x <= r.completedMs());
		assertEquals((long) Math.round(r.completedMs() / s.dt()) / s.stride() + 1, r.trace().length());
	}
}
