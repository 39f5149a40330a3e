package org.loligo.scijava;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.loligo.analysis.ensemble.EnsembleStatistics;
import org.loligo.engine.network.coba.CobaResult;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.poisson.PoissonResult;
import org.loligo.io.EnsembleOutputs;
import org.loligo.io.PoissonOutputs;
import org.loligo.io.Plots;
import org.loligo.io.Rasters;
import org.loligo.io.SimulationOutputs;

/**
 * Shows results the way Fiji users expect: ImageJ plot windows (zoom, List, a cursor that reads the data's
 * units) for traces, bands, rasters and rates, and results tables for per-item results. Every window's
 * title carries the command, a run number (a second run never replaces the first one's windows) and the
 * run's key parameters. Only called when a UI is present.
 */
final class FijiDisplay {

	private static final AtomicInteger RUNS = new AtomicInteger();

	private FijiDisplay() {}

	/** "label #n (details)": the title of one run's windows. */
	static String title(final String label, final String details) {
		return label + " #" + RUNS.incrementAndGet() + " (" + details + ")";
	}

	/** A population run: trace plots and the spikes table. */
	static void show(final String label, final String details, final SimulationResult r) {
		final String title = title(label, details);
		if (r.traces().neurons().length > 0) {
			for (final Plot p : Plots.panels(title, "t (ms)", r.traces().time(), SimulationOutputs.tracePanels(r
				.traces())))
				p.show();
		}
		spikes(title, r.spikeNeurons(), r.spikeTimes(), "neuron");
	}

	/** An ensemble: the band plot, the raster and rate plots, and the per-trial table. */
	static void showEnsemble(final String label, final String details, final SimulationResult r,
		final EnsembleStatistics s)
	{
		final String title = title(label, details);
		if (!r.band().isEmpty()) Plots.panels(title + " – band", "time (ms)", r.band().time(), List.of(
			EnsembleOutputs.bandPanel(r.band(), r.traces()))).forEach(Plot::show);
		final int trials = r.spec().neurons();
		Rasters.plots(title, "trial", r.spikeTimes(), r.spikeNeurons(), Math.max(r.completed(), r.spec().dt()),
			Rasters.one("trials", trials, EnsembleOutputs.RASTER_TRIALS)).forEach(Plot::show);
		trials(title, s);
	}

	/** The Poisson-driven neuron: trial 0's plots and the per-trial table. */
	static void showPoisson(final String label, final String details, final PoissonResult r,
		final EnsembleStatistics s)
	{
		final String title = title(label, details);
		if (r.trace() != null) PoissonOutputs.plots(title, r).forEach(Plot::show);
		trials(title, s);
	}

	/** One row per trial: spikes, rate and ISI CV (the columns of trials.csv). */
	private static void trials(final String title, final EnsembleStatistics s) {
		final ResultsTable t = new ResultsTable();
		for (int k = 0; k < s.counts().length; k++) {
			t.incrementCounter();
			t.addValue("trial", k);
			t.addValue("spikes", s.counts()[k]);
			t.addValue("rate_hz", s.ratesHz()[k]);
			t.addValue("isi_cv", s.cvs()[k]);
		}
		t.show(title + " – trials");
	}

	/** Bytes of raster image a window may hold; a larger raster is left to raster.tif. */
	private static final long MAX_RASTER_BYTES = 256L << 20;

	/**
	 * COBA's raster as a calibrated 32-bit image (spike counts; x in ms, one pixel per {@code binMs} bin; y
	 * the neuron id), as raster.tif holds it; none when {@code binMs} is 0 or the image would be large.
	 */
	private static void cobaRaster(final String title, final CobaResult r, final double binMs) {
		if (!(binMs > 0)) return;
		final int bins = r.spec().rasterBins(binMs), n = r.spec().neurons();
		if ((long) bins * n * Float.BYTES > MAX_RASTER_BYTES) return;
		final FloatProcessor fp = new FloatProcessor(bins, n, r.raster(binMs));
		fp.resetMinAndMax();
		final ImagePlus imp = new ImagePlus(title + " – raster (spike counts)", fp);
		final Calibration c = imp.getCalibration();
		c.pixelWidth = binMs;
		c.setXUnit("ms");
		c.pixelHeight = 1;
		c.setYUnit("neuron");
		c.setValueUnit("spikes");
		imp.show();
	}

	/**
	 * COBA: the raster as a calibrated image (with raster.tif's bin; 0: none), raster and rate plots per
	 * population, and a table of every neuron's spikes and rate.
	 */
	static void showCoba(final String label, final String details, final CobaResult r, final int drawn,
		final double rasterBinMs)
	{
		final String title = title(label, details);
		cobaRaster(title, r, rasterBinMs);
		final int n = r.spec().neurons(), nExc = r.spec().excitatory();
		final List<Rasters.Group> groups = new java.util.ArrayList<>();
		if (nExc > 0) groups.add(new Rasters.Group("excitatory", 0, nExc, Math.min(nExc, drawn * 4 / 5), Plots.color(
			0)));
		if (n > nExc) groups.add(new Rasters.Group("inhibitory", nExc, n - nExc, Math.min(n - nExc, Math.max(1, drawn /
			5)), Plots.color(1)));
		Rasters.plots(title, "neuron", r.spikeTimes(), r.spikeNeurons(), r.spec().duration(), groups).forEach(
			Plot::show);
		final int[] counts = new int[n];
		for (final int i : r.spikeNeurons())
			counts[i]++;
		final double seconds = Math.max(r.completedMs(), 1e-9) / 1000;
		final ResultsTable t = new ResultsTable();
		for (int i = 0; i < n; i++) {
			t.incrementCounter();
			t.addValue("neuron", i);
			t.addValue("population", i < nExc ? "excitatory" : "inhibitory");
			t.addValue("spikes", counts[i]);
			t.addValue("rate_hz", counts[i] / seconds);
		}
		t.show(title + " – neurons");
	}

	private static void spikes(final String title, final int[] ids, final double[] times, final String idName) {
		final ResultsTable t = new ResultsTable();
		for (int k = 0; k < ids.length; k++) {
			t.incrementCounter();
			t.addValue(idName, ids[k]);
			t.addValue("time_ms", times[k]);
		}
		t.show(title + " – spikes");
	}
}
