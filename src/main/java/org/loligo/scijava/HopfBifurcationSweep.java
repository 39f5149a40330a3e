package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loligo.analysis.bifurcation.HopfPoint;
import org.loligo.analysis.bifurcation.HopfSweep;
import org.loligo.analysis.bifurcation.HopfSweepSpec;
import org.loligo.analysis.bifurcation.PeriodicOrbit;
import org.loligo.analysis.bifurcation.SaddleNode;
import org.loligo.analysis.bifurcation.SweepParameter;
import org.loligo.engine.model.NeuronModel;
import org.loligo.io.BifurcationOutputs;
import org.loligo.io.SummaryJson;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Equilibria, Hopf points (frequency, criticality), saddle-nodes and periodic branches of a neuron model
 * as one parameter is swept. Summary keys: {@code hopf_k_parameter} (and {@code hopf_k_current} when the
 * current is swept), {@code hopf_k_frequency_hz}, {@code hopf_k_first_lyapunov}, {@code hopf_k_type} for
 * k = 1, 2 always (null when absent) and for further points, {@code cycle_fold_parameter} (the lowest fold
 * of limit cycles; also {@code cycle_fold_current}), {@code equilibrium_fold_k_parameter} and
 * {@code _type} ({@code snic} or {@code fold}) for each fold of the equilibria, counts and {@code partial}.
 * When the equilibria fold, also {@code saddle_node_parameter} (and {@code saddle_node_current}),
 * {@code saddle_node_v_mV}, {@code saddle_node_type} and {@code saddle_node_rate_coefficient_hz} (f ≈ c·√|p
 * - p_SN| Hz next to a SNIC; null for a plain fold) for {@link HopfSweep.Result#mainSaddleNode}; these
 * keys are absent otherwise, so that HH's summary is what it always was.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "model=HH1952,min=0,max=200,cycles=false,outputDirectory=results/hopf"), menuPath = "Plugins>Loligo>Hopf Bifurcation Sweep", headless = true,
	label = "Hopf Bifurcation Sweep", description =
		"Equilibria, Hopf points, saddle-nodes and limit-cycle branches of a neuron model over a parameter range")
public class HopfBifurcationSweep extends ModelCommand {

	static final String LABEL = "Hopf Bifurcation Sweep";

	// NB: the choices are the presets' parameters; a NeuroML2 model's other channels (g<id>, e<id>) are
	// typed in scripts and on the command line (Widgets.OPEN_CHOICE), and SweepParameter checks them.
	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String sweepSection = Widgets.section("Sweep");

