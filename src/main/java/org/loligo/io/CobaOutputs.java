package org.loligo.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.network.coba.CobaResult;

/**
 * The files of a COBA-HH run: {@code spikes.csv} (neuron, time_ms), {@code rate.csv} (population rates of
 * the excitatory and inhibitory cells per bin), {@code raster.png}, {@code raster.tif} (spike counts,
 * neuron × bin), {@code traces.csv}/{@code .png} (V of the recorded neurons) and {@code summary.json}.
 */
public final class CobaOutputs {

	private CobaOutputs() {}

	/**
	 * Writes every file of the run into out, {@code summary.json} last.
	 *
	 * @param command    the command's label, for summary.json
	 * @param parameters the command's parameters, for summary.json
	 * @param binMs      bin of rate.csv and raster.tif, ms
	 * @param plotted    neurons drawn in raster.png at most
	 */
	public static void write(final Path out, final CobaResult r, final String command,
		final Map<String, Object> parameters, final double binMs, final int plotted) throws IOException
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
		Tiff.writeFloat(out.resolve("raster.tif"), r.raster(binMs), r.spec().rasterBins(binMs), neurons,
			"spike counts, neuron (y) x " + binMs + " ms bin (x)");
		if (r.traces().length > 0) writeTraces(out, r, title);
		final Map<String, Object> results = new LinkedHashMap<>();
		results.put("total_spikes", r.spikeCount());
		results.put("synapses", r.synapses());
		results.put("mean_rate_exc_hz", r.meanRateHz(true));
		results.put("mean_rate_inh_hz", r.meanRateHz(false));
		results.put("isi_cv_exc", r.isiCv(true)); // NaN (too few spikes) is written as null
		results.put("isi_cv_inh", r.isiCv(false));
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
