package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Networks of the models that are not HH-shaped (an A-current, an instantaneous gate): without coupling
 * they are, bit for bit, the independent neurons of the population runner, every variable included; with
 * excitatory coupling the driven neuron fires and the undriven ones follow.
 */
class AnyModelNetworkTest {

	private static final List<NeuronModel> MODELS = List.of(Models.CONNOR_STEVENS, Models.WANG_BUZSAKI);

	/** Two neurons driven above their rheobase (8.1 and 0.16 µA/cm²) by different currents, one at rest. */
	private static List<Stimulus> drives(final NeuronModel m) {
		final double s = m == Models.WANG_BUZSAKI ? 0.1 : 1;
		return List.of(Stimuli.constant(10 * s), Stimuli.constant(14 * s), Stimuli.NONE);
	}

	private static SimulationSpec population(final NeuronModel m, final String method) {
		return SimulationSpec.builder(m).neurons(3).stimuli(drives(m)).duration(100).dt(method.equals("euler") ? 0.005 :
			0.01).scheme(method).noise(new CurrentNoise(0.3)).seed(5).threads(2).record(new RecordSpec(0.05, new int[] {
				0, 1, 2 }, TraceVariable.allOf(m))).build();
	}

	@Test
	void zeroCouplingReproducesTheIndependentNeuronsBitForBit() {
		for (final NeuronModel m : MODELS)
			for (final String method : List.of("exp-euler", "euler"))
				for (final String synapse : List.of("sigmoid", "gap", "exponential", "kick")) {
					final SimulationSpec pop = population(m, method);
					final SimulationResult alone = Simulation.run(pop);
					final SimulationResult net = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(3, 0), Net
						.synapse(synapse))).population();
					final String what = m.name() + " " + method + " " + synapse;
					assertTrue(alone.spikeCount() >= 3, what + ": the drives should make spikes: " + alone.spikeCount());
					assertArrayEquals(alone.spikeTimes(), net.spikeTimes(), what);
					for (final TraceVariable x : alone.traces().variables())
						for (int r = 0; r < 3; r++)
							assertArrayEquals(alone.traces().series(x, r), net.traces().series(x, r), what + " " + x.column());
				}
	}

	@Test
	void excitatoryCouplingMakesTheUndrivenNeuronsFire() {
		for (final NeuronModel m : MODELS) {
			final double drive = m == Models.WANG_BUZSAKI ? 2 : 20;
			final SimulationSpec pop = SimulationSpec.builder(m).neurons(3).stimuli(List.of(Stimuli.constant(
				drive), Stimuli.NONE, Stimuli.NONE)).duration(
					200).seed(1).threads(1).build();
			final SimulationResult net = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.ring(3, 0.5), Net.synapse(
				"sigmoid"))).population();
			final boolean[] fired = new boolean[3];
			for (final int i : net.spikeNeurons())
				fired[i] = true;
			assertTrue(fired[0] && fired[1] && fired[2], m.name() + ": every neuron of the ring should fire");
			assertTrue(Simulation.run(pop).spikeNeurons().length > 0 && java.util.Arrays.stream(Simulation.run(pop)
				.spikeNeurons()).allMatch(i -> i == 0), m.name() + ": uncoupled, only the driven neuron fires");
		}
	}
}
