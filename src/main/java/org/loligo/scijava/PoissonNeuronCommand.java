package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.loligo.analysis.ensemble.EnsembleStatistics;
import org.loligo.engine.poisson.PoissonInput;
import org.loligo.engine.poisson.PoissonResult;
import org.loligo.engine.poisson.PoissonRunner;
import org.loligo.engine.poisson.PoissonSpec;
import org.loligo.engine.poisson.SynapseSpec;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.split.PartExecutor;
import org.loligo.io.PoissonOutputs;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * One HH neuron driven by excitatory and inhibitory Poisson inputs, in an ensemble of independent
 * trials (see {@link org.loligo.engine.poisson.PoissonRunner}), on threads or split across Spark tasks
 * ({@code executor=spark}) with the same files. Parameter names are part of the platform contract.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "excitatoryInputs=800,inhibitoryInputs=200,trials=4,duration=200,seed=1,outputDirectory=results/poisson"), menuPath = "Plugins>Loligo>Poisson-Driven HH Neuron", headless = true,
	label = "Poisson-Driven HH Neuron", description =
		"An HH neuron driven by excitatory and inhibitory Poisson inputs (kicks or conductances), over trials")
public class PoissonNeuronCommand extends TrialsCommand {

	/** This command's defaults where they differ from the shared ones. */
	public PoissonNeuronCommand() {
		duration = 1000;
	}

	/** The command's label, as written to summary.json. */
	static final String LABEL = "Poisson-Driven HH Neuron";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String inputsSection = Widgets.section("Poisson inputs");

	@Parameter(persist = false, label = "Excitatory inputs", min = "0", description = "Number of excitatory Poisson trains")
	private int excitatoryInputs = 80;

	@Parameter(persist = false, label = "Inhibitory inputs", min = "0", description = "Number of inhibitory Poisson trains")
	private int inhibitoryInputs = 20;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Input rate (Hz)", min = "0", description = "Rate of every input train, Hz")
	private double inputRate = 10;

	@Parameter(persist = false, stepSize = "0.01", style = Widgets.DECIMAL, label = "Release probability (0–1)", min = "0", max = "1",
		description = "Probability that an input spike is transmitted, in [0, 1]")
	private double releaseProbability = 0.5;

	@Parameter(persist = false, label = "Input mode", choices = { "superposed", "explicit" }, description =
		"superposed: one exact binomial count per group and step (cost independent of inputs); explicit: every input simulated")
	private String inputMode = "superposed";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String synapseSection = Widgets.section("Synapses (kick or conductance)");

