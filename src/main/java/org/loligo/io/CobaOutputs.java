package org.loligo.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loligo.analysis.isi.IsiCv;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.network.coba.CobaResult;
import org.loligo.engine.network.coba.CobaSpec;
import org.loligo.engine.sim.MemoryBudget;

/**
 * The files of a COBA-HH run: {@code spikes.csv} (neuron, time_ms), {@code rate.csv} (population rates of
 * the excitatory and inhibitory cells per bin), {@code raster.png}, {@code raster.tif} (spike counts,
 * neuron × raster bin; optional), {@code traces.csv}/{@code .png} (V of the recorded neurons) and
 * {@code summary.json}.
 */
public final class CobaOutputs {

	private CobaOutputs() {}

	/**
	 * The estimated sizes of the run's files ({@link OutputSizes}): {@code raster.tif} (neurons × bins of
	 * {@code rasterBinMs} × 4 B; none when rasterBinMs is 0), {@code rate.csv} (bins of {@code binMs} × 3)
	 * and {@code traces.csv} (samples × (1 + recordNeurons)).
	 *
	 * @throws IllegalArgumentException naming rasterBin when it is not > 0 and finite (or 0 for none)
	 */
	public static OutputSizes sizes(final CobaSpec spec, final double binMs, final double rasterBinMs) {
		checkRasterBin(rasterBinMs == 0 ? 1 : rasterBinMs);
		final OutputSizes s = OutputSizes.builder();
		final long n = spec.neurons();
		if (rasterBinMs > 0) s.add("raster.tif", String.format(java.util.Locale.ROOT, "%,d neurons × %,d bins", n,
			spec.rasterBins(rasterBinMs)), 4, MemoryBudget.times(n, spec.rasterBins(rasterBinMs)), "rasterBin",
			rasterBinMs, true, x -> MemoryBudget.times(4 * n, spec.rasterBins(x)));
		s.csv("rate.csv", "duration", spec.duration(), false, x -> (long) Math.ceil(x / binMs - 1e-9), x -> 3);
		final long steps = spec.steps(), values = 1 + spec.recordNeurons();
		final double dt = spec.dt();
		if (spec.recordNeurons() > 0) s.csv("traces.csv", "recordInterval", spec.recordInterval(), true, x -> steps /
			Math.max(1, Math.min(steps, Math.round(x / dt))) + 1, x -> values);
		return s;
	}

	/** @throws IllegalArgumentException naming rasterBin unless it is > 0 ms and finite */
	public static void checkRasterBin(final double rasterBin) {
		if (!(rasterBin > 0) || !Double.isFinite(rasterBin)) throw new IllegalArgumentException(
			"rasterBin must be > 0 ms and finite (e.g. rasterBin=1, or writeRaster=false for no raster.tif), got " +
				rasterBin);
	}

