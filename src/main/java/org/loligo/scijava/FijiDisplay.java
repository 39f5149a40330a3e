package org.loligo.scijava;

import ij.gui.Plot;
import ij.measure.ResultsTable;

import ij.ImagePlus;


import org.loligo.analysis.ensemble.EnsembleStatistics;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.io.EnsembleOutputs;
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

	/** An ensemble: the band plot, the raster as an image, and the per-trial table. */
	static void showEnsemble(final String title, final SimulationResult r, final EnsembleStatistics s) {
		if (!r.band().isEmpty()) new ImagePlus(title + " band", EnsembleOutputs.bandFigure(title, r.band(), r
			.traces())).show();
		new ImagePlus(title + " raster", EnsembleOutputs.rasterFigure(title, r)).show();
		final ResultsTable t = new ResultsTable();
		for (int k = 0; k < s.counts().length; k++) {
			t.incrementCounter();
			t.addValue("trial", k);
			t.addValue("spikes", s.counts()[k]);
			t.addValue("rate_hz", s.ratesHz()[k]);
			t.addValue("isi_cv", s.cvs()[k]);
		}
		t.show(title + " trials");
	}
}
