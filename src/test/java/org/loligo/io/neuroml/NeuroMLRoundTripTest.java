package org.loligo.io.neuroml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Every preset written as NeuroML2 and read back is the same model (channels, gates, functions, shifts,
 * φ, Q10 rules, capacitance, start) and simulates bit-identically, with every scheme.
 */
class NeuroMLRoundTripTest {

	@TempDir
	Path dir;

	static NeuronModel roundTrip(final NeuronModel preset, final Path dir) throws Exception {
		final Path f = dir.resolve(preset.name() + ".nml");
		Files.writeString(f, NeuroMLWriter.write(preset, 1000, 0, "test"));
		return NeuroMLReader.read(f, null).model();
	}

	@Test
	void everyPresetReadsBackAsTheSameModel() throws Exception {
		for (final String name : Models.names()) {
			final NeuronModel preset = Models.byName(name);
			final NeuronModel back = roundTrip(preset, dir);
			assertEquals(preset.channels(), back.channels(), name);
			assertEquals(preset.cm(), back.cm(), 0, name);
			assertEquals(preset.vInit(), back.vInit(), 0, name);
			assertEquals(preset.q10(), back.q10(), name);
		}
	}

	@Test
	void everyPresetSimulatesBitIdentically() throws Exception {
		for (final String name : Models.names()) {
			final NeuronModel preset = Models.byName(name), back = roundTrip(preset, dir);
			for (final String scheme : List.of("exp-euler", "euler", "rk4")) {
				final SimulationResult a = run(preset, scheme), b = run(back, scheme);
				assertTrue(a.spikeCount() > 0, name + " fires");
				assertArrayEquals(a.spikeTimesOf(0), b.spikeTimesOf(0), name + " " + scheme);
				for (final TraceVariable v : TraceVariable.allOf(preset))
					assertArrayEquals(a.traces().series(v, 0), b.traces().series(TraceVariable.allOf(back).get(TraceVariable
						.allOf(preset).indexOf(v)), 0), name + " " + scheme + " " + v);
			}
		}
	}

	private static SimulationResult run(final NeuronModel m, final String scheme) {
		return Simulation.run(SimulationSpec.builder(m).stimulus(Stimuli.constant(12)).duration(60).dt(0.01).scheme(
			scheme).record(new RecordSpec(0.1, new int[] { 0 }, TraceVariable.allOf(m))).build());
	}
}
