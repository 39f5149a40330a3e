package org.loligo.scijava;

import ij.gui.Plot;
import ij.measure.ResultsTable;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.loligo.analysis.rate.Direction;
import org.loligo.analysis.rate.FiCurve;
import org.loligo.analysis.rate.FiResult;
import org.loligo.analysis.rate.FiSpec;
import org.loligo.engine.sim.Schemes;
import org.loligo.io.FiOutputs;
import org.loligo.io.Plots;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The f–I curve of a model: firing rate against constant current, swept up and/or down (see
 * {@link FiCurve}). Writes {@code fi.csv}, {@code fi.png} and {@code summary.json}.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "model=WangBuzsaki,currentMin=0,currentMax=2,currentStep=0.25,duration=300,direction=both,outputDirectory=results/fi-wb"), menuPath = "Plugins>Loligo>f-I Curve", headless = true, label = "f-I Curve",
	description = "Firing rate vs constant current, swept up and down (hysteresis), optionally with noise")
public class FiCurveCommand extends SimulationCommand {

	/** This command's defaults where they differ from the shared ones. */
	public FiCurveCommand() {
		duration = 500;
	}

	static final String LABEL = "f-I Curve";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String currentsSection = Widgets.section("Currents");

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Lowest current (µA/cm²)", description = "First current of the curve, µA/cm²")
	private double currentMin = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Highest current (µA/cm²)", description = "Last current of the curve, µA/cm²")
	private double currentMax = 200;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Current step (µA/cm²)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Spacing of the currents, µA/cm²")
	private double currentStep = 2;

	@Parameter(persist = false, stepSize = "0.05", style = Widgets.DECIMAL, label = "Settle fraction (0–1)", min = "0", max = "1",
		description = "Fraction of each current's run discarded as transient before the rate is measured")
	private double settleFraction = 0.5;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String sweepSection = Widgets.section("Sweep");

	@Parameter(persist = false, label = "Method", choices = { "exp-euler", "euler", "rk4" },
		description = "Integration scheme")
	private String method = "exp-euler";

	@Parameter(persist = false, label = "Direction", choices = { "both", "up", "down", "rest" }, description =
		"up: quasi-static from rest; down: from the spiking side; both; rest: every current from rest")
	private String direction = "both";

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Priming current (µA/cm²)",
		description = "The down sweep starts from the state after one duration at this current (must fire), µA/cm²")
	private double primeCurrent = 20;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Amplitude floor (mV)", min = "0",
		description = "Peak-to-trough of V below which a run is not firing; 0 = 1 mV, or 20 mV with noise")
	private double minAmplitude = 0;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String noiseSection = Widgets.section("Noise");

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Noise sigma (µA/cm²·ms^½)", min = "0",
		description = "White current noise intensity (Euler-Maruyama); 0 = none")
	private double noiseSigma = 0;

	@Parameter(persist = false, label = "Trials", min = "1", description = "Noisy runs per branch (mean ± SD)")
	private int trials = 1;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory",
		description = "If set: fi.csv, fi.png and summary.json are written here")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Onset current, up sweep (µA/cm²)")
	private double onsetCurrentUp;

	@Parameter(type = ItemIO.OUTPUT, label = "Offset current, down sweep (µA/cm²)")
	private double offsetCurrentDown;

	private FiResult result;

	@Override
	public void run() {
		final FiSpec spec = spec();
		final Path out = CommandSupport.outputDirectory(outputDirectory);
		final FiResult r = FiCurve.run(spec, CommandSupport.listener(status, this, "f-I curve of " + model));
		result = r;
		onsetCurrentUp = r.onsetCurrentUp();
		offsetCurrentDown = r.offsetCurrentDown();
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) show(r);
	}

	/** The typed description these parameters ask for. */
	FiSpec spec() {
		if (!(minAmplitude >= 0)) throw new IllegalArgumentException("minAmplitude must be >= 0 mV (0 = default), got " +
			minAmplitude);
		final double floor = minAmplitude > 0 ? minAmplitude : FiSpec.defaultMinAmplitude(noiseSigma);
		return new FiSpec(neuronModel(), Schemes.byName(method), currentMin, currentMax, currentStep, duration,
			settleFraction, dt, Direction.byLabel(direction), primeCurrent, floor, noiseSigma, trials, seed, threads);
	}

	/** Header and columns of fi.csv: current, then per branch run its rate (and SD with trials). */
	private void write(final Path out, final FiResult r) {
		final Map<String, Object> results = new LinkedHashMap<>();
		results.put("onset_current_up", r.onsetCurrentUp());
		results.put("offset_current_down", r.offsetCurrentDown());
		results.put("onset_current_rest", r.onsetCurrentRest());
		results.put("currents", r.currents().length);
		results.put("min_amplitude_mv", r.spec().minAmplitude());
		results.put("rate_rule", "period from upward crossings of the mid-level of V over the last " + (1 - r.spec()
			.settleFraction()) + " of each run; firing iff peak-to-trough >= min_amplitude_mv and not damped; with " +
			"noise: crossings per window");
		results.put("partial", r.partial());
		try {
			FiOutputs.write(out, r, LABEL, "f-I curve, " + model + ", " + method + ", dt = " + dt + " ms, " + duration +
				" ms per current", CommandSupport.parameters(this), results);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	private void show(final FiResult r) {
		final FiOutputs.Figure f = FiOutputs.figure(r);
		for (final Plot p : Plots.panels("f-I curve, " + model, "I (µA/cm²)", f.x(), f.panels()))
			p.show();
		final Object[] t = FiOutputs.table(r);
		final String[] h = (String[]) t[0];
		final double[][] c = (double[][]) t[1];
		final ResultsTable rt = new ResultsTable();
		for (int k = 0; k < c[0].length; k++) {
			rt.incrementCounter();
			for (int q = 0; q < h.length; q++)
				rt.addValue(h[q], c[q][k]);
		}
		rt.show(LABEL);
	}

	/** The last run's full result (for scripts), or null before run(). */
	public FiResult result() {
		return result;
	}
}
