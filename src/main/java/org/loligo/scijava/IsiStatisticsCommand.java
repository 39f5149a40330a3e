package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.loligo.analysis.isi.IsiAnalysis;
import org.loligo.analysis.isi.IsiReport;
import org.loligo.analysis.isi.IsiSettings;
import org.loligo.analysis.isi.IsiStatistics;
import org.loligo.analysis.isi.SpikeTrains;
import org.loligo.io.IsiOutputs;
import org.loligo.io.SummaryJson;
import org.loligo.io.SpikeTrainsCsv;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

/**
 * Inter-spike interval statistics (CV, CV2, LV, LvR, Fano factor, serial correlation, histogram) of the
 * spike trains in a {@code spikes.csv} ({@code neuron,time_ms} or {@code trial,time_ms}), per train and
 * pooled; definitions in {@link IsiStatistics} and {@link IsiAnalysis}. Parameter names are part of the
 * platform contract.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "spikesFile=results/simulate/spikes.csv,trainCount=2,outputDirectory=results/isi"), menuPath = "Plugins>Loligo>ISI Statistics", headless = true,
	label = "ISI Statistics", description = "Inter-spike interval statistics (CV, CV2, LV, LvR, Fano factor, " +
		"serial correlation, histogram) of spike trains in a CSV")
public class IsiStatisticsCommand extends ContextCommand {

	static final String LABEL = "ISI Statistics";

	@Parameter(required = false)
	private UIService ui;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String inputSection = Widgets.section("Spike trains");

	@Parameter(persist = false, label = "Spikes file (CSV)", style = "open", description =
		"CSV with columns neuron (or trial) and time_ms, e.g. the spikes.csv of Simulate HH Neuron")
	private File spikesFile;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String statisticsSection = Widgets.section("Statistics");

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Histogram bin width (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Width of the ISI histogram bins, ms")
	private double binWidth = IsiSettings.DEFAULTS.binWidth();

	@Parameter(persist = false, stepSize = "10", style = Widgets.DECIMAL, label = "Fano window (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description =
		"Spikes are counted in consecutive windows this long for the Fano factor, ms")
	private double fanoWindow = IsiSettings.DEFAULTS.fanoWindow();

	@Parameter(persist = false, label = "Serial correlation max lag", min = "0", max = "1000", description =
		"Serial correlations of ISIs at lags 1 … maxLag")
	private int maxLag = IsiSettings.DEFAULTS.maxLag();

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Refractory period R of LvR (ms)", min = "0", description =
		"R in LvR (Shinomoto et al. 2009), ms; 0 gives LV")
	private double refractoryPeriod = IsiSettings.DEFAULTS.refractoryPeriod();

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String windowSection = Widgets.section("Observation window");

	@Parameter(persist = false, stepSize = "10", style = Widgets.DECIMAL, label = "Window start (ms)", min = "0", description = "Start of the observation window, ms")
	private double start = 0;

	@Parameter(persist = false, stepSize = "100", style = Widgets.DECIMAL, label = "Window duration (ms)", min = "0", description =
		"Length of the observation window, ms; 0 = up to the last spike of all trains")
	private double duration = 0;

	@Parameter(persist = false, label = "Number of trains", min = "0", description =
		"0 = the ids in the file; N = ids 0 … N-1, so that neurons that never fired count")
	private int trainCount = 0;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: isi_stats.csv, isi_histogram.csv, isi_serial_correlation.csv, isi_histogram.png and summary.json")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Trains")
	private int trains;

	@Parameter(type = ItemIO.OUTPUT, label = "Spikes")
	private long spikes;

	@Parameter(type = ItemIO.OUTPUT, label = "Mean rate (Hz)")
	private double meanRateHz;

	@Parameter(type = ItemIO.OUTPUT, label = "Mean ISI (ms)")
	private double meanIsiMs;

	@Parameter(type = ItemIO.OUTPUT, label = "CV")
	private double cv;

	@Parameter(type = ItemIO.OUTPUT, label = "CV2")
	private double cv2;

	@Parameter(type = ItemIO.OUTPUT, label = "LV")
	private double lv;

	@Parameter(type = ItemIO.OUTPUT, label = "LvR")
	private double lvr;

	@Parameter(type = ItemIO.OUTPUT, label = "Fano factor")
	private double fanoFactor;

	private IsiReport report;

	@Override
	public void run() {
		final long t0 = System.nanoTime();
		// Everything is validated before any file is written: settings, directory, then the file itself.
		final IsiSettings settings = new IsiSettings(binWidth, fanoWindow, maxLag, refractoryPeriod, start, duration);
		if (trainCount < 0) throw new IllegalArgumentException("trainCount must be >= 0, got " + trainCount);
		final SpikeTrains data = SpikeTrainsCsv.read(spikesFile == null ? null : spikesFile.toPath(), trainCount,
			"spikesFile");
		final Path out = CommandSupport.outputDirectory(outputDirectory);
		final IsiReport r = IsiAnalysis.run(data, settings);
		report = r;
		final IsiStatistics p = r.pooled();
		trains = r.trains().size();
		spikes = p.spikes();
		meanRateHz = p.rateHz();
		meanIsiMs = p.meanIsi();
		cv = p.cv();
		cv2 = p.cv2();
		lv = p.lv();
		lvr = p.lvr();
		fanoFactor = p.fanoFactor();
		if (out != null) write(out, r, (System.nanoTime() - t0) / 1e9);
		if (ui != null && !ui.isHeadless()) {
			IsiOutputs.resultsTable(r).show(LABEL);
			IsiOutputs.histogramPlot(LABEL + ": ISI histogram", r).show();
		}
	}

	private void write(final Path out, final IsiReport r, final double wallSeconds) {
		try {
			IsiOutputs.writeAll(out, r, "ISI histogram of " + spikesFile.getName());
			final IsiStatistics p = r.pooled();
			final Map<String, Object> results = new LinkedHashMap<>();
			results.put("trains", r.trains().size());
			results.put("spikes", p.spikes());
			results.put("intervals", p.intervals());
			results.put("mean_rate_hz", p.rateHz());
			results.put("mean_isi_ms", p.meanIsi());
			results.put("sd_isi_ms", p.sdIsi());
			results.put("isi_cv_pooled", p.cv());
			results.put("isi_cv_mean_per_train", r.meanTrainCv());
			results.put("cv2", p.cv2());
			results.put("lv", p.lv());
			results.put("lvr", p.lvr());
			results.put("fano_factor", p.fanoFactor());
			results.put("reason", p.reason());
			results.put("window_start_ms", r.windowStart());
			results.put("window_end_ms", r.windowEnd());
			results.put("spikes_outside_window", r.spikesOutsideWindow());
			results.put("input_sorted", r.inputSorted());
			// No randomness here: seed 0 says so.
			SummaryJson.writeRun(out, LABEL, CommandSupport.parameters(this), 0, wallSeconds, results);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full report (per-train statistics, histogram, serial correlation), or null. */
	public IsiReport report() {
		return report;
	}
}
