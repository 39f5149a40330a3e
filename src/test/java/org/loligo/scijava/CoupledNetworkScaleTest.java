package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.network.NetworkResult;

/**
 * "Coupled HH Network" at the sizes of issue 9, in the test JVM's heap: large sparse networks run (briefly),
 * and a network that cannot fit is refused at once, before anything is allocated or written.
 */
class CoupledNetworkScaleTest extends CommandTestBase {

	@TempDir
	Path dir;

	private static NetworkResult result(final Map<String, Object> in) throws Exception {
		return ((CoupledNetworkCommand) run(CoupledNetworkCommand.class, in).getDelegateObject()).result();
	}

	@Test
	void aRingOfAHundredThousandNeuronsRuns() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 100_000);
		in.put("topology", "ring");
		in.put("duration", 0.05);
		in.put("seed", 1L);
		final NetworkResult r = result(in);
		assertEquals(200_000, r.connections());
		assertEquals(100_000, r.population().spec().neurons());
	}

	@Test
	void aSparseRandomNetworkOfTwentyThousandNeuronsRuns() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 20_000);
		in.put("topology", "random");
		in.put("connectionProbability", 0.001);
		in.put("duration", 0.05);
		in.put("seed", 1L);
		final NetworkResult r = result(in);
		// 20,000 · 19,999 · 0.001 = 399,980 expected, SD 632; fixed seed, 5 SD.
		assertEquals(399_980, r.connections(), 5 * 632);
	}

	@Test
	void anAllToAllNetworkOfTwoHundredThousandNeuronsIsRefusedAtOnce() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 200_000);
		in.put("topology", "all-to-all");
		in.put("outputDirectory", dir.resolve("out").toFile());
		final long start = System.nanoTime();
		final String msg = rootMessage(assertThrows(Exception.class, () -> result(in)));
		final double seconds = (System.nanoTime() - start) / 1e9;
		assertTrue(msg.startsWith("neurons: the run needs "), msg);
		assertTrue(msg.matches("(?s).*It would fit with neurons ≤ \\d+ .*"), msg);
		assertTrue(seconds < 5, "refused after " + seconds + " s");
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");
	}
}
