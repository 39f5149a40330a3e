package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;

/**
 * The population runner's memory refusals: before any allocation, naming the parameter of the largest
 * item in the command's own words (neurons or trials), with arithmetic that multiplies out and adds up.
 */
public class MemoryBudgetTest {

	/** Each "name count × each B = bytes" term: the numbers of its count times each make bytes; they sum to the total. */
	public static void assertArithmetic(final String msg) {
		final Matcher total = Pattern.compile("the run needs ([\\d,]+) B").matcher(msg);
		assertTrue(total.find(), msg);
		final Matcher term = Pattern.compile("(?:: | \\+ )([^:+=]*?) × ([\\d,]+) B = ([\\d,]+)").matcher(msg);
		BigInteger sum = BigInteger.ZERO;
		int terms = 0;
		while (term.find()) {
			BigInteger product = num(term.group(2));
			final Matcher n = Pattern.compile("\\d[\\d,]*").matcher(term.group(1));
			while (n.find())
				product = product.multiply(num(n.group()));
			// Counts that name the model's gate count ("V and 3 gates") are labels, not factors.
			final BigInteger stated = num(term.group(3));
			if (!term.group(1).contains("gates")) assertEquals(product, stated, "term " + term.group());
			sum = sum.add(stated);
			terms++;
		}
		assertTrue(terms > 0, msg);
		assertEquals(num(total.group(1)), sum, "the terms add up to the total: " + msg);
	}

	private static BigInteger num(final String s) {
		return new BigInteger(s.replace(",", ""));
	}

	@Test
	void aBillionNeuronsWithoutRecordingIsRefusedForTheirStateNotForRecording() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(1_000_000_000).stimulus(Stimuli
			.constant(10)).record(new RecordSpec(0.1, new int[0], java.util.List.of())).threads(2).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.run(spec));
		assertTrue(e.getMessage().startsWith("neurons: the run needs "), e.getMessage());
		assertFalse(e.getMessage().contains("traces"), "nothing is recorded: " + e.getMessage());
		assertTrue(e.getMessage().contains("state (V and 3 gates) 1,000,000,000 neurons × 32 B = 32,000,000,000"),
			e.getMessage());
		assertArithmetic(e.getMessage());
	}

	@Test
	void anEnsembleIsRefusedInItsOwnWords() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).unit("trials").neurons(200_000_000)
			.noise(new CurrentNoise(1)).seed(1).threads(1).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.run(spec));
		assertTrue(e.getMessage().startsWith("trials: "), e.getMessage());
		assertTrue(e.getMessage().contains("recordTrials") && !e.getMessage().contains("recordNeurons"), e
			.getMessage());
		assertArithmetic(e.getMessage());
	}

	@Test
	void longTracesAreRefusedNamingTheRecordingParameter() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(10).duration(1e6).dt(0.01).record(
			RecordSpec.allVariables(Models.HH1952, 0.01, 10)).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.run(spec));
		assertTrue(e.getMessage().startsWith("recordNeurons: "), e.getMessage());
		assertTrue(e.getMessage().contains("traces 100,000,001 samples × 10 neurons × 7 variables × 8 B = " +
			"56,000,000,560"), e.getMessage());
		assertArithmetic(e.getMessage());
	}

	@Test
	void theEstimateCountsTheSharedStepArraysAndTheNoise() {
		final SimulationSpec spec = SimulationSpec.builder(Models.CONNOR_STEVENS).neurons(1000).noise(new CurrentNoise(
			1)).threads(2).record(RecordSpec.allVariables(Models.CONNOR_STEVENS, 1, 3)).duration(100).build();
		final MemoryBudget.Estimate e = Simulation.estimate(spec);
		// V and 5 gates; iNow and the detector flag, shared by the workers; white noise: sampler, stream, scale,
		// 32 draws.
		assertEquals(java.util.List.of(1000L * 48, 1000L * 9, 1000L * (96 + 8 + 32 * 8), 101L * 3 * 10 * 8), e
			.items().stream().map(MemoryBudget.Item::bytes).toList());
		// NB: the step's arrays are allocated once per run, not per worker thread.
		assertEquals(e.total(), Simulation.estimate(SimulationSpec.builder(Models.CONNOR_STEVENS).neurons(1000).noise(
			new CurrentNoise(1)).threads(1).record(RecordSpec.allVariables(Models.CONNOR_STEVENS, 1, 3)).duration(100)
			.build()).total());
		assertEquals(1000L * 48 + 1000L * 9 + 1000L * 360 + 101L * 3 * 10 * 8, e.total());
	}
}
