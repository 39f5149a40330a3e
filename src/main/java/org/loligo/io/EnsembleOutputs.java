package org.loligo.io;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.loligo.analysis.ensemble.EnsembleStatistics;
import org.loligo.engine.record.Band;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.record.Traces;
import org.loligo.engine.sim.SimulationResult;

/**
 * Files and figures of an ensemble of trials: the per-trial table, the band of V over trials, and a
 * figure of the band with a few single trials drawn over it.
 */
public final class EnsembleOutputs {

	/** Single trials drawn over the band. */
	public static final int PLOTTED_TRIALS = 3;

	/** Trials drawn in raster.png (more turn into a solid block); the rate panel counts all. */
	public static final int RASTER_TRIALS = 200;

	private EnsembleOutputs() {}

	/** {@code trial,spikes,rate_hz,isi_cv}, one row per trial (isi_cv empty when NaN: < 3 spikes). */
	public static void writeTrials(final Path file, final EnsembleStatistics s) throws IOException {
		Csv.write(file, new String[] { "trial", "spikes", "rate_hz", "isi_cv" }, s.counts().length, (k, sb) -> {
			sb.append(k).append(',').append(s.counts()[k]).append(',');
			Csv.appendDouble(sb, s.ratesHz()[k]).append(',');
			Csv.appendDouble(sb, s.cvs()[k]);
		});
	}

	/** {@code time_ms,mean_v_mV,sd_v_mV}. */
	public static void writeBand(final Path file, final Band b) throws IOException {
		Csv.writeColumns(file, new String[] { "time_ms", "mean_v_mV", "sd_v_mV" }, b.time(), b.mean(), b.sd());
	}

	/**
	 * One panel: mean V (black), mean ± SD (blue), and the first {@link #PLOTTED_TRIALS} recorded
	 * trials (each in its own light colour) if any were recorded at the band's instants; the legend
	 * sits above the panel.
	 */
	public static BufferedImage bandFigure(final String title, final Band b, final Traces single) {
		final Plots.Panel panel = bandPanel(b, single);
		final List<FigureHeader.Entry> legend = new ArrayList<>();
		for (final Plots.Series s : panel.series())
			if (!s.label().equals("mean + SD")) legend.add(new FigureHeader.Entry(s.label().equals("mean - SD")
				? "mean ± SD over trials" : s.label(), s.color(), FigureHeader.Mark.LINE));
		return Plots.stacked(title, legend, null, "time (ms)", b.time(), List.of(panel), 900, 360);
	}

	/** The band's panel: single trials (light colours), mean − SD, mean + SD (blue), mean (black). */
	public static Plots.Panel bandPanel(final Band b, final Traces single) {
		final double[] lo = new double[b.samples()], hi = new double[b.samples()];
		for (int k = 0; k < lo.length; k++) {
			lo[k] = b.mean()[k] - b.sd()[k];
			hi[k] = b.mean()[k] + b.sd()[k];
		}
		final List<Plots.Series> series = new ArrayList<>();
		if (single.samples() == b.samples()) for (int r = 0; r < Math.min(PLOTTED_TRIALS, single.neurons().length); r++)
			series.add(new Plots.Series("trial " + single.neurons()[r], single.series(TraceVariable.V, r), light(Plots
				.color(r + 1))));
		final Color blue = Plots.color(0);
		series.add(new Plots.Series("mean - SD", lo, blue));
		series.add(new Plots.Series("mean + SD", hi, blue));
		series.add(new Plots.Series("mean", b.mean(), Color.BLACK));
		return new Plots.Panel("V (mV)", series);
	}

	/** The raster of the trials (the first {@link #RASTER_TRIALS}) over the trial-averaged rate. */
	public static BufferedImage rasterFigure(final String title, final SimulationResult r) {
		final int trials = r.spec().neurons();
		final int drawn = Math.min(trials, RASTER_TRIALS);
		return Rasters.figure(title, "trial", r.spikeTimes(), r.spikeNeurons(), Math.max(r.completed(), r.spec()
			.dt()), Rasters.one("trials", trials, RASTER_TRIALS), 900, Math.min(500, Math.max(120, 4 * drawn)));
	}

	/** A colour mixed halfway with white: single trials stay behind the band. */
	private static Color light(final Color c) {
		return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
	}

	/**
	 * Writes an ensemble's files into out — {@code spikes.csv} (trial, time), {@code trials.csv},
	 * {@code band.csv}, {@code band.png}, {@code raster.png} (titled {@code title}), {@code traces.csv} when
	 * traces were kept — then {@code summary.json} with the command's parameters and results.
	 */
	public static void write(final Path out, final SimulationResult r, final EnsembleStatistics s,
		final String command, final String title, final java.util.Map<String, Object> parameters,
		final java.util.Map<String, Object> results) throws IOException
	{
		final int trials = r.spec().neurons();
		SimulationOutputs.writeSpikes(out.resolve("spikes.csv"), r, "trial");
		writeTrials(out.resolve("trials.csv"), s);
		writeBand(out.resolve("band.csv"), r.band());
		Plots.writePng(out.resolve("band.png"), bandFigure(title, r.band(), r.traces()));
		Plots.writePng(out.resolve("raster.png"), rasterFigure(title, r));
		if (r.traces().neurons().length > 0) SimulationOutputs.writeTraces(out.resolve("traces.csv"), r.traces());
		SummaryJson.writeRun(out, command, parameters, r.seed(), r.wallSeconds(), results);
	}
}
