package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.loligo.analysis.sweep.Axis;
import org.loligo.analysis.sweep.PointResult;
import org.loligo.analysis.sweep.SweepExecutor;
import org.loligo.analysis.sweep.SweepExecutors;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.io.Csv;
import org.loligo.io.SweepOutputs;
import org.loligo.scijava.headless.ConsoleLog;
import org.loligo.scijava.headless.ModuleItems;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.log.Logger;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Runs a Loligo command over a grid of one or two of its parameters, each point with its own seed
 * derived from the master seed and the point's index, on threads or on Apache Spark, with the same
 * results whichever executor and however many threads, partitions or executors.
 * Parameter names are part of the platform contract.
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "command='Simulate HH Neuron',parameters='duration=50',axes='current=0:20:10',seed=1,outputDirectory=results/sweep"), menuPath = "Plugins>Loligo>Parameter Sweep", headless = true,
	label = "Parameter Sweep", description =
		"Runs a command over a grid of one or two parameters (threads or Spark): sweep.csv, plots, heatmaps")
public class ParameterSweep extends ContextCommand {

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private LogService log;

	// NB: persist = false everywhere (see ModelCommand).

	@Parameter(persist = false, label = "Command", description =
		"The Loligo command to sweep: menu label (e.g. Stochastic HH Ensemble) or class name")
	private String command = "";

	@Parameter(persist = false, label = "Fixed parameters", required = false, description =
		"The command's fixed parameters, key=value,... as on the command line, e.g. 'trials=100,duration=1000'")
	private String parameters = "";

	@Parameter(persist = false, label = "Axes", description = "One or two swept parameters separated by ';', each " +
		"name=start:stop:step (stop included) or name=[v1 v2 ...], e.g. 'current=0:20:1; noiseSigma=[0 1 2 4]'")
	private String axes = "";

	@Parameter(persist = false, label = "Seed", description =
		"Master seed; each point's seed derives from it and the point's index; 0 = pick one (recorded)")
	private long seed = 0;

	@Parameter(persist = false, label = "Executor", choices = { "threads", "spark" }, description =
		"threads: points on this machine's threads; spark: points as Spark tasks (needs the loligo-spark module)")
	private String executor = "threads";

	@Parameter(persist = false, label = "Spark master", required = false, description =
		"With executor=spark: local[2], local-cluster[2,1,1024], spark://host:7077, ...; empty = spark-submit's " +
			"master, else local[*]")
	private String sparkMaster = "";

	@Parameter(persist = false, label = "Threads", min = "0", description =
		"With executor=threads: points run at once; 0 = all cores (each point runs on one thread)")
	private int threads = 0;

	@Parameter(persist = false, label = "Most points", min = "1", description =
		"Grids with more points are refused before any runs, unless force is set")
	private int maxPoints = 10000;

	@Parameter(persist = false, label = "Force", description = "Run grids larger than maxPoints")
	private boolean force = false;

	@Parameter(persist = false, label = "Plotted outputs", required = false, description =
		"Outputs to plot, e.g. 'meanRateHz isiCv'; empty = every numeric output")
	private String plotOutputs = "";

	@Parameter(persist = false, label = "Keep each point's files", description =
		"Each point writes its own files under points/<index>/ (on Spark: a folder every executor reaches)")
	private boolean keepPointOutputs = false;

