package org.loligo.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.loligo.engine.network.Connectivity;
import org.loligo.engine.network.NetworkResult;
import org.loligo.engine.record.Traces;
import org.loligo.engine.sim.SimulationResult;

/**
 * Files and figures of a network run: those of a population run ({@code spikes.csv}, {@code traces.csv},
 * {@code traces.png}; see {@link SimulationOutputs}), plus {@code synaptic.csv}
 * ({@code time_ms,g_syn_0,I_syn_0,g_syn_1,…}: total synaptic conductance onto each recorded neuron in
 * mS/cm² and the synaptic current into it in µA/cm², positive depolarising) and {@code raster.png}
 * (every spike of every neuron), and {@code weights.tif} ({@link #writeWeights}). Every file is written
 * atomically.
 */
public final class NetworkOutputs {

	private NetworkOutputs() {}

	/** Writes every file into {@code dir}, titling the figures {@code title}. */
	/**
	 * Writes every file of the run into dir, {@code weights.tif} from {@code weights} (when the network is
	 * small enough), then {@code summary.json} with the command's parameters and the run's results.
	 */
	public static void write(final Path dir, final NetworkResult r, final String command, final String title,
		final Map<String, Object> parameters, final Supplier<Connectivity> weights) throws IOException
	{
		write(dir, r, title);
		final Map<String, Object> results = new java.util.LinkedHashMap<>();
		results.put("weights_image", writeWeights(dir, r.population().spec().neurons(), weights));
		results.putAll(results(r));
		SummaryJson.writeRun(dir, command, parameters, r.population().seed(), r.population().wallSeconds(), results);
	}

	/**
	 * The estimated sizes of a network run's files ({@link OutputSizes}): those of its population
	 * ({@link SimulationOutputs#sizes}) and {@code synaptic.csv} (samples × (1 + 2 × recorded neurons)).
	 */
	public static OutputSizes sizes(final org.loligo.engine.sim.SimulationSpec population) {
		final OutputSizes s = SimulationOutputs.sizes(population);
		final int nRec = population.record().neurons().length;
		final long steps = population.steps();
		final double dt = population.dt();
		if (nRec > 0) s.csv("synaptic.csv", "recordInterval", population.record().interval(), true, x -> steps / Math
			.max(1, Math.round(x / dt)) + 1, x -> 1 + 2L * nRec);
		return s;
	}

	public static void write(final Path dir, final NetworkResult r, final String title) throws IOException {
		final SimulationResult p = r.population();
		SimulationOutputs.writeSpikes(dir.resolve("spikes.csv"), p);
		final Traces tr = p.traces();
		if (tr.neurons().length > 0) {
			SimulationOutputs.writeTraces(dir.resolve("traces.csv"), tr);
			Plots.writePng(dir.resolve("traces.png"), traceFigure(title, r));
			writeSynaptic(dir.resolve("synaptic.csv"), r);
		}
		final double tMax = p.completed() > 0 ? p.completed() : p.spec().duration();
		final int n = p.spec().neurons();
		Plots.writePng(dir.resolve("raster.png"), Rasters.figure(title, "neuron", p.spikeTimes(), p.spikeNeurons(),
			tMax, Rasters.one("neurons", n, RASTER_NEURONS), 900, Math.min(500, Math.max(100, 30 * Math.min(n,
				RASTER_NEURONS)))));
	}

	/** Neurons drawn in raster.png; the rate panel counts all. */
	public static final int RASTER_NEURONS = 400;

	/** weights.tif is written up to this many neurons (n² float pixels: 16 MB). */
	public static final int MAX_WEIGHT_IMAGE_NEURONS = 2048;

	/**
	 * Writes {@code weights.tif} ({@link WeightImages#write(Path, Connectivity, String)}) of the
	 * connections {@code weights} gives, if there are at most {@value #MAX_WEIGHT_IMAGE_NEURONS} neurons;
	 * returns what {@code summary.json} says about it ({@code weights_image}).
	 */
	public static String writeWeights(final Path dir, final int neurons, final Supplier<Connectivity> weights)
		throws IOException
	{
		if (neurons > MAX_WEIGHT_IMAGE_NEURONS) return "not written: more than " + MAX_WEIGHT_IMAGE_NEURONS +
			" neurons (" + MAX_WEIGHT_IMAGE_NEURONS + "² floats = 16 MB at most)";
		WeightImages.write(dir.resolve("weights.tif"), weights.get(), "weights before coupling, x = presynaptic, " +
			"y = postsynaptic neuron");
		return "weights.tif";
	}

	/**
	 * The scalar results for {@code summary.json}: {@code spike_count}, {@code firing_rate_hz},
	 * {@code synapses}, {@code connections}, {@code synchrony} (NaN, written as null, with fewer than two
	 * recorded neurons), {@code spike_rule}, {@code completed_ms}, {@code partial}.
	 */
	public static Map<String, Object> results(final NetworkResult r) {
		final Map<String, Object> results = new LinkedHashMap<>();
		results.put("spike_count", r.population().spikeCount());
		results.put("firing_rate_hz", r.population().firingRateHz());
		results.put("synapses", r.synapse());
		results.put("connections", r.connections());
		results.put("synchrony", r.synchrony());
		results.put("spike_rule", r.population().spikeRule());
		results.put("completed_ms", r.population().completed());
		results.put("partial", r.population().partial());
		return results;
	}

	/** The population's trace figure with a last panel of the synaptic conductances (as many neurons). */
	public static BufferedImage traceFigure(final String title, final NetworkResult r) {
		final Traces tr = r.population().traces();
		final List<Plots.Panel> panels = new ArrayList<>(SimulationOutputs.tracePanels(tr));
		final int shown = Math.min(SimulationOutputs.PLOTTED_NEURONS, tr.neurons().length);
		panels.add(new Plots.Panel("g_syn (mS/cm²)", SimulationOutputs.perNeuron(tr, shown, q -> r
			.synapticConductance()[q])));
		final List<FigureHeader.Entry> legend = SimulationOutputs.neuronLegend(tr);
		return Plots.stacked(title, legend.isEmpty() ? null : legend, SimulationOutputs.drawnNote(tr), "t (ms)", tr
			.time(), panels, 900, SimulationOutputs.panelHeight(panels.size()));
	}

	/** {@code time_ms}, then {@code g_syn_i,I_syn_i} per recorded neuron i. */
	public static void writeSynaptic(final Path file, final NetworkResult r) throws IOException {
		final Traces tr = r.population().traces();
		final int nRec = tr.neurons().length;
		final String[] header = new String[1 + 2 * nRec];
		final double[][] cols = new double[2 * nRec][];
		header[0] = "time_ms";
		for (int q = 0; q < nRec; q++) {
			header[1 + 2 * q] = "g_syn_" + tr.neurons()[q];
			header[2 + 2 * q] = "I_syn_" + tr.neurons()[q];
			cols[2 * q] = r.synapticConductance()[q];
			cols[2 * q + 1] = r.synapticCurrent()[q];
		}
		final double[] time = tr.time();
		Csv.write(file, header, time.length, (k, sb) -> {
			Csv.appendDouble(sb, time[k]);
			for (final double[] col : cols)
				Csv.appendDouble(sb.append(','), col[k]);
		});
	}
}
