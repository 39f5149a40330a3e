package org.loligo.io;

import ij.gui.Plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.poisson.InputEvents;
import org.loligo.engine.poisson.PoissonResult;
import org.loligo.engine.poisson.PoissonTrace;
import org.loligo.engine.poisson.SynapseSpec;

/**
 * Files and figure of "Poisson-Driven HH Neuron", all written atomically through {@code org.loligo.io}:
 * <ul>
 * <li>{@code spikes.csv}: {@code trial,time_ms}, trials in order, times ascending;</li>
 * <li>{@code traces.csv} (trial 0): {@code time_ms,V,m,h,n,I_Na,I_K,I_L,exc_count,inh_count} (mV, gates,
 * µA/cm², transmitted inputs since the previous row), plus {@code g_exc,g_inh} (mS/cm²) with
 * conductance synapses;</li>
 * <li>{@code inputs.csv} (explicit mode, trial 0): {@code input,type,time_ms,released}, every
 * presynaptic spike, {@code type} exc or inh, {@code released} 1 if transmitted;</li>
 * <li>{@code trace.png}: V of trial 0; below it the input counts (superposed) or the input raster
 * (explicit, at most {@link #RASTER_INPUTS} inputs shown); then gates and ionic currents.</li>
 * </ul>
 */
public final class PoissonOutputs {

	/** Inputs drawn in the raster (kept in the E/I proportion); inputs.csv has all of them. */
	static final int RASTER_INPUTS = 500;

	private static final int WIDTH = 900, PANEL = 240;

	private PoissonOutputs() {}

	/**
	 * Writes every file of the run into out, then {@code summary.json} with the command's parameters and
	 * scalar results.
	 */
	public static void write(final Path out, final PoissonResult r, final String command,
		final java.util.Map<String, Object> parameters, final java.util.Map<String, Object> results)
		throws IOException
	{
		write(out, r);
		SummaryJson.writeRun(out, command, parameters, r.seed(), r.wallSeconds(), results);
	}

	static void write(final Path out, final PoissonResult r) throws IOException {
		final double[][] sp = r.spikeTimes();
		final int[] trialOf = new int[r.spikeCount()];
		final double[] times = new double[trialOf.length];
		int c = 0;
		for (int k = 0; k < sp.length; k++)
			for (final double t : sp[k]) {
				trialOf[c] = k;
				times[c++] = t;
			}
		Csv.write(out.resolve("spikes.csv"), new String[] { "trial", "time_ms" }, times.length, (k, sb) -> Csv
			.appendDouble(sb.append(trialOf[k]).append(','), times[k]));
		if (r.trace() != null) {
			writeTraces(out.resolve("traces.csv"), r);
			Plots.writePng(out.resolve("trace.png"), figure(r));
		}
		final InputEvents ev = r.inputs();
		if (ev != null) Csv.write(out.resolve("inputs.csv"), new String[] { "input", "type", "time_ms", "released" }, ev
			.size(), (k, sb) -> Csv.appendDouble(sb.append(ev.input(k)).append(ev.excitatory(k) ? ",exc," : ",inh,"), ev
				.time(k)).append(ev.released(k) ? ",1" : ",0"));
	}

	/**
	 * The estimated sizes of the run's files ({@link OutputSizes}): {@code traces.csv} of trial 0 (samples ×
	 * (1 + the model's variables + 2 counts (+ 2 conductances))) and, in explicit mode, {@code inputs.csv}
	 * (the expected input spikes of trial 0, (excitatory + inhibitory) × inputRate × duration, × 4 values).
	 */
	public static OutputSizes sizes(final org.loligo.engine.poisson.PoissonSpec spec) {
		final long steps = spec.steps();
		final double dt = spec.dt();
		final long columns = 3 + TraceVariable.allOf(spec.model()).size() + (spec.synapse().kind() == SynapseSpec.Kind
			.CONDUCTANCE ? 2 : 0);
		final OutputSizes s = OutputSizes.builder().csv("traces.csv", "recordInterval", spec.recordInterval(), true,
			x -> steps / Math.max(1, Math.round(x / dt)) + 1, x -> columns);
		final org.loligo.engine.poisson.PoissonInput in = spec.input();
		if (in.mode() == org.loligo.engine.poisson.PoissonInput.Mode.EXPLICIT) s.csv("inputs.csv", "duration", spec
			.duration(), false, x -> (long) Math.ceil((in.excitatoryInputs() + (double) in.inhibitoryInputs()) * in
				.inputRate() * x / 1000), x -> 4);
		return s;
	}

