package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.loligo.engine.noise.CurrentNoise;

/** The memory estimate of network runs and its refusal: arithmetic, limits, and values that fit. */
class NetworkMemoryTest {

	static final long GB = 1_000_000_000L;

	/** The plan of the command's defaults (100 ms at 0.01 ms, 10 recorded neurons, 7 variables) for a topology. */
	static NetworkPlan plan(final int n, final TopologyChoice t, final SynapseModel syn, final double delay) {
		return new NetworkPlan(n, t, 0, syn.kind().equals("gap"), syn, delay, false, 0.01, 10_000, 0.1, 10, 7, 3,
			CurrentNoise.NONE);
	}

	static TopologyChoice topology(final String name, final double p) {
		return new TopologyChoice(name, 0.5, p, null);
	}

	@Test
	void theEstimateCountsEveryItemAndAddsUp() {
		// 1000 neurons all-to-all, exponential synapses with a 1.5 ms delay, white noise.
		final NetworkPlan p = new NetworkPlan(1000, topology("all-to-all", 0), 0, false, Net.synapse("exponential"),
			1.5, false, 0.01, 10_000, 0.1, 10, 7, 3, new CurrentNoise(1));
		final org.loligo.engine.sim.MemoryBudget.Estimate e = NetworkMemory.estimate(p);
		final long connections = 999_000L * (4 + 8 + 4 + 8); // index, weight; the delivery copy: index, weight
		final long buffers = 151L * 1000 * 8;
		final long neurons = 1000L * (85 + 8 + 8 + 128); // state and inputs, out-row start and cursor, decay, noise
		final long traces = 1001L * 10 * 9 * 8;
		assertEquals(List.of(connections, buffers, neurons, traces), e.items().stream().map(org.loligo.engine.sim.MemoryBudget.Item::bytes)
			.toList());
		assertEquals(connections + buffers + neurons + traces, e.total());
		// A built connectivity is in memory already: only the synapses' copy counts; a delay matrix adds 8 + 4.
		assertEquals(999_000L * 12, NetworkMemory.estimate(new NetworkPlan(1000, null, 999_000, false, Net.synapse(
			"exponential"), 1.5, false, 0.01, 10_000, 0.1, 10, 7, 3, CurrentNoise.NONE)).items().get(0).bytes());
		assertEquals(999_000L * (12 + 8 + 12 + 4), NetworkMemory.estimate(new NetworkPlan(1000, topology("all-to-all",
			0), 0, false, Net.synapse("exponential"), 1.5, true, 0.01, 10_000, 0.1, 10, 7, 3, CurrentNoise.NONE)).items()
				.get(0).bytes());
	}

	@Test
	void theRunsOfTheIssueFitInAGigabyte() {
		assertTrue(NetworkMemory.fits(plan(100_000, topology("ring", 0), SynapseModel.sigmoid(), 0), GB));
		assertTrue(NetworkMemory.fits(plan(20_000, topology("random", 0.001), SynapseModel.sigmoid(), 0), GB));
		assertTrue(NetworkMemory.fits(plan(20_000, topology("random", 0.001), Net.synapse("gap"), 0), GB));
	}

	@Test
	void aHugeAllToAllNetworkIsRefusedNamingNeuronsWithTheLargestThatFits() {
		final NetworkPlan p = plan(200_000, topology("all-to-all", 0), SynapseModel.sigmoid(), 0);
		final String msg = refusal(p, 5 * GB);
		assertTrue(msg.startsWith("neurons: the run needs 480,016,920,720 B"), msg);
		assertTrue(msg.contains("39,999,800,000 connections are more than the 2,147,483,639 one network holds"), msg);
		assertFalse(msg.contains("-Xmx"), "no heap holds more connections than the limit: " + msg);
		checkArithmetic(msg);
		final int n = Integer.parseInt(value(msg, "neurons ≤ "));
		assertTrue(NetworkMemory.fits(p.withNeurons(n), 5 * GB) && !NetworkMemory.fits(p.withNeurons(n + 1), 5 * GB),
			n + " neurons");
	}

	@Test
	void aDenseRandomNetworkIsRefusedWithAProbabilityThatFits() {
		final NetworkPlan p = plan(300_000, topology("random", 0.01), Net.synapse("exponential"), 2);
		final String msg = refusal(p, 5 * GB);
		checkArithmetic(msg);
		final double q = Double.parseDouble(value(msg, "connectionProbability ≤ "));
		assertTrue(q > 0 && q < 0.01 && NetworkMemory.fits(p.withProbability(q), 5 * GB), msg);
		assertFalse(NetworkMemory.fits(p.withProbability(q * 1.01), 5 * GB), "the value is the largest (to 3 digits)");
		assertTrue(msg.contains("-Xmx"), "within the limits, more memory is an option: " + msg);
	}

