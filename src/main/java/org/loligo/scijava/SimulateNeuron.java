package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.loligo.engine.input.StimulusChoice;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.io.SimulationOutputs;
import org.scijava.ItemVisibility;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates N independent HH neurons under a current stimulus and records spikes and traces.
 * Parameter names are part of the platform contract (scripts and batch jobs use them).
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "neurons=2,current=0,stimulus=pulses,amplitude=15,pulseTimes=[10 30 | 20 45],pulseWidth=2,duration=100,seed=1,outputDirectory=results/simulate"), menuPath = "Plugins>Loligo>Simulate HH Neuron", headless = true,
	label = "Simulate HH Neuron", description = "Simulate Hodgkin-Huxley neurons under a current stimulus")
public class SimulateNeuron extends SpikingCommand {

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String stimulusSection = Widgets.section("Neurons and stimulus");

	@Parameter(persist = false, label = "Neurons", min = "1", description = "Number of independent neurons")
	private int neurons = 1;

	@Parameter(persist = false, stepSize = "0.5", style = Widgets.DECIMAL, label = "Baseline current (µA/cm²)", description = "Constant current to every neuron, µA/cm²")
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

	@Parameter(persist = false, label = "Method", choices = { "exp-euler", "euler", "rk4" },
		description = "Integration scheme: exp-euler (Rush-Larsen, stable), euler, rk4")
	private String method = "exp-euler";

	@Parameter(persist = false, label = "Recorded neurons", min = "0",
		description = "Traces (V, m, h, n, I_Na, I_K, I_L) are kept for the first this many neurons")
	private int recordNeurons = 10;

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String noiseSection = Widgets.section("Current noise");

	@Parameter(persist = false, stepSize = "0.1", style = Widgets.DECIMAL, label = "Noise sigma (µA/cm²·ms^½)", min = "0",
		description = "White current noise intensity (Euler-Maruyama); 0 = none")
	private double noiseSigma = 0;

	@Parameter(persist = false, label = "Noise sigma per neuron", required = false, description =
		"Optional: one white-noise sigma per neuron (µA/cm²·ms^½), e.g. [1 0 2]; replaces noiseSigma")
	private String noiseSigmas = "";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String outputSection = Widgets.section("Output");

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory",
		description = "If set: spikes.csv, traces.csv, traces.png and summary.json are written here")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	private int spikeCount;

	@Parameter(type = ItemIO.OUTPUT, label = "Firing rate (Hz)")
	private double firingRateHz;

	private SimulationResult result;

	@Override
	public void run() {
		// Everything is validated here, before any work and before any file is written.
		final SimulationSpec spec = spec();
		final Path out = CommandSupport.outputDirectory(outputDirectory, () -> SimulationOutputs.sizes(spec));
		final SimulationResult r = Simulation.run(spec, CommandSupport.listener(status, this, "Simulating " +
			neurons + " HH neuron(s)"));
		result = r;
		spikeCount = r.spikeCount();
		firingRateHz = r.firingRateHz();
		if (out != null) write(out, r);
		if (ui != null && !ui.isHeadless()) FijiDisplay.show("Simulate HH Neuron", model + ", " + neurons +
			" neuron(s), " + stimulus + ", I = " + current + " µA/cm²", r);
	}

	/** The typed description of the run these parameters ask for. */
	SimulationSpec spec() {
		if (recordNeurons < 0) throw new IllegalArgumentException("recordNeurons must be >= 0, got " + recordNeurons);
		final StimulusChoice choice = new StimulusChoice(stimulus, current, amplitude, start, stop, pulseTimes,
			pulseWidth, frequency);
		Unused.stimulus(this, choice);
		final int recorded = Math.min(recordNeurons, Math.max(neurons, 0));
		final int[] ids = new int[recorded];
		for (int i = 0; i < recorded; i++)
			ids[i] = i;
		return SimulationSpec.builder(neuronModel()).neurons(neurons).stimuli(choice.build(Math.max(neurons,
			1))).duration(duration).dt(dt).scheme(Schemes.byName(method)).threshold(threshold).hysteresis(
				hysteresis).record(new RecordSpec(
				recordInterval, ids, TraceVariable.allOf(neuronModel()))).noise(CommandSupport.whiteNoise(noiseSigma, noiseSigmas, neurons)).seed(seed)
			.threads(threads).build();
	}

	private void write(final Path out, final SimulationResult r) {
		try {
			SimulationOutputs.write(out, r, "Simulate HH Neuron", model + ", " + method + ", dt = " + dt + " ms",
				CommandSupport.parameters(this));
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The last run's full result (for scripts that want the arrays), or null before run(). */
	public SimulationResult result() {
		return result;
	}
}