	@Parameter(persist = false, label = "Output directory", required = false, style = "directory", description =
		"If set: sweep.csv, sweep.png (one axis) or <output>.tif/.png heatmaps (two axes), summary.json")
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT, label = "Points run")
	private int points;

	private List<PointResult> results;

	@Override
	public void run() {
		final long t0 = System.nanoTime();
		if (keepPointOutputs && outputDirectory == null) throw new IllegalArgumentException("keepPointOutputs: set " +
			"outputDirectory too; each point writes under <outputDirectory>/points/<index>/");
		final long master = RandomStreams.resolveSeed(seed);
		// NB: planned (so every axis and point checked) before the output directory is opened, so that a
		// refused sweep leaves nothing behind; planned again with the run's staging folder for point outputs.
		SweepPlanner.Plan plan = SweepPlanner.plan(getContext(), command, parameters, axes, master, maxPoints, force,
			plotOutputs, null);
		final SweepExecutor ex = SweepExecutors.byName(executor);
		if (!ex.name().equals("spark") && sparkMaster != null && !sparkMaster.isBlank())
			throw new IllegalArgumentException("sparkMaster: only executor=spark uses it; leave it out or set executor=spark");
		final Path out = CommandSupport.outputDirectory(outputDirectory);
		if (keepPointOutputs) plan = SweepPlanner.plan(getContext(), command, parameters, axes, master, maxPoints, force,
			plotOutputs, out.resolve("points"));
		final int total = plan.grid().size();
		// NB: points run in a context of their own without UI or status services (CommandPoints.shared), on
		// threads as on Spark: in Fiji, each point's command would otherwise open its windows.
		final Logger lines = log == null ? null : log.subLogger(ConsoleLog.STATUS, LogLevel.INFO);
		final List<Axis> axisList = plan.grid().axes();
		final List<PointResult> r = ex.run(plan.grid().points(), plan.runner(), new SweepExecutor.Options(threads,
			sparkMaster, "Loligo sweep of " + ModuleItems.moduleName(plan.info()), p -> {
				if (lines != null) lines.info(statusLine(p, total, axisList));
			}), CommandSupport.listener(status, this, "Sweep: " + total + " points"));
		for (final PointResult p : r)
			if (p.isFailure()) throw new IllegalStateException(p.failure());
		results = r;
		points = r.size();
		if (out != null) write(out, plan, r, (System.nanoTime() - t0) * 1e-9);
	}

	private void write(final Path out, final SweepPlanner.Plan plan, final List<PointResult> r,
		final double wallSeconds)
	{
		final List<String> outputs = outputNames(r);
		final Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("swept_command_class", plan.info().getClassName());
		summary.put("grid_points", plan.grid().size());
		summary.put("points_run", r.size());
		summary.put("columns", SweepOutputs.header(plan.grid().axes(), outputs));
		summary.put("point_seed", "seed(index) = splitmix64(splitmix64(seed) + (index + 1) * 0x9E3779B97F4A7C15) " +
			"& Long.MAX_VALUE (0 -> 1); index = i0 * n1 + i1");
		summary.put("partial", r.size() < plan.grid().size());
		final Map<String, Object> params = CommandSupport.parameters(this);
		params.remove("seed"); // the master seed follows as "seed"
		// NB: "command" is the summary's own key (this command); the swept one goes under its own name.
		params.put("swept_command", params.remove("command"));
		try {
			SweepOutputs.write(out, plan.grid(), r, outputs, plan.plotted(), plan.labels(), ModuleItems.moduleName(plan
				.info()), params, wallSeconds, summary);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write results to " + out + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A finished point for the console: {@code point 12 of 357 (current=4, noiseSigma=1.5): done in 1.23 s},
	 * or {@code …: failed after 0.2 s: <the command's message>}.
	 */
	static String statusLine(final PointResult p, final int total, final List<Axis> axes) {
		final StringBuilder sb = new StringBuilder("point ").append(p.point().index()).append(" of ").append(total)
			.append(" (");
		for (int a = 0; a < axes.size(); a++)
			sb.append(a > 0 ? ", " : "").append(axes.get(a).name()).append('=').append(Csv.formatDouble(p.point()
				.values()[a]));
		sb.append("): ").append(p.isFailure() ? "failed after " : "done in ").append(String.format(Locale.ROOT, "%.3g s",
			p.seconds()));
		if (p.isFailure()) sb.append(": ").append(p.failure());
		return sb.toString();
	}

	/** The scalar outputs the points gave, in the command's order. */
	private static List<String> outputNames(final List<PointResult> r) {
		final List<String> names = new ArrayList<>();
		for (final PointResult p : r)
			for (final String k : p.outputs().keySet())
				if (!names.contains(k)) names.add(k);
		return names;
	}

	/** The last run's results in index order, or null before run(). */
	public List<PointResult> results() {
		return results;
	}
}
