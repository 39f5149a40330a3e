package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.loligo.engine.network.coba.CobaNetwork;
import org.loligo.engine.network.coba.CobaResult;
import org.loligo.engine.network.coba.CobaSpec;
import org.loligo.io.CobaOutputs;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;


/**
 * The COBA-HH benchmark network of Brette et al. (2007, J Comput Neurosci 23:349): Traub–Miles neurons
 * with exponential conductance synapses (see {@link CobaSpec}). Parameter names are part of the platform
 * contract.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "neurons=400,duration=100,seed=1,outputDirectory=results/coba"), menuPath = "Plugins>Loligo>COBA-HH Network", headless = true,
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

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String networkSection = Widgets.section("Network");

	@Parameter(persist = false, label = "Neurons", min = "2", description = "Number of neurons")
	private int neurons = 4000;

	@Parameter(persist = false, stepSize = "0.05", style = Widgets.DECIMAL, label = "Excitatory fraction (0–1)", min = "0", max = "1",
		description = "Fraction of excitatory neurons (the first ones)")
	private double excitatoryFraction = 0.8;

	@Parameter(persist = false, stepSize = "0.01", style = Widgets.DECIMAL, label = "Connection probability (0–1)", min = "0", max = "1",
		description = "Probability of each ordered pair (used when inDegree = 0)")
	private double connectionProbability = 0.02;

	@Parameter(persist = false, label = "Fixed in-degree", min = "0",
		description = "Inputs per neuron (80% excitatory by default); 0 = use the connection probability")
	private int inDegree = 0;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String synapseSection = Widgets.section("Synapses");

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Excitatory weight (nS)", min = "0", description = "Jump of ge per spike, nS")
	private double weightExc = 6;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Inhibitory weight (nS)", min = "0", description = "Jump of gi per spike, nS")
	private double weightInh = 67;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Tau exc (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Decay time constant of ge, ms")
	private double tauExc = 5;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Tau inh (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Decay time constant of gi, ms")
	private double tauInh = 10;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Reversal exc (mV)", description = "Ee, mV")
	private double reversalExc = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Reversal inh (mV)", description = "Ei, mV")
	private double reversalInh = -80;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String numericsSection = Widgets.section("Run and numerics (the defaults suit most runs)");

	@Parameter(persist = false, stepSize = "10", style = Widgets.DECIMAL, label = "Duration (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Simulated time, ms")
	private double duration = 1000;

	@Parameter(persist = false, stepSize = "0.005", style = Widgets.DECIMAL, label = "Time step dt (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Exponential Euler step, ms")
	private double dt = 0.1;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Spike threshold (mV)", description = "Spike: V above this, mV")
	private double threshold = -20;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Refractory (ms)", min = "0", description = "No new spike detected for this long, ms")
	private double refractory = 3;

	@Parameter(persist = false, label = "Seed", description = "Master random seed; 0 = pick one (recorded)")
	private long seed = 0;

	@Parameter(persist = false, label = "Threads", min = "0", description = "Worker threads; 0 = all cores")
	private int threads = 0;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String recordingSection = Widgets.section("Recording");

	@Parameter(persist = false, label = "Recorded neurons", min = "0",
		description = "V traces are kept for the first this many neurons")
	private int recordNeurons = 3;

	@Parameter(persist = false, stepSize = "0.05", style = Widgets.DECIMAL, label = "Record interval (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value = "true"), description = "Sampling interval of V traces, ms")
	private double recordInterval = 0.1;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Write raster.tif", description =
		"Spike counts per neuron and bin as a 32-bit image (neurons x duration/rasterBin x 4 bytes)")
	private boolean writeRaster = true;

	@Parameter(persist = false, label = "Raster bin (ms)", min = "0", stepSize = "1", style = Widgets.DECIMAL, attrs = @Attr(name =
		"exclusiveMin", value = "true"), description = "Bin of raster.tif, ms (a wider bin, a smaller file)")
	private double rasterBin = BIN_MS;

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
		final boolean files = CommandSupport.wantsFiles(outputDirectory);
		if (writeRaster) CobaOutputs.checkRasterBin(rasterBin);
		else Unused.refuse(this, "rasterBin", "writeRaster=false", "writeRaster=true");
		final CobaSpec spec = spec(files);
		final Path out = CommandSupport.outputDirectory(outputDirectory, () -> CobaOutputs.sizes(spec, BIN_MS,
			rasterBinMs()));
		final CobaResult r = CobaNetwork.run(spec, CommandSupport.listener(status, this, "COBA-HH network of " +
			neurons + " neurons"));
		result = r;
		totalSpikes = r.spikeCount();
		meanRateExcHz = r.meanRateHz(true);
		meanRateInhHz = r.meanRateHz(false);
		synapses = r.synapses();
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) FijiDisplay.showCoba(LABEL, neurons + " neurons, seed " + r.seed(), r,
			500, rasterBinMs());
	}

	/** raster.tif's bin, ms, or 0 when it is not written. */
	private double rasterBinMs() {
		return writeRaster ? rasterBin : 0;
	}

	/** The typed description these parameters ask for; the raster's memory counts when it is written. */
	CobaSpec spec(final boolean raster) {
		return new CobaSpec(neurons, excitatoryFraction, connectionProbability, inDegree, weightExc, weightInh,
			tauExc, tauInh, reversalExc, reversalInh, duration, dt, threshold, refractory, seed, threads,
			recordNeurons, recordInterval, raster ? rasterBinMs() : 0);
	}

	private void write(final Path out, final CobaResult r) {
		try {
			CobaOutputs.write(out, r, LABEL, CommandSupport.parameters(this), BIN_MS, rasterBinMs(), PLOTTED);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full result (for scripts that want the arrays), or null before run(). */
	public CobaResult result() {
		return result;
	}
}
