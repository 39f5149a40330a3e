package org.loligo.scijava;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.loligo.analysis.sweep.Axis;
import org.loligo.analysis.sweep.SweepGrid;
import org.loligo.io.Csv;
import org.loligo.scijava.headless.CommandFinder;
import org.loligo.scijava.headless.InputConverter;
import org.loligo.scijava.headless.ModuleItems;
import org.loligo.scijava.headless.ParameterString;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Checks a sweep against the command it sweeps, before any point runs, and builds its grid and point
 * runner: the command exists; the fixed parameters are its parameters and convert; each axis names a
 * numeric parameter and every value on it is accepted (type, integer, range); the plotted outputs are
 * numeric outputs of the command; the grid is within the point limit. Every refusal names the
 * parameter or the axis.
 */
final class SweepPlanner {

	/** What a checked sweep runs. */
	record Plan(CommandInfo info, SweepGrid grid, CommandPoints runner, List<String> plotted,
		Map<String, String> labels) {}

	private SweepPlanner() {}

	static Plan plan(final Context context, final String command, final String parameters, final String axes,
		final long masterSeed, final int maxPoints, final boolean force, final String plotOutputs,
		final Path pointsDirectory)
	{
		final CommandInfo info = new CommandFinder(context.service(CommandService.class)).find(command == null ? ""
			: command);
		if (info.getClassName().equals(ParameterSweep.class.getName())) throw new IllegalArgumentException(
			"command: a sweep cannot sweep the Parameter Sweep itself");
		final File cwd = new File(System.getProperty("user.dir"));
		final InputConverter converter = new InputConverter(context.service(ConvertService.class), cwd);
		final Map<String, String> fixed = ParameterString.parse(parameters == null ? "" : parameters);
		try {
			converter.convert(info, fixed); // unknown names and bad values, naming the parameter
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException("parameters: " + e.getMessage());
		}
		final List<String> names = InputConverter.userInputNames(info);
		if (fixed.containsKey("seed")) throw new IllegalArgumentException("parameters: leave seed out; each point " +
			"gets its own seed derived from the sweep's seed");
		if (pointsDirectory != null && fixed.containsKey("outputDirectory")) throw new IllegalArgumentException(
			"parameters: leave outputDirectory out with keepPointOutputs=true; each point writes to points/<index>/");
		if (pointsDirectory != null && !names.contains("outputDirectory")) throw new IllegalArgumentException(
			"keepPointOutputs: " + ModuleItems.moduleName(info) + " writes no files (it has no outputDirectory)");
		if (maxPoints < 1) throw new IllegalArgumentException("maxPoints must be >= 1, got " + maxPoints);
		final List<Axis> list = SweepGrid.parseAxes(axes, force ? Integer.MAX_VALUE : maxPoints);
		final String[] axisNames = new String[list.size()];
		for (int a = 0; a < list.size(); a++) {
			final Axis axis = list.get(a);
			checkAxis(info, names, converter, axis);
			if (fixed.containsKey(axis.name())) throw new IllegalArgumentException("axes: axis '" + axis.name() +
				"' is also a fixed parameter; give it in one place");
			axisNames[a] = axis.name();
		}
		final SweepGrid grid = new SweepGrid(list, masterSeed);
		final boolean oneThread = names.contains("threads") && !fixed.containsKey("threads") && !List.of(axisNames)
			.contains("threads");
		final CommandPoints runner = new CommandPoints(info.getClassName(), fixed, axisNames, names.contains("seed"),
			oneThread, pointsDirectory == null ? null : pointsDirectory.toString(), cwd.getAbsolutePath());
		return new Plan(info, grid, runner, plotted(info, plotOutputs), labels(info, list));
	}

	private static void checkAxis(final CommandInfo info, final List<String> names, final InputConverter converter,
		final Axis axis)
	{
		final String name = axis.name();
		if (name.equals("seed")) throw new IllegalArgumentException("axes: axis 'seed': seeds are derived per " +
			"point; sweep another parameter");
		if (!names.contains(name)) throw new IllegalArgumentException("axes: axis '" + name + "': " + ModuleItems
			.moduleName(info) + " has no parameter '" + name + "'; its parameters: " + String.join(", ", names));
		final ModuleItem<?> item = info.getInput(name);
		if (!Number.class.isAssignableFrom(Types.box(item.getType()))) throw new IllegalArgumentException(
			"axes: axis '" + name + "': the parameter is not numeric (" + ModuleItems.typeName(item) + ")");
		for (final double v : axis.values()) {
			try {
				converter.convert(item, Csv.formatDouble(v));
			}
			catch (final IllegalArgumentException e) {
				throw new IllegalArgumentException("axes: axis '" + name + "': " + e.getMessage());
			}
		}
	}

	/**
	 * How the figures name the axes and outputs: {@code name (unit)} with the unit the command's label gives
	 * in brackets ({@code current (µA/cm²)}, {@code meanRateHz (Hz)}), else the name alone.
	 */
	static Map<String, String> labels(final CommandInfo info, final List<Axis> axes) {
		final Map<String, String> out = new java.util.LinkedHashMap<>();
		for (final Axis a : axes)
			out.put(a.name(), withUnit(a.name(), info.getInput(a.name()).getLabel()));
		for (final ModuleItem<?> o : info.outputs())
			out.put(o.getName(), withUnit(o.getName(), o.getLabel()));
		return out;
	}

	/**
	 * {@code name (unit)} for a label that ends in {@code (unit)}; the name alone otherwise, and when the
	 * bracket gives a unit per option ({@code (white: …; ou: …)}: noiseSigma's depends on the noise).
	 */
	static String withUnit(final String name, final String label) {
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*$").matcher(label == null ?
			"" : label);
		return m.find() && !m.group(1).contains(";") ? name + " (" + m.group(1).trim() + ")" : name;
	}

	/** The outputs to plot: those named (comma or space separated), or every numeric output when blank. */
	private static List<String> plotted(final CommandInfo info, final String plotOutputs) {
		final List<String> numeric = new ArrayList<>();
		for (final ModuleItem<?> o : info.outputs())
			if (Number.class.isAssignableFrom(Types.box(o.getType()))) numeric.add(o.getName());
		if (plotOutputs == null || plotOutputs.isBlank()) return numeric;
		final List<String> out = new ArrayList<>();
		for (final String s : plotOutputs.trim().replaceAll("^\\[|\\]$", "").split("[\\s,]+")) {
			if (!numeric.contains(s)) throw new IllegalArgumentException("plotOutputs: '" + s + "' is not a numeric " +
				"output of " + ModuleItems.moduleName(info) + "; its numeric outputs: " + String.join(", ", numeric));
			out.add(s);
		}
		return out;
	}
}
