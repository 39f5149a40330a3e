package org.loligo.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.record.Traces;
import org.loligo.engine.sim.SimulationResult;

/**
 * Files and figures of a population run: {@code spikes.csv} ({@code neuron,time_ms}),
 * {@code traces.csv} ({@code time_ms,V_0,m_0,h_0,n_0,I_Na_0,I_K_0,I_L_0,V_1,...}) and {@code traces.png}
 * (V, gates and ionic currents of the first recorded neurons, stacked). Every file is written
 * atomically.
 */
public final class SimulationOutputs {

	/**
	 * Neurons drawn in the trace figure, each in its own colour of the palette; the CSV keeps all recorded
	 * ones, and the figure says so when it draws fewer.
	 */
	public static final int PLOTTED_NEURONS = 6;

	private SimulationOutputs() {}

	/**
	 * The estimated sizes of a population run's files ({@link OutputSizes}): {@code traces.csv} (samples ×
	 * (1 + recorded neurons × variables)) and, with a band, {@code band.csv} (samples × 3), both shrunk by
	 * a longer recordInterval.
	 */
	public static OutputSizes sizes(final org.loligo.engine.sim.SimulationSpec spec) {
		final org.loligo.engine.record.RecordSpec rec = spec.record();
		final long steps = spec.steps();
		final double dt = spec.dt();
		final long values = (long) rec.neurons().length * rec.variables().size();
		final java.util.function.DoubleToLongFunction rows = x -> steps / Math.max(1, Math.round(x / dt)) + 1;
		final OutputSizes s = OutputSizes.builder();
		if (values > 0) s.csv("traces.csv", "recordInterval", rec.interval(), true, rows, x -> 1 + values);
		if (rec.band()) s.csv("band.csv", "recordInterval", rec.interval(), true, rows, x -> 3);
		return s;
	}

	/** {@code neuron,time_ms}, one row per spike in detection order. */
	public static void writeSpikes(final Path file, final SimulationResult r) throws IOException {
		writeSpikes(file, r, "neuron");
	}

	/** {@code <idColumn>,time_ms} (e.g. {@code trial,time_ms}), one row per spike in detection order. */
	public static void writeSpikes(final Path file, final SimulationResult r, final String idColumn)
		throws IOException
	{
		final int[] ns = r.spikeNeurons();
		final double[] ts = r.spikeTimes();
		Csv.write(file, new String[] { idColumn, "time_ms" }, ns.length, (k, sb) -> Csv.appendDouble(sb.append(
			ns[k]).append(','), ts[k]));
	}

	/** One column per recorded variable and neuron, grouped by neuron, after {@code time_ms}. */
	public static void writeTraces(final Path file, final Traces tr) throws IOException {
		final int nRec = tr.neurons().length;
		final List<TraceVariable> vars = tr.variables();
		final String[] header = new String[1 + nRec * vars.size()];
		final double[][] cols = new double[header.length - 1][];
		header[0] = "time_ms";
		int c = 0;
		for (int r = 0; r < nRec; r++)
			for (final TraceVariable v : vars) {
				header[1 + c] = tr.column(v, r);
				cols[c++] = tr.series(v, r);
			}
		final double[] time = tr.time();
		Csv.write(file, header, time.length, (k, sb) -> {
			Csv.appendDouble(sb, time[k]);
			for (final double[] col : cols)
				Csv.appendDouble(sb.append(','), col[k]);
		});
	}

	/**
	 * The panels of the trace figure. One neuron: V, then its gates, then its ionic currents (those
	 * recorded), each curve in its own colour. Several: one panel per variable (V, m, h, n, I_Na, …) with
	 * one curve per drawn neuron, neuron {@code q} in colour {@code q} ({@link #neuronLegend}).
	 */
	public static List<Plots.Panel> tracePanels(final Traces tr) {
		final int shown = Math.min(PLOTTED_NEURONS, tr.neurons().length);
		final List<Plots.Panel> panels = new ArrayList<>();
		if (shown > 1) {
			for (final TraceVariable v : tr.variables())
				panels.add(new Plots.Panel(v.column() + " (" + (v.unit().isEmpty() ? "1" : v.unit()) + ")", perNeuron(tr, shown, r -> tr.series(v,
					r))));
			return panels;
		}
		addPanel(panels, tr, shown, "V (mV)", of(tr, TraceVariable.Kind.VOLTAGE));
		addPanel(panels, tr, shown, "gates (1)", of(tr, TraceVariable.Kind.GATE));
		addPanel(panels, tr, shown, "I (µA/cm²)", of(tr, TraceVariable.Kind.CURRENT));
		return panels;
	}

