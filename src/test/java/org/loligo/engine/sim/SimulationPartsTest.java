package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.noise.channel.ChannelNoises;
import org.loligo.engine.noise.channel.ChannelPatch;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;

/**
 * A run split into parts ({@link SimulationParts}) and combined gives the run in one piece to the bit:
 * spikes (neuron, time, order), the band (mean and SD of V over trials) and the traces, for white and OU
 * current noise, channel noise (markov, whose chains share the trials' streams) and per-trial stimuli.
 */
class SimulationPartsTest {

	/** 200 trials: band chunks of 64 (4 chunks), the recorded trials 0..69 spanning two parts. */
	static SimulationSpec.Builder ensemble() {
		final int[] rec = new int[70];
		for (int i = 0; i < rec.length; i++)
			rec[i] = i;
		return SimulationSpec.builder(Models.HH1952).unit("trials").neurons(200).stimulus(Stimuli.constant(6))
			.duration(30).dt(0.01).scheme(Schemes.forSde("euler-maruyama")).record(new RecordSpec(0.1, rec, List.of(
				TraceVariable.V, TraceVariable.M), true)).seed(11).threads(2);
	}

	static void assertSplitEqualsWhole(final SimulationSpec spec, final int wanted, final int expectedParts) {
		final SimulationResult whole = Simulation.run(spec);
		final int[] b = SimulationParts.bounds(spec, wanted);
		assertEquals(expectedParts, b.length - 1, "parts");
		final byte[][] states = SimulationParts.streamStates(spec, spec.seed(), b);
		final List<SimulationPart> parts = new ArrayList<>();
		for (int p = 0; p + 1 < b.length; p++)
			parts.add(SimulationParts.run(spec, spec.seed(), b[p], b[p + 1], states == null ? null : states[p]));
		final SimulationResult split = SimulationParts.combine(spec, spec.seed(), parts, 0);
		assertTrue(whole.spikeCount() > 0, "the test needs spikes");
		assertArrayEquals(whole.spikeNeurons(), split.spikeNeurons());
		assertArrayEquals(whole.spikeTimes(), split.spikeTimes());
		assertArrayEquals(whole.band().time(), split.band().time());
		assertArrayEquals(whole.band().mean(), split.band().mean());
		assertArrayEquals(whole.band().sd(), split.band().sd());
		assertArrayEquals(whole.traces().time(), split.traces().time());
		assertArrayEquals(whole.traces().neurons(), split.traces().neurons());
		assertEquals(whole.traces().variables(), split.traces().variables());
		assertEquals(whole.traces().data().length, split.traces().data().length);
		for (int row = 0; row < whole.traces().data().length; row++)
			assertArrayEquals(whole.traces().data()[row], split.traces().data()[row], "trace row " + row);
		assertEquals(whole.completed(), split.completed());
		assertEquals(whole.seed(), split.seed());
		assertEquals(whole.spikeRule(), split.spikeRule());
	}

	@Test
	void whiteNoiseEnsembleInWholeChunks() {
		assertSplitEqualsWhole(ensemble().noise(CurrentNoise.white(3)).build(), 3, 3);
	}

	@Test
	void ouNoiseSplitsIntoAtMostOnePartPerChunk() {
		assertSplitEqualsWhole(ensemble().noise(CurrentNoise.ou(3, 5)).build(), 10, 4);
	}

	@Test
	void markovChannelNoiseSharesTheStreamsWithCurrentNoise() {
		assertSplitEqualsWhole(ensemble().neurons(130).duration(15).scheme(ChannelNoises.byName("markov",
			new ChannelPatch(100, 60, 18))).noise(CurrentNoise.white(1)).build(), 2, 2);
	}

	@Test
	void withoutBandAnySplitWorksAndStimuliFollowTheirTrials() {
		final List<Stimulus> stimuli = new ArrayList<>();
		for (int i = 0; i < 7; i++)
			stimuli.add(Stimuli.constant(4 + i));
		assertSplitEqualsWhole(SimulationSpec.builder(Models.HH1952).neurons(7).stimuli(stimuli).duration(40).record(
			RecordSpec.allVariables(Models.HH1952, 0.5, 7)).seed(3).threads(3).build(), 3, 3);
	}

	@Test
	void aDivergenceNamesTheTrialOfTheWholeRun() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(10).stimulus(Stimuli.constant(6))
			.duration(5).dt(0.5).scheme(Schemes.byName("euler")).seed(1).build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> SimulationParts.run(spec, 1, 5,
			10, null));
		assertTrue(e.neuron() >= 5, "neuron " + e.neuron());
	}

	@Test
	void oneSigmaPerTrialIsRefusedBeforeAnyWork() {
		final SimulationSpec spec = ensemble().neurons(3).record(RecordSpec.spikesOnly()).noise(CurrentNoise.white(
			new double[] { 1, 0, 2 })).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulationParts.bounds(
			spec, 2));
		assertTrue(e.getMessage().startsWith("noiseSigmas:"), e.getMessage());
	}
}
