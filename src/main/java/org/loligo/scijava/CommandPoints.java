package org.loligo.scijava;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.loligo.analysis.sweep.PointFailure;
import org.loligo.analysis.sweep.PointRunner;
import org.loligo.analysis.sweep.SweepPoint;
import org.loligo.io.Csv;
import org.loligo.scijava.headless.Errors;
import org.loligo.scijava.headless.HeadlessRunner;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.module.Module;

/**
 * Runs one point of a sweep as a run of a Loligo command: its fixed parameters, the point's axis values,
 * the point's seed as {@code seed}, {@code threads=1} (points run in parallel instead) unless the fixed
 * parameters say otherwise, and with kept outputs {@code outputDirectory=<points>/<index>}. The command
 * runs as the headless launcher runs it (same conversion and checks of every input), so a sweep row
 * equals a run of the command alone at that point with the point's seed.
 * <p>
 * Serialisable, to be shipped to Spark executors. Points run in one SciJava {@link Context} per JVM, made
 * on first use ({@link #shared()}; a context costs about a second to make), with the services a headless
 * run needs and no UI or status service: a point shows no window and no progress of its own, in Fiji
 * as on a cluster.
 */
public final class CommandPoints implements PointRunner {

	private static final long serialVersionUID = 1L;

	private static Context shared;

	private final String commandClass;
	private final LinkedHashMap<String, String> fixed;
	private final String[] axisNames;
	private final boolean seeded;
	private final boolean oneThread;
	private final String pointsDirectory;
	private final String workingDirectory;

	/**
	 * @param commandClass the command's class name
	 * @param fixed its fixed parameters, raw, as the launcher takes them
	 * @param axisNames the swept parameters, one per value of a point
	 * @param seeded whether the command has a {@code seed} parameter to take the point's seed
	 * @param oneThread whether to add {@code threads=1}
	 * @param pointsDirectory absolute folder for each point's own files ({@code <index>/} below it), or null
	 * @param workingDirectory against which relative paths in the parameters resolve
	 */
	public CommandPoints(final String commandClass, final Map<String, String> fixed, final String[] axisNames,
		final boolean seeded, final boolean oneThread, final String pointsDirectory, final String workingDirectory)
	{
		this.commandClass = commandClass;
		this.fixed = new LinkedHashMap<>(fixed);
		this.axisNames = axisNames.clone();
		this.seeded = seeded;
		this.oneThread = oneThread;
		this.pointsDirectory = pointsDirectory;
		this.workingDirectory = workingDirectory;
	}

	/** The raw inputs of point p, in the order: fixed, axes, seed, threads, outputDirectory. */
	public Map<String, String> inputs(final SweepPoint p) {
		final Map<String, String> raw = new LinkedHashMap<>(fixed);
		final double[] v = p.values();
		for (int a = 0; a < axisNames.length; a++)
			raw.put(axisNames[a], Csv.formatDouble(v[a]));
		if (seeded) raw.put("seed", Long.toString(p.seed()));
		if (oneThread) raw.put("threads", "1");
		if (pointsDirectory != null) raw.put("outputDirectory", new File(pointsDirectory, Integer.toString(p
			.index())).getPath());
		return raw;
	}

	@Override
	public Map<String, Object> run(final SweepPoint p) {
		final Map<String, String> raw = inputs(p);
		try {
			final Context c = shared();
			final CommandInfo info = c.service(CommandService.class).getCommand(commandClass);
			if (info == null) throw new IllegalStateException("command " + commandClass + " is not on this " +
				"machine's class path");
			final Module m = new HeadlessRunner(c, new File(workingDirectory)).run(info, raw);
			return new LinkedHashMap<>(HeadlessRunner.scalarOutputs(m));
		}
		catch (final CancellationException e) {
			throw new PointFailure(p.index(), describe(raw), "cancelled: " + e.getMessage());
		}
		catch (final RuntimeException e) {
			throw new PointFailure(p.index(), describe(raw), Errors.userMessage(e));
		}
	}

	private static String describe(final Map<String, String> raw) {
		final StringBuilder sb = new StringBuilder();
		raw.forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append('=').append(v));
		return sb.toString();
	}

	/** This JVM's context for points, made on first use with the services a headless run needs. */
	public static synchronized Context shared() {
		if (shared == null) {
			System.setProperty("java.awt.headless", "true");
			shared = new Context(CommandService.class, ConvertService.class, EventService.class, LogService.class);
		}
		return shared;
	}
}
