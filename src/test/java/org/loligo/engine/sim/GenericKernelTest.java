package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;

/**
 * The specialised HH kernels against the generic ones written once for any model: on HH-shaped models
 * both give the same doubles, for every scheme, with and without rate tables, with noise, over spiking
 * trajectories and every recorded variable.
 */
class GenericKernelTest {

	@AfterEach
	void restore() {
		Schemes.specialised = true;
	}

	private static SimulationResult run(final NeuronModel model, final Scheme scheme, final boolean tables,
		final boolean specialised)
	{
		Schemes.specialised = specialised;
		try {
			final SimulationSpec spec = SimulationSpec.builder(model).neurons(3).stimuli(List.of(Stimuli.constant(
				7), Stimuli.sine(12, 50, 10, 190), Stimuli.constant(15))).duration(200).dt(0.01).scheme(scheme)
				.rateTables(tables).noise(new CurrentNoise(0.5)).seed(11).threads(2).record(new RecordSpec(0.05,
					new int[] { 0, 1, 2 }, TraceVariable.allOf(model))).build();
			return Simulation.run(spec);
		}
		finally {
			Schemes.specialised = true;
		}
	}

	@Test
	void specialisedAndGenericKernelsGiveTheSameBits() {
		for (final NeuronModel model : List.of(Models.HH1952, Models.TRAUB_MILES))
			for (final Scheme scheme : List.of(Schemes.EXP_EULER, Schemes.EULER, Schemes.RK4))
				for (final boolean tables : new boolean[] { true, false }) {
					if (scheme == Schemes.RK4 && !tables) continue; // rk4 has no tables
					final SimulationResult fast = run(model, scheme, tables, true);
					final SimulationResult generic = run(model, scheme, tables, false);
					final String what = model.name() + " " + scheme.name() + " tables=" + tables;
					assertTrue(fast.spikeCount() > 10, what + ": the trajectory should spike, got " + fast.spikeCount());
					assertArrayEquals(fast.spikeTimes(), generic.spikeTimes(), what);
					assertArrayEquals(fast.spikeNeurons(), generic.spikeNeurons(), what);
					for (final TraceVariable x : fast.traces().variables())
						for (int r = 0; r < 3; r++)
							assertArrayEquals(fast.traces().series(x, r), generic.traces().series(x, r), what + " " + x.column());
				}
	}
}
