package org.loligo.scijava;

import ij.gui.Plot;
import ij.measure.ResultsTable;

import org.loligo.engine.sim.SimulationResult;
import org.loligo.io.Plots;
import org.loligo.io.SimulationOutputs;

/**
 * Shows results the way Fiji users expect: ImageJ plot windows of the traces and a results table of
 * the spikes. Only called when a UI is present.
 */
final class FijiDisplay {

	private FijiDisplay() {}

	static void show(final String title, final SimulationResult r) {
		if (r.traces().neurons().length > 0) {
			for (final Plot p : Plots.panels(title, "t (ms)", r.traces().time(), SimulationOutputs.tracePanels(r
				.traces())))
				p.show();
		}
		final ResultsTable t = new ResultsTable();
		for (int k = 0; k < r.spikeCount(); k++) {
			t.incrementCounter();
			t.addValue("neuron", r.spikeNeurons()[k]);
			t.addValue("time_ms", r.spikeTimes()[k]);
		}
		t.show(title + " spikes");
	}
}
