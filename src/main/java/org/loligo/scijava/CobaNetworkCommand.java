package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loligo.engine.network.coba.CobaNetwork;
import org.loligo.engine.network.coba.CobaResult;
import org.loligo.engine.network.coba.CobaSpec;
import org.loligo.io.Csv;
import org.loligo.io.Plots;
import org.loligo.io.Tiff;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import net.imglib2.img.array.ArrayImgs;

/**
 * The COBA-HH benchmark network of Brette et al. (2007, J Comput Neurosci 23:349): Traub–Miles neurons
 * with exponential conductance synapses (see {@link CobaSpec}). Parameter names are part of the platform
 * contract.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Loligo>COBA-HH Network", headless = true,
	label = "COBA-HH Network", description =
		"Random network of Traub-Miles HH neurons with conductance synapses (Brette et al. 2007, benchmark 3)")
public class CobaNetworkCommand extends ContextCommand {

	static final String LABEL = "COBA-HH Network";
	/** Most neurons drawn in raster.png. */
	static final int PLOTTED = 500;
	/** Bin of rate.csv and raster.tif, ms. */
	static final double BIN_MS = 1.0;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private UIService ui;

	@Parameter(persist = false, label = "Neurons", min = "2", description = "Number of neurons")
	private int neurons = 4000;

	@Parameter(persist = false, label = "Excitatory fraction", min = "0", max = "1",
		description = "Fraction of excitatory neurons (the first ones)")
	private double excitatoryFraction = 0.8;

	@Parameter(persist = false, label = "Connection probability", min = "0", max = "1",
		description = "Probability of each ordered pair (used when inDegree = 0)")
	private double connectionProbability = 0.02;

	@Parameter(persist = false, label = "Fixed in-degree", min = "0",
		description = "Inputs per neuron (80% excitatory by default); 0 = use the connection probability")
	private int inDegree = 0;

	@Parameter(persist = false, label = "Excitatory weight (nS)", min = "0", description = "Jump of ge per spike, nS")
	private double weightExc = 6;

	@Parameter(persist = false, label = "Inhibitory weight (nS)", min = "0", description = "Jump of gi per spike, nS")
	private double weightInh = 67;

	@Parameter(persist = false, label = "Tau exc (ms)", description = "Decay time constant of ge, ms")
	private double tauExc = 5;

	@Parameter(persist = false, label = "Tau inh (ms)", description = "Decay time constant of gi, ms")
	private double tauInh = 10;

	@Parameter(persist = false, label = "Reversal exc (mV)", description = "Ee, mV")
	private double reversalExc = 0;

	@Parameter(persist = false, label = "Reversal inh (mV)", description = "Ei, mV")
	private double reversalInh = -80;

	@Parameter(persist = false, label = "Duration (ms)", description = "Simulated time, ms")
	private double duration = 1000;

	@Parameter(persist = false, label = "Time step dt (ms)", description = "Exponential Euler step, ms")
	private double dt = 0.1;

	@Parameter(persist = false, label = "Spike threshold (mV)", description = "Spike: V above this, mV")
	private double threshold = -20;

	@Parameter(persist = false, label = "Refractory (ms)", description = "No new spike detected for this long, ms")
	private double refractory = 3;

	@Parameter(persist = false, label = "Seed", description = "Master random seed; 0 = pick one (recorded)")
	private long seed = 0;

	@Parameter(persist = false, label = "Threads", min = "0", description = "Worker threads; 0 = all cores")
	private int threads = 0;

	@Parameter(persist = false, label = "Recorded neurons", min = "0",
		description = "V traces are kept for the first this many neurons")
	private int recordNeurons = 3;

	@Parameter(persist = false, label = "Record interval (ms)", description = "Sampling interval of V traces, ms")
	private double recordInterval = 0.1;

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory",
		description = "If set: spikes.csv, rate.csv, raster.png, raster.tif, traces.csv/png, summary.json")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Total spikes")
	private int totalSpikes;

	@Parameter(type = ItemIO.OUTPUT, label = "Mean rate exc (Hz)")
	private double meanRateExcHz;

	@Parameter(type = ItemIO.OUTPUT, label = "Mean rate inh (Hz)")
	private double meanRateInhHz;

	@Parameter(type = ItemIO.OUTPUT, label = "Synapses")
	private int synapses;

	private CobaResult result;

	@Override
	public void run() {
		// Everything is validated here, before any work and before any file is written.
		final Path out = CommandSupport.outputDirectory(outputDirectory);
		final CobaSpec spec = spec(out != null);
		final CobaResult r = CobaNetwork.run(spec, CommandSupport.listener(status, this, "COBA-HH network of " +
			neurons + " neurons"));
		result = r;
		totalSpikes = r.spikeCount();
		meanRateExcHz = r.meanRateHz(true);
		meanRateInhHz = r.meanRateHz(false);
		synapses = r.synapses();
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) ui.show(LABEL + " raster (neuron x 1 ms)", ArrayImgs.floats(r.raster(
			BIN_MS), spec.rasterBins(BIN_MS), neurons));
	}

	/** The typed description these parameters ask for; the raster's memory counts when it is written. */
	CobaSpec spec(final boolean raster) {
		return new CobaSpec(neurons, excitatoryFraction, connectionProbability, inDegree, weightExc, weightInh,
			tauExc, tauInh, reversalExc, reversalInh, duration, dt, threshold, refractory, seed, threads,
			recordNeurons, recordInterval, raster ? BIN_MS : 0);
	}

	private void write(final Path out, final CobaResult r) {
		try {
			final int[] ns = r.spikeNeurons();
			final double[] ts = r.spikeTimes();
			Csv.write(out.resolve("spikes.csv"), new String[] { "neuron", "time_ms" }, ns.length, (k, sb) -> Csv
				.appendDouble(sb.append(ns[k]).append(','), ts[k]));
			final double[][] rate = r.populationRate(BIN_MS);
			Csv.writeColumns(out.resolve("rate.csv"), new String[] { "time_ms", "rate_exc_hz", "rate_inh_hz" }, rate);
			final String title = String.format("COBA-HH, %d neurons, seed %d%s", neurons, r.seed(), r.partial()
				? " (partial)" : "");
			writeRasterPng(out, r, title, ts);
			Tiff.writeFloat(out.resolve("raster.tif"), r.raster(BIN_MS), r.spec().rasterBins(BIN_MS), neurons,
				"spike counts, neuron (y) x " + BIN_MS + " ms bin (x)");
			if (r.traces().length > 0) writeTraces(out, r, title);
			final Map<String, Object> results = new LinkedHashMap<>();
			results.put("total_spikes", r.spikeCount());
			results.put("synapses", r.synapses());
			results.put("mean_rate_exc_hz", meanRateExcHz);
			results.put("mean_rate_inh_hz", meanRateInhHz);
			results.put("isi_cv_exc", r.isiCv(true)); // NaN (too few spikes) is written as null
			results.put("isi_cv_inh", r.isiCv(false));
			results.put("spike_rule", "V > " + threshold + " mV at the end of a step, not within " + refractory +
				" ms of the neuron's last spike; time = end of that step");
			results.put("membrane_pass", r.membranePass());
			results.put("completed_ms", r.completedMs());
			results.put("partial", r.partial());
			CommandSupport.writeSummary(out, LABEL, CommandSupport.parameters(this), r.seed(), r.wallSeconds(),
				results);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/**
	 * raster.png: all neurons up to {@link #PLOTTED}; beyond, the first 4/5·PLOTTED excitatory and the first
	 * 1/5·PLOTTED inhibitory ones (inhibitory on top), since a dot per spike of thousands of neurons is a black
	 * slab.
	 */
	private void writeRasterPng(final Path out, final CobaResult r, final String title, final double[] ts)
		throws IOException
	{
		final int[] ns = r.spikeNeurons();
		final int nExc = r.spec().excitatory();
		final int showExc = neurons <= PLOTTED ? nExc : Math.min(nExc, PLOTTED * 4 / 5);
		final int showInh = neurons <= PLOTTED ? neurons - nExc : Math.min(neurons - nExc, PLOTTED - showExc);
		int c = 0;
		final int[] ids = new int[ns.length];
		final double[] times = new double[ns.length];
		for (int q = 0; q < ns.length; q++) {
			final int i = ns[q];
			final int row = i < nExc ? (i < showExc ? i : -1) : (i - nExc < showInh ? showExc + i - nExc : -1);
			if (row < 0) continue;
			ids[c] = row;
			times[c++] = ts[q];
		}
		final String what = neurons <= PLOTTED ? title : String.format("%s: excitatory 0-%d, inhibitory %d-%d",
			title, showExc - 1, nExc, nExc + showInh - 1);
		Plots.writePng(out.resolve("raster.png"), Plots.raster(what, java.util.Arrays.copyOf(times, c), java.util
			.Arrays.copyOf(ids, c), duration, showExc + showInh, 1000, 700));
	}

	private static void writeTraces(final Path out, final CobaResult r, final String title) throws IOException {
		final double[][] v = r.traces();
		final double[][] cols = new double[v.length + 1][];
		final String[] header = new String[v.length + 1];
		cols[0] = r.traceTimes();
		header[0] = "time_ms";
		final List<Plots.Series> series = new ArrayList<>();
		for (int i = 0; i < v.length; i++) {
			cols[i + 1] = v[i];
			header[i + 1] = "V_" + i;
			if (i < 5) series.add(new Plots.Series("V_" + i, v[i], null));
		}
		Csv.writeColumns(out.resolve("traces.csv"), header, cols);
		Plots.writePng(out.resolve("traces.png"), Plots.stacked(title, "t (ms)", cols[0], List.of(new Plots.Panel(
			"V (mV)", series)), 900, 300));
	}

	/** The last run's full result (for scripts that want the arrays), or null before run(). */
	public CobaResult result() {
		return result;
	}
}