	@Parameter(persist = false, label = "Synapse", choices = { "kick", "conductance" },
		description = "kick: V jumps by the weight after each step; conductance: exponential conductances")
	private String synapse = "kick";

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Kick weight (mV)", min = "0", description = "kick: V jump per excitatory spike, mV")
	private double weight = 1;

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Inhibition ratio (× kick weight)", min = "0",
		description = "kick: an inhibitory spike lowers V by inhibitionRatio x weight")
	private double inhibitionRatio = 4;

	@Parameter(persist = false, stepSize = "0.001", style = Widgets.DECIMAL, label = "Excitatory conductance jump (mS/cm²)", min = "0",
		description = "conductance: g_E jump per excitatory spike, mS/cm²")
	private double weightExc = 0.003;

	@Parameter(persist = false, stepSize = "0.001", style = Widgets.DECIMAL, label = "Inhibitory conductance jump (mS/cm²)", min = "0",
		description = "conductance: g_I jump per inhibitory spike, mS/cm²")
	private double weightInh = 0.027;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Excitatory reversal (mV)", description = "conductance: E_E, mV")
	private double reversalExc = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Inhibitory reversal (mV)", description = "conductance: E_I, mV")
	private double reversalInh = -80;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Excitatory time constant (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "conductance: tau_E, ms")
	private double tauExc = 5;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Inhibitory time constant (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "conductance: tau_I, ms")
	private double tauInh = 10;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String trialsSection = Widgets.section("Current and trials");

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Constant current (µA/cm²)", description = "Constant injected current, µA/cm²")
	private double current = 3;

	@Parameter(persist = false, label = "Trials", min = "1", description = "Independent repetitions (run in parallel)")
	private int trials = 10;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: spikes.csv, traces.csv, trace.png, summary.json (and inputs.csv in explicit mode) are written here")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Output rate (Hz)")
	private double outputRateHz;

	@Parameter(type = ItemIO.OUTPUT, label = "Output rate SD over trials (Hz)")
	private double outputRateSd;

	@Parameter(type = ItemIO.OUTPUT, label = "Pooled ISI CV")
	private double isiCv;

	private PoissonResult result;

	@Override
	public void run() {
		// Everything is validated here, before any work and before any file is written.
		final PoissonSpec spec = spec();
		final PartExecutor split = partExecutor();
		final Path out = CommandSupport.outputDirectory(outputDirectory, () -> PoissonOutputs.sizes(spec));
		final SimulationListener listener = CommandSupport.listener(status, this, "Simulating " + trials +
			" Poisson-driven trial(s)" + (split == null ? "" : " on " + split.name()));
		final PoissonResult r = split == null ? PoissonRunner.run(spec, listener) : SplitRuns.poisson(this, spec, split,
			partOptions(LABEL, trials), listener);
		result = r;
		final EnsembleStatistics st = statistics(r);
		outputRateHz = st.meanRateHz();
		outputRateSd = st.sdRateHz();
		isiCv = st.pooledCv();
		if (out != null) write(out, r, st);
		if (ui != null && !ui.isHeadless()) FijiDisplay.showPoisson(LABEL, trials + " trials, " + excitatoryInputs +
			" E / " + inhibitoryInputs + " I inputs, seed " + r.seed(), r, st);
	}

	/**
	 * Rates and ISI CV over the trials (over the simulated time of a cancelled run), with the definitions of "Stochastic HH Ensemble"
	 * ({@link EnsembleStatistics}): mean and population SD (ddof 0) of the per-trial rates over the
	 * simulated time, the CV of the pooled intervals and the mean of the per-trial CVs.
	 */
	static EnsembleStatistics statistics(final PoissonResult r) {
		return EnsembleStatistics.of(r.trials(), r.spikeTrials(), r.spikeTimesFlat(), r.completedMs());
	}

	/** The typed description of the run these parameters ask for. */
	PoissonSpec spec() {
		final PoissonInput in = new PoissonInput(excitatoryInputs, inhibitoryInputs, inputRate, releaseProbability,
			PoissonInput.Mode.parse(inputMode));
		final SynapseSpec.Kind kind = SynapseSpec.Kind.parse(synapse);
		// Each synapse kind's parameters are refused with the other kind when set (see Unused).
		if (kind == SynapseSpec.Kind.CONDUCTANCE) for (final String p : new String[] { "weight", "inhibitionRatio" })
			Unused.refuse(this, p, "synapse=conductance", "synapse=kick");
		else for (final String p : new String[] { "weightExc", "weightInh", "reversalExc", "reversalInh", "tauExc",
			"tauInh" })
			Unused.refuse(this, p, "synapse=kick", "synapse=conductance");
		final SynapseSpec syn = new SynapseSpec(kind, weight, inhibitionRatio, weightExc,
			weightInh, reversalExc, reversalInh, tauExc, tauInh);
		return new PoissonSpec(neuronModel(), in, syn, current, trials, duration, dt, threshold, hysteresis,
			recordInterval, seed, threads);
	}

	private void write(final Path out, final PoissonResult r, final EnsembleStatistics statistics) {
		try {
			final Map<String, Object> results = new LinkedHashMap<>();
			// The keys and definitions of "Stochastic HH Ensemble" (README: one definition per name).
			results.put("mean_rate_hz", outputRateHz);
			results.put("sd_rate_hz", outputRateSd);
			results.put("isi_cv_pooled", isiCv);
			results.put("isi_cv_mean_per_train", statistics.meanTrialCv());
			results.put("spike_count", r.spikeCount());
			results.put("trials_completed", r.partial() ? 0 : r.trials()); // a cancelled run stops every trial
			if (r.partial()) results.put("completed_ms", r.completedMs());
			results.put("spike_rule", r.spikeRule());
			results.put("partial", r.partial());
			PoissonOutputs.write(out, r, LABEL, CommandSupport.parameters(this), results);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full result (for scripts that want the arrays), or null before run(). */
	public PoissonResult result() {
		return result;
	}
}