	/**
	 * Writes every file of the run into out, {@code summary.json} last.
	 *
	 * @param command     the command's label, for summary.json
	 * @param parameters  the command's parameters, for summary.json
	 * @param binMs       bin of rate.csv, ms
	 * @param rasterBinMs bin of raster.tif, ms; 0: no raster.tif
	 * @param plotted     neurons drawn in raster.png at most
	 */
	public static void write(final Path out, final CobaResult r, final String command,
		final Map<String, Object> parameters, final double binMs, final double rasterBinMs, final int plotted)
		throws IOException
	{
		final int neurons = r.spec().neurons();
		final int[] ns = r.spikeNeurons();
		final double[] ts = r.spikeTimes();
		Csv.write(out.resolve("spikes.csv"), new String[] { "neuron", "time_ms" }, ns.length, (k, sb) -> Csv
			.appendDouble(sb.append(ns[k]).append(','), ts[k]));
		final double[][] rate = r.populationRate(binMs);
		Csv.writeColumns(out.resolve("rate.csv"), new String[] { "time_ms", "rate_exc_hz", "rate_inh_hz" }, rate);
		final String title = String.format("COBA-HH, %d neurons, seed %d%s", neurons, r.seed(), r.partial()
			? " (partial)" : "");
		writeRasterPng(out, r, title, ts, plotted);
		if (rasterBinMs > 0) Tiff.writeFloat(out.resolve("raster.tif"), r.raster(rasterBinMs), r.spec().rasterBins(
			rasterBinMs), neurons, "spike counts, neuron (y) x " + rasterBinMs + " ms bin (x)");
		if (r.traces().length > 0) writeTraces(out, r, title);
		final Map<String, Object> results = new LinkedHashMap<>();
		results.put("total_spikes", r.spikeCount());
		results.put("synapses", r.synapses());
		results.put("mean_rate_exc_hz", r.meanRateHz(true));
		results.put("mean_rate_inh_hz", r.meanRateHz(false));
		// The CV definitions every command shares (IsiCv); NaN (too few spikes) is written as null.
		final int nExc = r.spec().excitatory();
		final IsiCv exc = IsiCv.of(ns, ts, 0, nExc, null), inh = IsiCv.of(ns, ts, nExc, neurons, null);
		results.put("isi_cv_mean_per_train_exc", exc.meanPerTrain());
		results.put("isi_cv_mean_per_train_inh", inh.meanPerTrain());
		results.put("isi_cv_pooled_exc", exc.pooled());
		results.put("isi_cv_pooled_inh", inh.pooled());
		results.put("spike_rule", SpikeDetector.refractoryRule(r.spec().threshold(), r.spec().refractory()));
		results.put("membrane_pass", r.membranePass());
		results.put("completed_ms", r.completedMs());
		results.put("partial", r.partial());
		SummaryJson.writeRun(out, command, parameters, r.seed(), r.wallSeconds(), results);
	}

	/**
	 * raster.png: all neurons up to {@code plotted}; beyond, the first 4/5 of them excitatory and the first
	 * 1/5 inhibitory ones (inhibitory on top, each panel with its neuron ids and colour), since a dot per
	 * spike of thousands of neurons is a black slab; the rate panel under them counts every neuron.
	 */
	private static void writeRasterPng(final Path out, final CobaResult r, final String title, final double[] ts,
		final int plotted) throws IOException
	{
		final int neurons = r.spec().neurons();
		final int[] ns = r.spikeNeurons();
		final int nExc = r.spec().excitatory();
		final int showExc = neurons <= plotted ? nExc : Math.min(nExc, plotted * 4 / 5);
		final int showInh = neurons <= plotted ? neurons - nExc : Math.min(neurons - nExc, plotted - showExc);
		final List<Rasters.Group> groups = new ArrayList<>();
		if (nExc > 0) groups.add(new Rasters.Group("excitatory", 0, nExc, Math.max(1, showExc), Plots.color(0)));
		if (neurons > nExc) groups.add(new Rasters.Group("inhibitory", nExc, neurons - nExc, Math.max(1, showInh),
			Plots.color(1)));
		Plots.writePng(out.resolve("raster.png"), Rasters.figure(title, "neuron", ts, ns, r.spec().duration(),
			groups, 1000, 560));
	}

	private static void writeTraces(final Path out, final CobaResult r, final String title) throws IOException {
		final double[][] v = r.traces();
		final double[][] cols = new double[v.length + 1][];
		final String[] header = new String[v.length + 1];
		cols[0] = r.traceTimes();
		header[0] = "time_ms";
		final List<Plots.Series> series = new ArrayList<>();
		final List<FigureHeader.Entry> legend = new ArrayList<>();
		for (int i = 0; i < v.length; i++) {
			cols[i + 1] = v[i];
			header[i + 1] = "V_" + i;
			if (i < SimulationOutputs.PLOTTED_NEURONS) {
				series.add(new Plots.Series("neuron " + i, v[i], Plots.color(i)));
				legend.add(new FigureHeader.Entry("neuron " + i, Plots.color(i), FigureHeader.Mark.LINE));
			}
		}
		Csv.writeColumns(out.resolve("traces.csv"), header, cols);
		final String note = v.length > SimulationOutputs.PLOTTED_NEURONS ? "neurons 0–" + (SimulationOutputs
			.PLOTTED_NEURONS - 1) + " drawn of " + v.length + " recorded (traces.csv has all)" : null;
		Plots.writePng(out.resolve("traces.png"), Plots.stacked(title, legend, note, "t (ms)", cols[0], List.of(
			new Plots.Panel("V (mV)", series)), 900, 300));
	}
}
