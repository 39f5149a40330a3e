package org.loligo.engine.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.PopulationState;

/** Blocks write only their own recorded neurons, in record-spec order; a partial run keeps its samples. */
class TraceRecorderTest {

	@Test
	void blocksFillTheirRowsAndAPartialRunIsTruncated() {
		// Record neurons 3 and 0 (in that order) of 4, V and n, every 2 steps of 0.5 ms over 10 steps.
		final RecordSpec rec = new RecordSpec(1.0, new int[] { 3, 0 }, List.of(TraceVariable.V, TraceVariable.N));
		final TraceRecorder r = new TraceRecorder(rec, Models.HH1952, 10, 0.5);
		assertEquals(2, r.stride());
		final PopulationState s = PopulationState.atRest(Models.HH1952, 4);
		final TraceRecorder.Block low = r.block(0, 2), high = r.block(2, 4);
		assertEquals(1, low.size());
		assertEquals(0, low.neuron(0));
		assertEquals(1, low.position(0));
		for (int j = 0; j < 3; j++) {
			for (int i = 0; i < 4; i++)
				s.v[i] = 100 * j + i;
			low.sample(j, s);
			high.sample(j, s);
		}
		// Stopped after step 5: samples at steps 0, 2, 4.
		final Traces t = r.traces(5);
		assertArrayEquals(new double[] { 0, 1, 2 }, t.time(), 0);
		assertArrayEquals(new double[] { 3, 103, 203 }, t.series(TraceVariable.V, 0), 0);
		assertArrayEquals(new double[] { 0, 100, 200 }, t.series(TraceVariable.V, 1), 0);
		assertEquals(s.gates[2][0], t.series(TraceVariable.N, 1)[2], 0); // n is HH's third gate
		assertEquals(6, r.traces(10).samples());
	}
}