	/** One series per drawn neuron, labelled "neuron i" and coloured by its place. */
	public static List<Plots.Series> perNeuron(final Traces tr, final int shown,
		final java.util.function.IntFunction<double[]> values)
	{
		final List<Plots.Series> series = new ArrayList<>();
		for (int r = 0; r < shown; r++)
			series.add(new Plots.Series("neuron " + tr.neurons()[r], values.apply(r), Plots.color(r)));
		return series;
	}

	/** The header legend of a several-neuron figure: one swatch per drawn neuron (none for one neuron). */
	public static List<FigureHeader.Entry> neuronLegend(final Traces tr) {
		final int shown = Math.min(PLOTTED_NEURONS, tr.neurons().length);
		final List<FigureHeader.Entry> legend = new ArrayList<>();
		if (shown > 1) for (int r = 0; r < shown; r++)
			legend.add(new FigureHeader.Entry("neuron " + tr.neurons()[r], Plots.color(r), FigureHeader.Mark.LINE));
		return legend;
	}

	/** "neurons 0–5 drawn of 10 recorded (traces.csv has all)" when not all are drawn, else null. */
	public static String drawnNote(final Traces tr) {
		final int n = tr.neurons().length;
		if (n <= PLOTTED_NEURONS) return null;
		return "neurons " + tr.neurons()[0] + "–" + tr.neurons()[PLOTTED_NEURONS - 1] + " drawn of " + n +
			" recorded (traces.csv has all)";
	}

	/** Frame-and-margins height of each panel: smaller when there are many panels. */
	public static int panelHeight(final int panels) {
		return panels <= 3 ? 260 : panels <= 5 ? 190 : 150;
	}

	/** The recorded variables of one kind, in recording order (m, h, n; I_Na, I_K, I_L for HH). */
	private static TraceVariable[] of(final Traces tr, final TraceVariable.Kind kind) {
		return tr.variables().stream().filter(x -> x.kind() == kind).toArray(TraceVariable[]::new);
	}

	/** The stacked trace figure, or null when nothing was recorded. */
	public static BufferedImage traceFigure(final String title, final Traces tr) {
		final List<Plots.Panel> panels = tracePanels(tr);
		if (panels.isEmpty()) return null;
		final List<FigureHeader.Entry> legend = neuronLegend(tr);
		return Plots.stacked(title, legend.isEmpty() ? null : legend, drawnNote(tr), "t (ms)", tr.time(), panels,
			900, panelHeight(panels.size()));
	}

	private static void addPanel(final List<Plots.Panel> panels, final Traces tr, final int shown,
		final String yLabel, final TraceVariable... vars)
	{
		final List<Plots.Series> series = new ArrayList<>();
		for (int r = 0; r < shown; r++)
			for (final TraceVariable v : vars)
				if (tr.variables().contains(v)) series.add(new Plots.Series(tr.column(v, r), tr.series(v, r), null));
		if (!series.isEmpty()) panels.add(new Plots.Panel(yLabel, series));
	}

	/**
	 * Writes a population run's files into out — {@code spikes.csv}, and when traces were kept
	 * {@code traces.csv} and {@code traces.png} (titled {@code title}) — then {@code summary.json} with the
	 * command's parameters and the run's results (spike count, rate, spike rule, completed time, partial).
	 */
	public static void write(final Path out, final SimulationResult r, final String command, final String title,
		final java.util.Map<String, Object> parameters) throws IOException
	{
		writeSpikes(out.resolve("spikes.csv"), r);
		if (r.traces().neurons().length > 0) {
			writeTraces(out.resolve("traces.csv"), r.traces());
			Plots.writePng(out.resolve("traces.png"), traceFigure(title, r.traces()));
		}
		final java.util.Map<String, Object> results = new java.util.LinkedHashMap<>();
		results.put("spike_count", r.spikeCount());
		results.put("firing_rate_hz", r.firingRateHz());
		results.put("spike_rule", r.spikeRule());
		results.put("completed_ms", r.completed());
		results.put("partial", r.partial());
		SummaryJson.writeRun(out, command, parameters, r.seed(), r.wallSeconds(), results);
	}
}
