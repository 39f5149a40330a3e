package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.record.Traces;

/**
 * Tests the trace figure's panels: several neurons give one panel per variable with one colour per
 * neuron, the legend goes to the header, and a figure that draws fewer neurons than were recorded says so.
 */
class TraceFiguresTest {

	private static Traces traces(final int neurons) {
		final List<TraceVariable> vars = List.of(TraceVariable.V, TraceVariable.M, TraceVariable.H, TraceVariable.N,
			TraceVariable.I_NA);
		final int samples = 20;
		final int[] ids = new int[neurons];
		final double[][] data = new double[neurons * vars.size()][samples];
		for (int i = 0; i < neurons; i++)
			ids[i] = i;
		final double[] t = new double[samples];
		for (int k = 0; k < samples; k++)
			t[k] = 0.1 * k;
		return new Traces(t, ids, vars, data);
	}

	@Test
	void severalNeuronsGetOnePanelPerVariableAndDistinctColours() {
		final Traces tr = traces(10);
		final List<Plots.Panel> panels = SimulationOutputs.tracePanels(tr);
		assertEquals(List.of("V (mV)", "m (1)", "h (1)", "n (1)", "I_Na (µA/cm²)"), panels.stream().map(
			Plots.Panel::yLabel).toList());
		for (final Plots.Panel p : panels) {
			assertEquals(SimulationOutputs.PLOTTED_NEURONS, p.series().size());
			final Set<Color> colours = new HashSet<>();
			p.series().forEach(s -> colours.add(s.color()));
			assertEquals(p.series().size(), colours.size(), "distinct colours in " + p.yLabel());
		}
		assertEquals(SimulationOutputs.PLOTTED_NEURONS, SimulationOutputs.neuronLegend(tr).size());
		assertEquals("neurons 0–5 drawn of 10 recorded (traces.csv has all)", SimulationOutputs.drawnNote(tr));
	}

	@Test
	void oneNeuronKeepsItsThreePanelsAndNoNote() {
		final Traces tr = traces(1);
		assertEquals(List.of("V (mV)", "gates (1)", "I (µA/cm²)"), SimulationOutputs.tracePanels(tr).stream().map(
			Plots.Panel::yLabel).toList());
		assertTrue(SimulationOutputs.neuronLegend(tr).isEmpty());
		assertNull(SimulationOutputs.drawnNote(traces(SimulationOutputs.PLOTTED_NEURONS)));
	}
}
