package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.loligo.analysis.ensemble.EnsembleStatistics;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.noise.channel.ChannelNoiseScheme;
import org.loligo.engine.noise.channel.ChannelNoises;
import org.loligo.engine.noise.channel.ChannelPatch;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Scheme;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.split.PartExecutor;
import org.loligo.io.EnsembleOutputs;
import org.scijava.ItemVisibility;
import org.loligo.io.SimulationOutputs;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * An ensemble of independent stochastic HH neurons (trials) under the same current, with additive
 * current noise (white or OU) and/or channel noise, run in parallel with one random stream per trial:
 * on threads, or split across Spark tasks ({@code executor=spark}) with the same files.
 * Parameter names are part of the platform contract.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "trials=20,current=6,noise=white,noiseSigma=1,duration=200,seed=1,outputDirectory=results/ensemble"), menuPath = "Plugins>Loligo>Stochastic HH Ensemble", headless = true,
	label = "Stochastic HH Ensemble", description =
		"Independent stochastic HH neurons (current and channel noise): spikes, rates, ISI CV, band of V")
public class StochasticEnsemble extends TrialsCommand {

	/** This command's defaults where they differ from the shared ones. */
	public StochasticEnsemble() {
		duration = 500;
	}

	// NB: persist = false everywhere (see SimulateNeuron).

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String drivingSection = Widgets.section("Trials and current noise");

	@Parameter(persist = false, label = "Trials", min = "1", description = "Number of independent neurons")
	private int trials = 100;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Current (µA/cm²)", description = "Constant injected current, µA/cm²")
	private double current = 6;