	@Test
	void tooManyTraceSamplesAreRefusedWithRecordingParametersThatFit() {
		final NetworkPlan p = new NetworkPlan(20, topology("all-to-all", 0), 0, false, SynapseModel.sigmoid(), 0, false,
			0.01, 1_000_000_000L, 0.01, 20, 7, 3, CurrentNoise.NONE);
		final String msg = refusal(p, GB);
		assertTrue(msg.startsWith("recordNeurons: "), msg);
		checkArithmetic(msg);
		assertTrue(NetworkMemory.fits(p.withRecordNeurons(Integer.parseInt(value(msg, "recordNeurons ≤ "))), GB));
		final double interval = Double.parseDouble(value(msg, "recordInterval ≥ "));
		assertTrue(NetworkMemory.fits(p.withRecordInterval(interval), GB), msg);
		assertFalse(NetworkMemory.fits(p.withRecordInterval(interval * 0.99), GB), msg);
		final double duration = Double.parseDouble(value(msg, "duration ≤ "));
		assertTrue(NetworkMemory.fits(p.withSteps((long) Math.ceil(duration / 0.01 - 1e-9)), GB), msg);
	}

	@Test
	void aDelayBufferBeyondTheLimitIsRefusedWithADelayThatFits() {
		final NetworkPlan p = plan(100_000, topology("ring", 0), Net.synapse("kick"), 20);
		final String msg = refusal(p, 100 * GB);
		assertTrue(msg.startsWith("delay: "), msg);
		assertTrue(msg.contains("the delay buffer of 2,001 slots × 100,000 neurons exceeds 134,217,728 entries"), msg);
		final double d = Double.parseDouble(value(msg, "delay ≤ "));
		assertTrue(NetworkMemory.fits(p.withMaxDelay(d), 100 * GB) && d > 13 && d < 13.5, msg);
	}

	@Test
	void aBuiltNetworkIsCheckedByTheRunnerBeforeItAllocates() {
		final var pop = org.loligo.engine.sim.SimulationSpec.builder(org.loligo.engine.model.Models.HH1952).neurons(50)
			.duration(1e9).dt(0.01).record(org.loligo.engine.record.RecordSpec.allVariables(org.loligo.engine.model.Models.HH1952, 0.01, 50)).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSimulation.run(
			new NetworkSpec(pop, Connectivity.ring(50, 0.1), SynapseModel.sigmoid())));
		assertTrue(e.getMessage().contains("trace samples per neuron exceed the limit"), e.getMessage());
		assertTrue(e.getMessage().contains("recordInterval ≥ "), e.getMessage());
	}

	private static String refusal(final NetworkPlan p, final long available) {
		assertFalse(NetworkMemory.fits(p, available));
		return assertThrows(IllegalArgumentException.class, () -> NetworkMemory.require(p, available)).getMessage();
	}

	private static String value(final String msg, final String prefix) {
		final Matcher m = Pattern.compile(Pattern.quote(prefix) + "([0-9.Ee-]+)").matcher(msg);
		assertTrue(m.find(), "no '" + prefix + "' in: " + msg);
		return m.group(1);
	}

	/** Each term "name a × b … × each B = bytes" multiplies out, and the terms sum to the total. */
	private static void checkArithmetic(final String msg) {
		final Matcher m = Pattern.compile("the run needs ([\\d,]+) B .*?: (.*?) = ([\\d,]+) B").matcher(msg);
		assertTrue(m.find(), msg);
		final long total = number(m.group(1));
		assertEquals(total, number(m.group(3)));
		long sum = 0;
		for (final String term : m.group(2).split(" \\+ ")) {
			final List<Long> numbers = new ArrayList<>();
			final Matcher d = Pattern.compile("\\d[\\d,]*").matcher(term);
			while (d.find())
				numbers.add(number(d.group()));
			long product = 1;
			for (int i = 0; i < numbers.size() - 1; i++)
				product *= numbers.get(i);
			assertEquals(numbers.get(numbers.size() - 1), product, term);
			sum += product;
		}
		assertEquals(total, sum, msg);
	}

	private static long number(final String s) {
		return Long.parseLong(s.replace(",", ""));
	}
}
