package org.loligo.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.poisson.PoissonResult;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.scijava.PoissonNeuronCommand;
import org.loligo.scijava.StochasticEnsemble;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;

/**
 * "Stochastic HH Ensemble" and "Poisson-Driven HH Neuron" with their trials split across Spark tasks
 * ({@code executor=spark}) give, trial by trial, the spikes of the run on threads, and the same files
 * byte for byte (summary.json too, but for the run's time, id, executor and folder): here in this JVM
 * ({@code local[2]}: two parts), in {@link LocalClusterTest} with executors in JVMs of their own.
 */
class SparkEnsembleTest {

	static Context context;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		SparkSweepTest.start();
		context = SparkSweepTest.context;
	}

	@AfterAll
	static void stop() {
		SparkSweepTest.stop();
	}

	/** 130 trials: three band chunks of 64, so two parts on two cores; trials 0-2 recorded. */
	static Map<String, Object> ensemble() {
		final Map<String, Object> in = new HashMap<>();
		in.put("trials", 130);
		in.put("duration", 60.0);
		in.put("current", 6.0);
		in.put("noiseSigma", 2.0);
		in.put("seed", 7L);
		return in;
	}

	/** Explicit inputs (so inputs.csv too) and conductances, 5 trials. */
	static Map<String, Object> poisson() {
		final Map<String, Object> in = new HashMap<>();
		in.put("trials", 5);
		in.put("duration", 200.0);
		in.put("inputMode", "explicit");
		in.put("synapse", "conductance");
		in.put("excitatoryInputs", 400);
		in.put("inhibitoryInputs", 100);
		in.put("current", 9.0);
		in.put("seed", 4L);
		return in;
	}

	static Command run(final Context context, final Class<? extends Command> c, final Map<String, Object> inputs,
		final Path out, final String master) throws Exception
	{
		final Map<String, Object> in = new HashMap<>(inputs);
		in.put("outputDirectory", out.toFile());
		if (master != null) {
			in.put("executor", "spark");
			in.put("sparkMaster", master);
		}
		else in.put("threads", 2);
		return context.service(CommandService.class).run(c, true, in).get().getCommand();
	}

	/** Every file of the two folders (not the lock) is the same bytes; summary.json but for the lines that say how it ran. */
	static void assertSameFiles(final Path a, final Path b) throws Exception {
		final List<String> names;
		try (Stream<Path> s = Files.list(a)) {
			names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().collect(Collectors
				.toList());
		}
		try (Stream<Path> s = Files.list(b)) {
			assertEquals(names, s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().collect(
				Collectors.toList()));
		}
		assertTrue(names.contains("spikes.csv"), names.toString());
		for (final String n : names) {
			if (n.equals("summary.json")) assertEquals(runFree(a.resolve(n)), runFree(b.resolve(n)));
			else assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
		}
	}

	/** summary.json without the lines that differ by how and where the run ran. */
	static List<String> runFree(final Path summary) throws Exception {
		return Files.readAllLines(summary).stream().filter(l -> !l.matches(
			"\\s*\"(wall_seconds|run_id|executor|sparkMaster|threads|outputDirectory)\":.*")).collect(Collectors.toList());
	}

	static void assertSameEnsemble(final Context context, final Path dir, final String master) throws Exception {
		final StochasticEnsemble t = (StochasticEnsemble) run(context, StochasticEnsemble.class, ensemble(), dir.resolve(
			"threads"), null);
		final StochasticEnsemble s = (StochasticEnsemble) run(context, StochasticEnsemble.class, ensemble(), dir.resolve(
			"spark"), master);
		final SimulationResult a = t.result(), b = s.result();
		assertTrue(a.spikeCount() > 100, "the test needs spikes: " + a.spikeCount());
		for (int k = 0; k < 130; k++)
			assertArrayEquals(a.spikeTimesOf(k), b.spikeTimesOf(k), "trial " + k);
		assertSameFiles(dir.resolve("threads"), dir.resolve("spark"));
	}

	static void assertSamePoisson(final Context context, final Path dir, final String master) throws Exception {
		final PoissonResult a = ((PoissonNeuronCommand) run(context, PoissonNeuronCommand.class, poisson(), dir.resolve(
			"p-threads"), null)).result();
		final PoissonResult b = ((PoissonNeuronCommand) run(context, PoissonNeuronCommand.class, poisson(), dir.resolve(
			"p-spark"), master)).result();
		assertTrue(a.spikeCount() > 5, "the test needs spikes: " + a.spikeCount());
		for (int k = 0; k < 5; k++)
			assertArrayEquals(a.spikeTimes()[k], b.spikeTimes()[k], "trial " + k);
		assertSameFiles(dir.resolve("p-threads"), dir.resolve("p-spark"));
	}

	@Test
	void ensembleOnLocalSparkIsTheThreadsRun() throws Exception {
		assertSameEnsemble(context, dir, "local[2]");
	}

	@Test
	void poissonOnLocalSparkIsTheThreadsRun() throws Exception {
		assertSamePoisson(context, dir, "local[2]");
	}

	@Test
	void aDivergingTrialFailsTheRunWithItsOwnMessage() {
		final Map<String, Object> in = ensemble();
		in.put("dt", 0.5);
		in.put("duration", 20.0);
		in.put("method", "euler-maruyama");
		in.put("current", 40.0);
		final Exception e = assertThrows(Exception.class, () -> run(context, StochasticEnsemble.class, in, dir.resolve("d"),
			"local[2]"));
		Throwable t = e;
		while (t.getCause() != null)
			t = t.getCause();
		assertTrue(t.getMessage().startsWith("Simulation diverged: neuron "), t.getMessage());
	}

	@Test
	void threadsWithSparkAreRefusedNamingThem() {
		final Map<String, Object> in = ensemble();
		in.put("executor", "spark");
		in.put("threads", 2);
		final Exception e = assertThrows(Exception.class, () -> context.service(CommandService.class).run(
			StochasticEnsemble.class, true, in).get());
		Throwable t = e;
		while (t.getCause() != null)
			t = t.getCause();
		assertTrue(t.getMessage().startsWith("threads:"), t.getMessage());
	}
}
