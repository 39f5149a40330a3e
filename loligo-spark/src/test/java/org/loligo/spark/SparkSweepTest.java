package org.loligo.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.scijava.ParameterSweep;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;

/**
 * A sweep on Spark gives sweep.csv with the same bytes as on threads: here in this JVM ({@code local[2]}),
 * in {@link LocalClusterTest} with executors in JVMs of their own.
 */
class SparkSweepTest {

	static final String AXES = "current=4:10:3; noiseSigma=[0 2]";

	static Context context;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		System.setProperty("java.awt.headless", "true");
		// local-cluster's executors: this test's class path, and an empty SPARK_HOME/jars to start them from.
		System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
		Files.createDirectories(Paths.get(System.getProperty("loligo.spark.home", "target/spark-home"), "jars"));
		context = new Context(CommandService.class, ConvertService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	static Map<String, Object> inputs(final Path out) {
		final Map<String, Object> in = new HashMap<>();
		in.put("command", "Stochastic HH Ensemble");
		in.put("parameters", "trials=6,duration=150,recordTrials=0");
		in.put("axes", AXES);
		in.put("seed", 3L);
		in.put("outputDirectory", out.toFile());
		return in;
	}

	static byte[] sweep(final Path out, final String executor, final String master, final int threads)
		throws Exception
	{
		final Map<String, Object> in = inputs(out);
		in.put("executor", executor);
		if (master != null) in.put("sparkMaster", master);
		if (threads > 0) in.put("threads", threads);
		context.service(CommandService.class).run(ParameterSweep.class, true, in).get();
		return Files.readAllBytes(out.resolve("sweep.csv"));
	}

	@Test
	void localSparkGivesTheSameBytesAsThreads() throws Exception {
		final byte[] threads = sweep(dir.resolve("threads"), "threads", null, 2);
		final byte[] spark = sweep(dir.resolve("spark"), "spark", "local[2]", 0);
		assertArrayEquals(threads, spark);
		assertEquals(7, new String(spark).split("\n").length, "header and 6 points");
		assertTrue(Files.size(dir.resolve("spark/meanRateHz.png")) > 0);
	}

	@Test
	void aFailedPointOnSparkGivesTheCommandsMessage() {
		final Map<String, Object> in = inputs(dir);
		in.put("parameters", "trials=6,duration=150,recordTrials=0,noise=ou");
		in.put("axes", "noiseTau=[5 0]");
		in.put("executor", "spark");
		in.put("sparkMaster", "local[2]");
		final Exception e = assertThrows(Exception.class, () -> context.service(CommandService.class).run(
			ParameterSweep.class, true, in).get());
		Throwable t = e;
		while (t.getCause() != null)
			t = t.getCause();
		assertTrue(t.getMessage().startsWith("point 1 ("), t.getMessage());
		assertTrue(t.getMessage().contains("noiseTau=0"), t.getMessage());
	}

	@Test
	void partitionsAreAFewPerCoreAndNeverMoreThanPoints() {
		assertEquals(8, SparkSweepExecutor.partitions(400, 2));
		assertEquals(3, SparkSweepExecutor.partitions(3, 2));
		assertEquals(1, SparkSweepExecutor.partitions(1, 0));
	}
}