	@Parameter(persist = false, label = "Swept parameter", style = Widgets.OPEN_CHOICE, choices = { "current",
		"cm", "gNa", "gK", "gL", "eNa", "eK", "eL", "gA", "eA" }, description =
		"current (µA/cm²), cm (µF/cm²), g<channel> (mS/cm²) or e<channel> (mV) of the model's channels: " +
			"gNa, gK, gL, eNa, eK, eL in the HH models, also gA, eA in ConnorStevens; a NeuroML2 model's " +
			"g<id>/e<id> from a script")
	private String parameter = "current";

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Current (µA/cm²)", description =
		"Constant injected current while another parameter is swept, µA/cm²")
	private double current = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Min (parameter's unit)", description = "Lower end of the sweep, in the parameter's unit")
	private double min = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Max (parameter's unit)", description = "Upper end of the sweep (> min)")
	private double max = 200;

	@Parameter(persist = false, label = "Points", min = "2", description =
		"Equilibrium table resolution: parameter step at most (max - min)/(points - 1)")
	private int points = 201;

	@Parameter(persist = false, label = "Limit cycles", description =
		"Continue the periodic orbits born at each Hopf point (shooting)")
	private boolean cycles = true;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: equilibria.csv, hopf.csv, cycles.csv, bifurcation.png and summary.json are written here")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf points")
	private int hopfCount;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 1 parameter")
	private double hopf1Parameter = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 1 frequency (Hz)")
	private double hopf1FrequencyHz = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 1 type")
	private String hopf1Type = "none";

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 2 parameter")
	private double hopf2Parameter = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 2 frequency (Hz)")
	private double hopf2FrequencyHz = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Hopf 2 type")
	private String hopf2Type = "none";

	@Parameter(type = ItemIO.OUTPUT, label = "Cycle fold parameter")
	private double cycleFoldParameter = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Saddle-node parameter")
	private double saddleNodeParameter = Double.NaN;

	@Parameter(type = ItemIO.OUTPUT, label = "Saddle-node type")
	private String saddleNodeType = "none";

	private HopfSweep.Result result;

	@Override
	public void run() {
		// Everything is validated here, before any work and before any file is written.
		final HopfSweepSpec spec = spec();
		final Path out = CommandSupport.outputDirectory(outputDirectory);
		final HopfSweep.Result r = HopfSweep.run(spec, CommandSupport.listener(status, this, LABEL));
		result = r;
		final List<HopfPoint> h = r.hopfs();
		hopfCount = h.size();
		if (h.size() > 0) {
			hopf1Parameter = h.get(0).parameter();
			hopf1FrequencyHz = h.get(0).frequencyHz();
			hopf1Type = h.get(0).type();
		}
		if (h.size() > 1) {
			hopf2Parameter = h.get(1).parameter();
			hopf2FrequencyHz = h.get(1).frequencyHz();
			hopf2Type = h.get(1).type();
		}
		if (!r.cycleFolds().isEmpty()) cycleFoldParameter = r.cycleFolds().get(0).parameter();
		final SaddleNode sn = r.mainSaddleNode();
		if (sn != null) {
			saddleNodeParameter = sn.parameter();
			saddleNodeType = sn.type();
		}
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) BifurcationOutputs.plot(r).show();
	}

	/** The typed description of the sweep these parameters ask for. */
	HopfSweepSpec spec() {
		final NeuronModel m = neuronModel();
		return new HopfSweepSpec(m, SweepParameter.byName(m, parameter), current, min, max, points, cycles);
	}

	private void write(final Path out, final HopfSweep.Result r) {
		final boolean isCurrent = r.spec().parameter() == SweepParameter.CURRENT;
		final Map<String, Object> s = new LinkedHashMap<>();
		s.put("swept_parameter", r.spec().parameter().label());
		s.put("hopf_count", r.hopfs().size());
		for (int k = 0; k < Math.max(2, r.hopfs().size()); k++) {
			final HopfPoint h = k < r.hopfs().size() ? r.hopfs().get(k) : null;
			final String key = "hopf_" + (k + 1) + "_";
			if (isCurrent) s.put(key + "current", h == null ? null : h.parameter());
			s.put(key + "parameter", h == null ? null : h.parameter());
			s.put(key + "frequency_hz", h == null ? null : h.frequencyHz());
			s.put(key + "first_lyapunov", h == null ? null : h.firstLyapunov());
			s.put(key + "type", h == null ? null : h.type());
		}
		final List<PeriodicOrbit> folds = r.cycleFolds();
		final Double fold = folds.isEmpty() ? null : folds.get(0).parameter();
		if (isCurrent) s.put("cycle_fold_current", fold);
		s.put("cycle_fold_parameter", fold);
		s.put("cycle_fold_count", folds.size());
		for (int k = 0; k < folds.size(); k++)
			s.put("cycle_fold_" + (k + 1) + "_parameter", folds.get(k).parameter());
		s.put("equilibrium_fold_count", r.folds().size());
		for (int k = 0; k < r.folds().size(); k++) {
			s.put("equilibrium_fold_" + (k + 1) + "_parameter", r.folds().get(k).parameter());
			if (k < r.saddleNodes().size()) s.put("equilibrium_fold_" + (k + 1) + "_type", r.saddleNodes().get(k)
				.type());
		}
		// NB: the saddle-node keys only when there is a fold, so that a run without one (HH) keeps its bytes.
		final SaddleNode sn = r.mainSaddleNode();
		if (sn != null) {
			if (isCurrent) s.put("saddle_node_current", sn.parameter());
			s.put("saddle_node_parameter", sn.parameter());
			s.put("saddle_node_v_mV", sn.equilibrium().v());
			s.put("saddle_node_type", sn.type());
			s.put("saddle_node_rate_coefficient_hz", sn.snic() ? sn.rateCoefficient() : null);
		}
		s.put("cycle_branch_ends", r.cycles().stream().map(b -> b.end()).toList());
		s.put("partial", r.partial());
		try {
			BifurcationOutputs.write(out, r);
			SummaryJson.writeRun(out, LABEL, CommandSupport.parameters(this), 0, r.wallSeconds(), s);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full result, or null before run(). */
	public HopfSweep.Result result() {
		return result;
	}
}