	@Parameter(persist = false, label = "Current noise", choices = { "white", "ou", "none" },
		description = "Additive current noise: white (Euler-Maruyama), ou (Ornstein-Uhlenbeck, exact update), none")
	private String noise = "white";

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Noise sigma (white: µA/cm²·ms^½; ou: µA/cm²)", min = "0", description =
		"white: intensity in µA/cm²·ms^½; ou: stationary SD in µA/cm²")
	private double noiseSigma = 1;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Noise tau (ms)", min = "0", description = "OU correlation time, ms")
	private double noiseTau = 5;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String channelSection = Widgets.section("Channel noise");

	@Parameter(persist = false, label = "Channel noise", choices = { "none", "fox-lu", "diffusion", "markov" },
		description = "Stochastic ion channels: none, fox-lu (subunit Langevin), diffusion (Orio-Soudry 2012), " +
			"markov (exact channel Markov chains); replaces method")
	private String channelNoise = "none";

	@Parameter(persist = false, stepSize = "10", style = Widgets.DECIMAL, label = "Membrane area (µm²)", min = "0", description =
		"Patch area for channel noise, µm² (sets the number of channels)")
	private double area = 100;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Na channel density (per µm²)", min = "0", description =
		"Na channels per µm²")
	private double naDensity = 60;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "K channel density (per µm²)", min = "0", description =
		"K channels per µm²")
	private double kDensity = 18;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String recordingSection = Widgets.section("Method and recording");

	@Parameter(persist = false, label = "Method", choices = { "euler-maruyama", "exp-euler-maruyama" },
		description = "euler-maruyama: forward Euler drift + sqrt(dt) noise; exp-euler-maruyama: exponential " +
			"Euler drift (stable at larger dt) + the same noise")
	private String method = "euler-maruyama";

	@Parameter(persist = false, label = "Recorded trials", min = "0", description =
		"Traces (V, m, h, n, currents) are kept for the first this many trials")
	private int recordTrials = 3;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: spikes.csv, trials.csv, band.csv, band.png, raster.png, traces.csv, summary.json")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Mean rate (Hz)")
	private double meanRateHz;

	@Parameter(type = ItemIO.OUTPUT, label = "SD of rate (Hz)")
	private double sdRateHz;

	@Parameter(type = ItemIO.OUTPUT, label = "Pooled ISI CV")
	private double isiCv;

	@Parameter(required = false)
	private LogService log;

	private SimulationResult result;
	private EnsembleStatistics statistics;
	/** The run's warning (a method not trusted on this patch), or null. */
	private String warning;

	@Override
	public void run() {
		final SimulationSpec spec = spec();
		final PartExecutor split = partExecutor();
		warning = spec.scheme() instanceof ChannelNoiseScheme c ? c.warning(spec.model()) : null;
		final Path out = CommandSupport.outputDirectory(outputDirectory, () -> SimulationOutputs.sizes(spec));
		if (warning != null && log != null) log.warn(warning);
		final SimulationListener listener = CommandSupport.listener(status, this, "Simulating " + trials +
			" stochastic trial(s)" + (split == null ? "" : " on " + split.name()));
		final SimulationResult r = split == null ? Simulation.run(spec, listener) : SplitRuns.ensemble(this, spec, split,
			partOptions("Stochastic HH Ensemble", trials), listener);
		final EnsembleStatistics s = EnsembleStatistics.of(r);
		result = r;
		statistics = s;
		meanRateHz = s.meanRateHz();
		sdRateHz = s.sdRateHz();
		isiCv = s.pooledCv();
		if (out != null) write(out, r, s);
		if (ui != null && !ui.isHeadless()) FijiDisplay.showEnsemble("Stochastic HH Ensemble", model + ", I = " +
			current + " µA/cm², " + noiseLabel() + ", " + trials + " trials", r, s);
	}

	/** The typed description of the run these parameters ask for; validates everything. */
	SimulationSpec spec() {
		if (trials < 1) throw new IllegalArgumentException("trials must be >= 1, got " + trials);
		if (recordTrials < 0) throw new IllegalArgumentException("recordTrials must be >= 0, got " + recordTrials);
		final CurrentNoise currentNoise = CurrentNoise.of(noise, noiseSigma, noiseTau);
		refuseUnused(currentNoise);
		final Scheme scheme = scheme();
		if (!Double.isFinite(current)) throw new IllegalArgumentException("current must be finite, got " + current);
		final int recorded = Math.min(recordTrials, trials);
		final int[] ids = new int[recorded];
		for (int i = 0; i < recorded; i++)
			ids[i] = i;
		return SimulationSpec.builder(neuronModel()).unit("trials").neurons(trials).stimulus(Stimuli.constant(current))
			.duration(duration).dt(dt).scheme(scheme).threshold(threshold).hysteresis(hysteresis).record(new RecordSpec(
				recordInterval, ids, TraceVariable.allOf(neuronModel()), true)).noise(currentNoise).seed(seed).threads(
					threads).build();
	}

	/** Parameters that the chosen noise ignores are refused when set (see {@link Unused}). */
	private void refuseUnused(final CurrentNoise currentNoise) {
		final String kind = noise.trim().toLowerCase(java.util.Locale.ROOT);
		if (!kind.equals("ou")) Unused.refuse(this, "noiseTau", "noise=" + kind, "noise=ou");
		if (kind.equals("none")) Unused.refuse(this, "noiseSigma", "noise=none", "noise=white or ou");
		final String ch = channelNoise.trim().toLowerCase(java.util.Locale.ROOT);
		final String channelKinds = "channelNoise=fox-lu, diffusion or markov";
		if (ch.equals("none")) for (final String p : new String[] { "area", "naDensity", "kDensity" })
			Unused.refuse(this, p, "channelNoise=none", channelKinds);
		// NB: with channel noise the channel scheme advances gates and V itself, and method does not apply.
		else Unused.refuse(this, "method", "channelNoise=" + ch, "channelNoise=none");
	}

	private Scheme scheme() {
		final Scheme drift = Schemes.forSde(method);
		// NB: with channel noise the channel scheme advances gates and V itself; method then does not apply
		// (summary.json says so in integration).
		final boolean channels = !channelNoise.trim().equalsIgnoreCase("none");
		final Scheme ch = ChannelNoises.byName(channelNoise, channels ? new ChannelPatch(area, naDensity, kDensity) :
			null);
		return ch == null ? drift : ch;
	}

	private void write(final Path out, final SimulationResult r, final EnsembleStatistics s) {
		try {
			final String title = model + ", I = " + current + " µA/cm², " + noiseLabel() + ", " + trials + " trials";
			final Map<String, Object> results = new LinkedHashMap<>();
			results.put("mean_rate_hz", s.meanRateHz());
			results.put("sd_rate_hz", s.sdRateHz());
			results.put("isi_cv_pooled", s.pooledCv());
			results.put("isi_cv_mean_per_train", s.meanTrialCv());
			results.put("spike_count", r.spikeCount());
			results.put("spike_rule", r.spikeRule());
			results.put("noise_form", noiseForm(r.spec().noise()));
			results.put("integration", r.spec().scheme().name() + (channelNoise.trim().equalsIgnoreCase("none") ? " drift + noise increment (" +
				method + ")" : " channel-noise scheme (method not used)"));
			if (warning != null) results.put("warning", warning);
			results.put("completed_ms", r.completed());
			results.put("partial", r.partial());
			EnsembleOutputs.write(out, r, s, "Stochastic HH Ensemble", title, CommandSupport.parameters(this), results);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	private String noiseLabel() {
		return noise.equalsIgnoreCase("none") || noiseSigma == 0 ? "no current noise" : noise + " noise σ = " +
			noiseSigma;
	}

	/** The noise terms of the run's noise in Itô form, as written into summary.json. */
	private static String noiseForm(final CurrentNoise n) {
		if (n.isWhite()) return "V += (" + n.sigma() + "/C)*sqrt(dt)*xi after the drift step (Euler-Maruyama)";
		if (n.isOu()) return "I_noise += -I_noise*dt/tau + sigma*sqrt(2/tau)*dW, exact: I_noise = a*I_noise + " +
			"sigma*sqrt(1-a^2)*xi, a = exp(-dt/tau); held over each step";
		return "none";
	}

	/** The last run's result, or null before run(). */
	public SimulationResult result() {
		return result;
	}

	/** The last run's warning (e.g. diffusion on too small a patch), or null. */
	public String warning() {
		return warning;
	}

	/** The last run's statistics, or null before run(). */
	public EnsembleStatistics statistics() {
		return statistics;
	}
}
