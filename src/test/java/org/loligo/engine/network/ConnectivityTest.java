package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.SimulationSpec;

/** Topologies, matrix files and the validation of network descriptions. */
class ConnectivityTest {

	@Test
	void generatedTopologiesHaveTheirConnections() {
		final Connectivity all = Connectivity.allToAll(5, 0.3);
		assertEquals(20, all.connections());
		assertEquals(0.3, all.weight(2, 4));
		assertEquals(0, all.weight(3, 3), "no self-connections");
		final Connectivity ring = Connectivity.ring(6, 1);
		assertEquals(12, ring.connections());
		assertEquals(1, ring.weight(0, 5));
		assertEquals(1, ring.weight(0, 1));
		assertEquals(0, ring.weight(0, 2));
		assertEquals(2, Connectivity.ring(2, 1).connections(), "two neurons: one neighbour each");
		assertTrue(ring.isSymmetric());
	}

	@Test
	void randomTopologyHasBinomialCountsAndIsSymmetricForGapJunctions() {
		// 60 neurons, p = 0.2: 3540 ordered pairs, mean 708, SD sqrt(3540·0.2·0.8) = 23.8; fixed seed, 5 SD.
		final Connectivity c = new TopologyChoice("random", 1, 0.2, null).build(60, 17, false);
		assertEquals(708, c.connections(), 5 * 23.8);
		assertFalse(c.isSymmetric());
		final Connectivity g = new TopologyChoice("random", 1, 0.2, null).build(60, 17, true);
		assertTrue(g.isSymmetric());
		assertEquals(708, g.connections(), 2 * 5 * 16.8); // 1770 unordered pairs, each counted twice
		assertEquals(c.connections(), new TopologyChoice("random", 1, 0.2, null).build(60, 17, false).connections());
		assertEquals(0, new TopologyChoice("random", 1, 0, null).build(10, 3, false).connections());
		assertEquals(90, new TopologyChoice("random", 1, 1, null).build(10, 3, false).connections());
	}

	@Test
	void matrixTextIsReadRowByRowAndMultipliedByTheCoupling() {
		final WeightMatrix m = MatrixText.parse("# weights\n0, 1.5, 0\n2 0 0\n\n0;0;1e-1\n", "matrixFile");
		final Connectivity c = Connectivity.matrix(m, 2, 3);
		assertEquals(3, c.connections() + 0, "zeros are not stored");
		assertEquals(3.0, c.weight(0, 1));
		assertEquals(4.0, c.weight(1, 0));
		assertEquals(0.2, c.weight(2, 2), 1e-15);
	}

	@Test
	void malformedInputGetsAClearErrorNamingTheParameter() {
		expect(() -> MatrixText.parse("0,1\n1,x\n", "matrixFile"), "matrixFile: line 2, column 2: 'x' is not");
		expect(() -> MatrixText.parse("0,1\n1,NaN\n", "matrixFile"), "matrixFile: line 2");
		expect(() -> MatrixText.parse("\n# nothing\n", "delayFile"), "delayFile: the file has no rows");
		expect(() -> Connectivity.matrix(new double[][] { { 0, 1 }, { 1, 0 } }, 1, 3), "matrixFile: 2 rows but neurons=3");
		expect(() -> Connectivity.matrix(new double[][] { { 0, 1 }, { 1 } }, 1, 2), "matrixFile: row 2 has 1 values");
		expect(() -> Connectivity.allToAll(2, 1).withDelays(new double[][] { { 0, 1 } }), "delayFile: 1 rows");
		expect(() -> Connectivity.allToAll(2, 1).withDelays(new double[][] { { 0, -1 }, { 1, 0 } }),
			"delayFile: row 1, column 2 is -1.0");
		expect(() -> Connectivity.allToAll(2, 1).withDelay(-1), "delay must be >= 0");
		expect(() -> new TopologyChoice("random", 1, -0.1, null), "connectionProbability must be in [0, 1], got -0.1");
		expect(() -> new TopologyChoice("random", 1, 1.5, null), "connectionProbability must be in [0, 1], got 1.5");
		expect(() -> new TopologyChoice("star", 1, 0.1, null), "topology: unknown topology 'star'");
		expect(() -> new TopologyChoice("matrix", 1, 0.1, null), "matrixFile: required with topology=matrix");
		expect(() -> new TopologyChoice("ring", Double.NaN, 0.1, null), "coupling must be finite");
		expect(() -> new SynapseModel("nmda", 0, 5, 1, 1, 0, 1), "synapse: unknown synapse 'nmda'");
		expect(() -> new SynapseModel("rise-decay", 0, 5, 5, 1, 0, 1), "synapseTauRise must be > 0 ms and < synapseTau");
		expect(() -> new SynapseModel("sigmoid", 0, 5, 1, 1, 0, 0), "synapseSigma must be > 0");
		expect(() -> new SynapseModel("exponential", 0, -5, 1, 1, 0, 1), "synapseTau must be > 0");
	}

	@Test
	void networkDescriptionsAreCheckedBeforeAnyWork() {
		final SimulationSpec two = SimulationSpec.builder(Models.HH1952).neurons(2).stimulus(Stimuli.NONE).build();
		final Connectivity c = Connectivity.allToAll(2, 1);
		expect(() -> new NetworkSpec(two, Connectivity.allToAll(2, -1), SynapseModel.sigmoid()),
			"coupling: sigmoid weights are conductances and must be >= 0");
		new NetworkSpec(two, Connectivity.allToAll(2, -1), Net.synapse("kick")); // inhibitory kicks are fine
		expect(() -> new NetworkSpec(two, c.withDelay(1), Net.synapse("gap")), "delay: gap junctions act instantaneously");
		expect(() -> new NetworkSpec(SimulationSpec.builder(Models.HH1952).neurons(2).scheme("rk4").build(), c,
			SynapseModel.sigmoid()), "method: 'rk4' is not available for networks; accepted: exp-euler, euler");
		expect(() -> new NetworkSpec(SimulationSpec.builder(Models.HH1952).neurons(3).build(), c, SynapseModel
			.sigmoid()), "connectivity has 2 neurons but neurons=3");
		expect(() -> new NetworkSpec(two, c.withDelay(1e9), Net.synapse("exponential")), "delay: the longest delay");
		assertEquals(151, new NetworkSpec(two, c.withDelay(1.5), Net.synapse("exponential")).delaySlots());
	}

	private static void expect(final Supplier<?> call, final String message) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::get, message);
		assertTrue(e.getMessage().contains(message), "message was: " + e.getMessage());
	}

	private static void expect(final Runnable call, final String message) {
		expect(() -> {
			call.run();
			return null;
		}, message);
	}

}