	private static void writeTraces(final Path file, final PoissonResult r) throws IOException {
		final PoissonTrace tr = r.trace();
		final NeuronModel model = r.spec().model();
		final boolean cond = r.spec().synapse().kind() == SynapseSpec.Kind.CONDUCTANCE;
		final List<TraceVariable> vars = TraceVariable.allOf(model);
		final List<String> header = new ArrayList<>(List.of("time_ms"));
		final List<double[]> series = new ArrayList<>(List.of(tr.time()));
		for (final TraceVariable x : vars) {
			header.add(x.column());
			series.add(tr.series(model, x));
		}
		header.addAll(List.of("exc_count", "inh_count"));
		if (cond) header.addAll(List.of("g_exc", "g_inh"));
		final double[][] cols = series.toArray(double[][]::new);
		Csv.write(file, header.toArray(String[]::new), tr.length(), (k, sb) -> {
			Csv.appendDouble(sb, cols[0][k]);
			for (int q = 1; q < cols.length; q++)
				Csv.appendDouble(sb.append(','), cols[q][k]);
			sb.append(',').append(tr.excCount()[k]).append(',').append(tr.inhCount()[k]);
			if (cond) Csv.appendDouble(Csv.appendDouble(sb.append(','), tr.gExc()[k]).append(','), tr.gInh()[k]);
		});
	}

	/** Panels: V; input counts (superposed only); gates; ionic currents. */
	private static List<Plots.Panel> panels(final PoissonResult r, final boolean counts) {
		final PoissonTrace tr = r.trace();
		final NeuronModel model = r.spec().model();
		final List<Plots.Panel> out = new ArrayList<>();
		out.add(new Plots.Panel("V (mV)", List.of(new Plots.Series("V", tr.v(), null))));
		if (counts) out.add(new Plots.Panel("inputs per " + r.spec().stride() * r.spec().dt() + " ms", List.of(
			new Plots.Series("exc", toDouble(tr.excCount()), Plots.color(2)), new Plots.Series("inh", toDouble(tr
				.inhCount()), Plots.color(1)))));
		final List<Plots.Series> gates = new ArrayList<>(), currents = new ArrayList<>();
		for (final TraceVariable x : TraceVariable.allOf(model))
			if (x.kind() == TraceVariable.Kind.GATE) gates.add(new Plots.Series(x.column(), tr.series(model, x), null));
			else if (x.kind() == TraceVariable.Kind.CURRENT) currents.add(new Plots.Series(x.column(), tr.series(model,
				x), null));
		out.add(new Plots.Panel("gates", gates));
		out.add(new Plots.Panel("I (µA/cm²)", currents));
		return out;
	}

	static BufferedImage figure(final PoissonResult r) {
		final PoissonTrace tr = r.trace();
		final String title = String.format("%s, %d exc + %d inh inputs at %s Hz, p = %s, %s, trial 0", r.spec()
			.model().name(), r.spec().input().excitatoryInputs(), r.spec().input().inhibitoryInputs(), r.spec().input()
				.inputRate(), r.spec().input().releaseProbability(), r.spec().synapse().kind().label());
		final InputEvents ev = r.inputs();
		if (ev == null) return Plots.stacked(title, "t (ms)", tr.time(), panels(r, true), WIDTH, PANEL);
		final List<Plots.Panel> ps = panels(r, false);
		final BufferedImage top = Plots.stacked(title, "t (ms)", tr.time(), ps.subList(0, 1), WIDTH, PANEL);
		final BufferedImage bottom = Plots.stacked("gates and ionic currents", "t (ms)", tr.time(), ps.subList(1, ps
			.size()), WIDTH, PANEL);
		return below(top, raster(r, ev), bottom);
	}

	/** Raster of the presynaptic spikes of trial 0; with many inputs, the first ones of each group. */
	private static BufferedImage raster(final PoissonResult r, final InputEvents ev) {
		final int nE = r.spec().input().excitatoryInputs(), nI = r.spec().input().inhibitoryInputs();
		final int all = Math.max(1, nE + nI);
		final int showE = all <= RASTER_INPUTS ? nE : (int) Math.round((double) RASTER_INPUTS * nE / all);
		final int showI = all <= RASTER_INPUTS ? nI : Math.min(nI, RASTER_INPUTS - showE);
		final double[] t = new double[ev.size()];
		final int[] id = new int[ev.size()];
		for (int k = 0; k < ev.size(); k++) {
			t[k] = ev.time(k);
			id[k] = ev.input(k);
		}
		final List<Rasters.Group> groups = new ArrayList<>();
		if (nE > 0) groups.add(new Rasters.Group("excitatory inputs", 0, nE, Math.max(1, showE), Plots.color(2)));
		if (nI > 0) groups.add(new Rasters.Group("inhibitory inputs", nE, nI, Math.max(1, showI), Plots.color(1)));
		return Rasters.figure("input spikes, trial 0", "input", t, id, r.spec().simulatedTime(), groups, WIDTH,
			PANEL);
	}

	private static BufferedImage below(final BufferedImage... parts) {
		int w = 0, h = 0;
		for (final BufferedImage b : parts) {
			w = Math.max(w, b.getWidth());
			h += b.getHeight();
		}
		final BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		int y = 0;
		for (final BufferedImage b : parts) {
			g.drawImage(b, 0, y, null);
			y += b.getHeight();
		}
		g.dispose();
		return out;
	}

	private static double[] toDouble(final int[] x) {
		final double[] out = new double[x.length];
		for (int k = 0; k < x.length; k++)
			out[k] = x[k];
		return out;
	}

	/** The trace panels of trial 0 as ImageJ plots (Fiji shows them as windows). */
	public static List<Plot> plots(final String title, final PoissonResult r) {
		return Plots.panels(title, "t (ms)", r.trace().time(), panels(r, true));
	}
}
