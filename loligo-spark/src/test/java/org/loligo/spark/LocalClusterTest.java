package org.loligo.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On {@code local-cluster[2,1,1024]} — two executors in JVMs of their own, so every task and result
 * crosses a serialisation boundary as on a real cluster — a sweep's sweep.csv, and a split ensemble's and
 * Poisson neuron's spikes and files, are the same bytes as on threads. NB: one cluster for all three (a
 * run uses the Spark context already running, as under spark-submit): starting one costs many seconds.
 */
@Tag("slow")
class LocalClusterTest {

	static final String MASTER = "local-cluster[2,1,1024]";

	static JavaSparkContext cluster;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		SparkSweepTest.start();
		cluster = new JavaSparkContext(new SparkConf().setMaster(MASTER).setAppName("Loligo local-cluster test"));
	}

	@AfterAll
	static void stop() {
		cluster.stop();
		SparkSweepTest.stop();
	}

	@Test
	void sweepGivesTheSameBytes() throws Exception {
		final byte[] threads = SparkSweepTest.sweep(dir.resolve("threads"), "threads", null, 1);
		final byte[] spark = SparkSweepTest.sweep(dir.resolve("cluster"), "spark", MASTER, 0);
		assertArrayEquals(threads, spark);
	}

	@Test
	void splitEnsembleGivesTheThreadsRun() throws Exception {
		SparkEnsembleTest.assertSameEnsemble(SparkSweepTest.context, dir, MASTER);
		SparkEnsembleTest.assertSamePoisson(SparkSweepTest.context, dir, MASTER);
	}
}
