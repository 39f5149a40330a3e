package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.loligo.engine.input.StimulusChoice;
import org.loligo.engine.network.Connectivity;
import org.loligo.engine.network.NetworkMemory;
import org.loligo.engine.network.NetworkPlan;
import org.loligo.engine.network.NetworkResult;
import org.loligo.engine.network.NetworkSimulation;
import org.loligo.engine.network.NetworkSpec;
import org.loligo.engine.network.StimulatedNeurons;
import org.loligo.engine.network.SynapseModel;
import org.loligo.engine.network.TopologyChoice;
import org.loligo.engine.network.WeightMatrix;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.io.MatrixFiles;
import org.loligo.io.NetworkOutputs;
import org.loligo.io.WeightImages;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

/**
 * Simulates HH neurons coupled through synapses or gap junctions: the same equations for 2 neurons or N.
 * Parameter names are part of the platform contract.
 * <p>
 * With {@code topology=matrix} the weights come from {@code matrixFile} (a CSV, or a {@code .tif}/{@code .tiff}
 * image read with {@link WeightImages}); with {@code topology=image} from {@code matrixImage} (an image given
 * by Fiji or a script). Pixel (x, y) = weight from presynaptic x onto postsynaptic y, so image row y is CSV
 * row y. NB: two topology names, not one with "whichever is given": Fiji fills {@code matrixImage} with the
 * active image whenever one is open, so its presence says nothing about what the user meant.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "neurons=2,topology=all-to-all,synapse=sigmoid,coupling=0.5,current=15,stimulatedNeurons=0,duration=100,seed=1,outputDirectory=results/coupled"), menuPath = "Plugins>Loligo>Coupled HH Network", headless = true,
	label = "Coupled HH Network", description = "Simulate Hodgkin-Huxley neurons coupled by synapses or gap junctions")
public class CoupledNetworkCommand extends SpikingCommand {

	static final String LABEL = "Coupled HH Network";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String topologySection = Widgets.section("Neurons and topology");

	@Parameter(persist = false, label = "Neurons", min = "1", description = "Number of neurons")
	private int neurons = 2;

	@Parameter(persist = false, label = "Topology", choices = { "all-to-all", "ring", "random", "matrix", "image" },
		description = "all-to-all, ring (neighbours i±1), random (probability), matrix (weights from matrixFile: " +
			"CSV or TIFF), image (weights from matrixImage, e.g. an open image in Fiji)")
	private String topology = "all-to-all";

	@Parameter(persist = false, stepSize = "0.01", style = Widgets.DECIMAL, label = "Connection probability (0–1)", min = "0", max = "1",
		description = "Probability of each connection i≠j for topology=random")
	private double connectionProbability = 0.1;

	@Parameter(persist = false, label = "Weight matrix (CSV or TIFF)", required = false, description =
		"For topology=matrix: a CSV of N rows of N weights (row = postsynaptic neuron), or a .tif image whose " +
			"pixel (x, y) is the weight from neuron x onto neuron y; multiplied by coupling")
	private File matrixFile;

	/**
	 * NB: typed {@code Img}, not {@code RandomAccessibleInterval}. ImageJ2's {@code ActiveImagePreprocessor}
	 * fills a single unresolved image input with the active {@code Dataset} only when the input's type is
	 * a subtype of an output type of the converters from {@code Dataset} ({@code Img}, {@code ImgPlus},
	 * {@code DatasetView}, {@code ImageDisplay} in imagej-common's ImageConverters; matched through
	 * {@code ConvertService.getCompatibleOutputClasses}); RandomAccessibleInterval is a supertype of
	 * those, so it would not be filled (imagej/imagej2#49, still open). Both types get the
	 * dialog's drop-down of open images (ObjectService objects that are instances of the type), and a
	 * script may pass any {@code Img}, e.g. {@code ArrayImgs.floats(...)}. The element type is checked
	 * at run time (an ARGB image is refused with a message). Consequence: in Fiji the active image is
	 * taken whenever one is open (required = false does not stop the preprocessor), so it is read only with
	 * topology=image and ignored otherwise.
	 */
	@Parameter(persist = false, label = "Weight matrix (image)", required = false, description =
		"For topology=image: a 2-D image whose pixel (x, y) is the weight from neuron x onto neuron y (N x N), " +
			"multiplied by coupling")
	private Img<? extends RealType<?>> matrixImage;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String synapseSection = Widgets.section("Synapses");

	@Parameter(persist = false, stepSize = "0.05", style = Widgets.DECIMAL, label = "Coupling (mS/cm², or mV for kick)", description =
		"Connection weight: mS/cm² for conductance synapses and gap junctions, mV for kick")
	private double coupling = 0.5;

	@Parameter(persist = false, label = "Synapse", choices = { "sigmoid", "rise-decay", "exponential", "kick", "gap" },
		description = "sigmoid gate, rise-decay or exponential conductance, voltage kick, or gap junction")
	private String synapse = "sigmoid";

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Synaptic reversal (mV)", description = "E of conductance synapses, mV")
	private double synapseReversal = 0;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Synaptic decay tau (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"),
		description = "Decay time constant of sigmoid, exponential and rise-decay synapses, ms")
	private double synapseTau = 5;

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Synaptic rise tau (ms)", min = "0", description = "Rise time of rise-decay, ms")
	private double synapseTauRise = 1;

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Sigmoid rate a (1/ms)", min = "0", description = "Opening rate of the sigmoid gate, 1/ms")
	private double synapseRate = 2;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Sigmoid theta (mV)", description = "Half-activation of the sigmoid gate, mV")
	private double synapseTheta = 0;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Sigmoid sigma (mV)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Slope of the sigmoid gate, mV")
	private double synapseSigma = 2;

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Delay (ms)", min = "0", description = "Synaptic delay of every connection, ms (rounded to whole steps)")
	private double delay = 0;

	@Parameter(persist = false, label = "Delay matrix (CSV or TIFF)", required = false,
		description = "Per-connection delays in ms, same shape as the weights (CSV or .tif; overrides delay)")
	private File delayFile;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String stimulusSection = Widgets.section("Stimulus");

	@Parameter(persist = false, label = "Stimulated neurons", required = false,
		description = "Indices of the neurons that get the stimulus, e.g. [0 2]; empty = all")
	private String stimulatedNeurons = "";

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Baseline current (µA/cm²)", description = "Constant current to the stimulated neurons, µA/cm²")
	private double current = 10;

	@Parameter(persist = false, label = "Stimulus", choices = { "constant", "step", "pulses", "ramp", "sine" },
		description = "Shape of the stimulus added to the baseline current")
	private String stimulus = "constant";

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Amplitude (µA/cm²)", description = "Amplitude of the stimulus, µA/cm²")
	private double amplitude = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Start (ms)", min = "0", description = "Onset of step, ramp, sine or regular pulses, ms")
	private double start = 10;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Stop (ms)", min = "0", description = "Offset of step, ramp, sine or regular pulses, ms")
	private double stop = 90;

	@Parameter(persist = false, label = "Pulse times (ms)", required = false, description =
		"Pulse onsets in ms, e.g. [10 30 50]; '|' separates one list per neuron; empty = regular train at frequency")
	private String pulseTimes = "";

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Pulse width (ms)", min = "0", description = "Width of each pulse, ms")
	private double pulseWidth = 1;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Frequency (Hz)", min = "0", description = "Sine frequency or regular pulse rate, Hz")
	private double frequency = 50;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String recordingSection = Widgets.section("Method and recording");

	@Parameter(persist = false, label = "Method", choices = { "exp-euler", "euler" },
		description = "exp-euler (synaptic conductance folded into V's exponential) or euler")
	private String method = "exp-euler";

	@Parameter(persist = false, label = "Recorded neurons", min = "0",
		description = "Traces are kept for the first this many neurons")
	private int recordNeurons = 10;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String noiseSection = Widgets.section("Current noise");

	@Parameter(persist = false, label = "Current noise", choices = { "white", "ou" }, description =
		"white (Euler-Maruyama) or ou (Ornstein-Uhlenbeck current, exact update), one stream per neuron")
	private String noise = "white";

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Noise sigma (white: µA/cm²·ms^½; ou: µA/cm²)", min = "0", description =
		"white: intensity in µA/cm²·ms^½; ou: stationary SD in µA/cm²; 0 = none")
	private double noiseSigma = 0;

	@Parameter(persist = false, label = "Noise sigma per neuron", required = false, description =
		"Optional: one sigma per neuron (units as noiseSigma), e.g. [1 0 2]; replaces noiseSigma")
	private String noiseSigmas = "";

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Noise tau (ms)", min = "0", description =
		"Correlation time of noise=ou, ms (> 0); leave 0 with white noise")
	private double noiseTau = 0;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: spikes.csv, traces.csv, synaptic.csv, traces.png, raster.png, weights.tif and summary.json " +
			"are written here")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	private int spikeCount;

	@Parameter(type = ItemIO.OUTPUT, label = "Firing rate (Hz)")
	private double firingRateHz;

	private NetworkResult result;

	/** The topology of the last spec() and whether it was symmetric (gap), kept to export weights.tif. */
	private TopologyChoice topologyUsed;
	private boolean symmetricUsed;

	@Override
	public void run() {
		// Everything is validated here, before any work and before any file is written.
		final NetworkSpec spec = spec(RandomStreams.resolveSeed(seed));
		final Path out = CommandSupport.outputDirectory(outputDirectory, () -> NetworkOutputs.sizes(spec.population()));
		final NetworkResult r = NetworkSimulation.run(spec, CommandSupport.listener(status, this, "Simulating a " +
			"network of " + neurons + " HH neurons"));
		result = r;
		spikeCount = r.population().spikeCount();
		firingRateHz = r.population().firingRateHz();
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) FijiDisplay.show(LABEL, model + ", " + neurons + " neurons, " +
			topology + ", " + synapse + ", coupling " + coupling, r.population());
	}

	/**
	 * The typed description of the run these parameters ask for, with the master seed resolved. Everything
	 * is checked, and the memory the run needs is estimated, before the connections are built.
	 */
	NetworkSpec spec(final long seedUsed) {
		if (recordNeurons < 0) throw new IllegalArgumentException("recordNeurons must be >= 0, got " + recordNeurons);
		if (neurons < 1) throw new IllegalArgumentException("neurons must be >= 1, got " + neurons);
		final SynapseModel syn = new SynapseModel(synapse, synapseReversal, synapseTau, synapseTauRise, synapseRate,
			synapseTheta, synapseSigma);
		final TopologyChoice topo = topology();
		final boolean symmetric = syn.kind().equals("gap");
		Connectivity.checkDelay(delay);
		final WeightMatrix delays = given(delayFile) ? MatrixFiles.read(delayFile.toPath(), "delayFile") : null;
		final StimulusChoice choice = new StimulusChoice(stimulus, current, amplitude, start, stop, pulseTimes,
			pulseWidth, frequency);
		Unused.stimulus(this, choice);
		final SimulationSpec pop = SimulationSpec.builder(neuronModel()).neurons(neurons).stimuli(
			StimulatedNeurons.select(choice.build(neurons), stimulatedNeurons, neurons)).duration(duration).dt(dt)
			.scheme(Schemes.byName(method)).threshold(threshold).hysteresis(hysteresis).record(RecordSpec.allVariables(
				neuronModel(), recordInterval, Math.min(recordNeurons, neurons))).noise(CommandSupport.currentNoise(noise, noiseSigma,
					noiseSigmas, noiseTau, neurons)).seed(seedUsed).threads(threads).build();
		// NB: with a delay matrix its largest entry bounds the longest delay (connections or not).
		NetworkMemory.require(NetworkPlan.of(pop, topo, symmetric, syn, delays == null ? delay : delays.max(),
			delays != null));
		Connectivity c = topo.build(neurons, seedUsed, symmetric).withDelay(delay);
		if (delays != null) c = c.withDelays(delays);
		topologyUsed = topo;
		symmetricUsed = symmetric;
		return new NetworkSpec(pop, c, syn);
	}

	/** The topology: its matrix from matrixFile for topology=matrix, from matrixImage for topology=image. */
	private TopologyChoice topology() {
		final String name = topology == null ? "" : topology.trim();
		if (name.equalsIgnoreCase("image")) {
			if (matrixImage == null) throw new IllegalArgumentException("matrixImage: required with topology=image " +
				"(a 2-D image, pixel (x, y) = weight from neuron x onto neuron y; in Fiji, open or select it first); " +
				"for a CSV or TIFF file use topology=matrix with matrixFile");
			return new TopologyChoice("matrix", coupling, connectionProbability, WeightImages.fromImg(matrixImage,
				"matrixImage"), "matrixImage");
		}
		if (!name.equalsIgnoreCase("matrix")) return new TopologyChoice(topology, coupling, connectionProbability,
			null);
		if (!given(matrixFile)) throw new IllegalArgumentException("matrixFile: required with topology=matrix (a " +
			"CSV or .tif of weights, row = postsynaptic neuron); for an image given by Fiji or a script use " +
			"topology=image with matrixImage");
		return new TopologyChoice(topology, coupling, connectionProbability, MatrixFiles.read(matrixFile.toPath(),
			"matrixFile"));
	}

	private static boolean given(final File file) {
		return file != null && !file.getPath().isBlank();
	}

	private void write(final Path out, final NetworkResult r) {
		final Map<String, Object> params = CommandSupport.parameters(this);
		params.put("matrixImage", WeightImages.describe(matrixImage));
		try {
			// The matrix that coupling multiplies (coupling 1: the same draws, the raw entries), so that
			// "topology=matrix,matrixFile=weights.tif" with the same coupling rebuilds this network.
			NetworkOutputs.write(out, r, LABEL, model + ", " + synapse + " synapses, coupling " + coupling + ", " +
				method + ", dt = " + dt + " ms", params, () -> topologyUsed.withCoupling(1).build(neurons, r.population()
					.seed(), symmetricUsed));
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full result, or null before run(). */
	public NetworkResult result() {
		return result;
	}
}
