package org.loligo.scijava;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.io.OutputSizes;
import org.loligo.io.RunDirectory;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.Cancelable;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.SciJavaPlugin;
import org.scijava.service.Service;

/**
 * What every Loligo command does the same way: collect its parameters for {@code summary.json}, check
 * the output directory before any work, and map engine progress and cancellation onto SciJava
 * (io writes the summary: {@code SummaryJson.writeRun}).
 */
public final class CommandSupport {

	private CommandSupport() {}

	/**
	 * Every input parameter of a command (no services) with its current value, in SciJava's order:
	 * inherited parameters (a base command's, such as {@code model}) first, then each class's in
	 * declaration order.
	 */
	public static Map<String, Object> parameters(final Object command) {
		final Map<String, Object> out = new LinkedHashMap<>();
		final java.util.ArrayDeque<Class<?>> classes = new java.util.ArrayDeque<>();
		for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass())
			classes.push(c);
		for (final Class<?> c : classes)
			for (final Field f : c.getDeclaredFields())
				put(out, f, command);
		// The model's source (preset, or file with its SHA-256) and the temperature in °C it ran at.
		if (command instanceof ModelCommand mc) out.putAll(mc.modelProvenance());
		return out;
	}

	private static void put(final Map<String, Object> out, final Field f, final Object command) {
		final Parameter p = f.getAnnotation(Parameter.class);
		if (p == null || p.type() == ItemIO.OUTPUT || java.lang.reflect.Modifier.isStatic(f.getModifiers())) return;
		if (p.visibility() == org.scijava.ItemVisibility.MESSAGE) return; // a section header, not a parameter
		if (Service.class.isAssignableFrom(f.getType()) || SciJavaPlugin.class.isAssignableFrom(f.getType()) ||
			org.scijava.Context.class.isAssignableFrom(f.getType())) return;
		try {
			f.setAccessible(true);
			out.put(f.getName(), f.get(command));
		}
		catch (final IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * White current noise from a command's {@code noiseSigma} and optional {@code noiseSigmas} (one σ per
	 * neuron, e.g. {@code "[1 0 2]"} or {@code "1 0 2"}, which replaces noiseSigma), µA/cm²·ms^½.
	 *
	 * @throws IllegalArgumentException naming noiseSigmas for a non-number or a count other than neurons
	 */
	public static CurrentNoise whiteNoise(final double noiseSigma, final String noiseSigmas, final int neurons) {
		final double[] sigmas = sigmas(noiseSigmas, neurons, CurrentNoise.Kind.WHITE);
		return sigmas == null ? new CurrentNoise(noiseSigma) : CurrentNoise.white(sigmas);
	}

	/**
	 * White or OU current noise from a command's {@code noise} ({@code white} or {@code ou}),
	 * {@code noiseSigma}, optional {@code noiseSigmas} (one σ per neuron, replacing noiseSigma) and
	 * {@code noiseTau} (OU correlation time, ms; 0 = not given, which white requires and ou refuses).
	 *
	 * @throws IllegalArgumentException naming the parameter, before any work
	 */
	public static CurrentNoise currentNoise(final String noise, final double noiseSigma, final String noiseSigmas,
		final double noiseTau, final int neurons)
	{
		final String kind = noise == null ? "" : noise.trim();
		if (kind.equalsIgnoreCase("white")) {
			if (noiseTau != 0) throw new IllegalArgumentException("noise: noiseTau (" + noiseTau + " ms) is the " +
				"correlation time of noise=ou; white noise has none: use noise=ou, or leave noiseTau out (0)");
			return whiteNoise(noiseSigma, noiseSigmas, neurons);
		}
		if (!kind.equalsIgnoreCase("ou")) throw new IllegalArgumentException("noise: unknown kind '" + noise +
			"'; accepted: white, ou");
		if (!(noiseTau > 0) || !Double.isFinite(noiseTau)) throw new IllegalArgumentException("noiseTau: noise=ou " +
			"needs its correlation time, > 0 ms and finite (e.g. noiseTau=5), got " + noiseTau);
		final double[] sigmas = sigmas(noiseSigmas, neurons, CurrentNoise.Kind.OU);
		return sigmas == null ? CurrentNoise.ou(noiseSigma, noiseTau) : CurrentNoise.ou(sigmas, noiseTau);
	}

	/** The σ of each neuron listed in noiseSigmas, or null when it is empty. */
	private static double[] sigmas(final String noiseSigmas, final int neurons, final CurrentNoise.Kind kind) {
		if (noiseSigmas == null || noiseSigmas.isBlank()) return null;
		final String[] parts = noiseSigmas.trim().replaceAll("^\\[|\\]$", "").trim().split("[\\s,;]+");
		final double[] sigmas = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				sigmas[i] = Double.parseDouble(parts[i]);
			}
			catch (final NumberFormatException e) {
				throw new IllegalArgumentException("noiseSigmas: '" + parts[i] + "' is not a number; give one sigma " +
					"(>= 0, " + CurrentNoise.unit(kind) + ") per neuron separated by spaces, e.g. noiseSigmas=[1 0 2]");
			}
		}
		if (sigmas.length != neurons) throw new IllegalArgumentException("noiseSigmas: " + sigmas.length +
			" values for neurons=" + neurons + "; give one sigma per neuron");
		return sigmas;
	}

	/**
	 * Opens the output directory for this run, before any work, and returns the folder the run's writers
	 * write into (its staging folder; the summary's writer moves the files into place: see
	 * {@link RunDirectory}), or null when no directory was given.
	 *
	 * @throws IllegalArgumentException naming outputDirectory when it is not a directory, cannot be
	 *           created or written, or a live run holds it
	 */
	public static Path outputDirectory(final File dir) {
		if (!wantsFiles(dir)) return null;
		return RunDirectory.open(dir.toPath(), commandLabel()).staging();
	}

	/**
	 * {@link #outputDirectory(File)} after refusing a run whose files would exceed the output limit
	 * ({@link OutputSizes#require()}); nothing is checked or opened when no directory was given.
	 */
	public static Path outputDirectory(final File dir, final java.util.function.Supplier<OutputSizes> sizes) {
		if (!wantsFiles(dir)) return null;
		sizes.get().require();
		return outputDirectory(dir);
	}

	/** Whether an output directory was given (the run will write files). */
	public static boolean wantsFiles(final File dir) {
		return dir != null && !dir.getPath().isBlank();
	}

	/** The menu label of the command that called outputDirectory (for the lock's description). */
	private static String commandLabel() {
		final Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s
			.map(StackWalker.StackFrame::getDeclaringClass).filter(c -> c != CommandSupport.class).findFirst()
			.orElse(CommandSupport.class));
		final org.scijava.plugin.Plugin p = caller.getAnnotation(org.scijava.plugin.Plugin.class);
		return p != null && !p.label().isEmpty() ? p.label() : caller.getSimpleName();
	}

	/**
	 * Engine progress onto the status bar (or console line), monotonic and at most ten updates a second;
	 * cancellation from the command, an interrupt, or Esc in ImageJ when a display is present (see
	 * {@link RunProgress}).
	 */
	public static SimulationListener listener(final StatusService status, final Cancelable command,
		final String what)
	{
		return new RunProgress(status == null ? null : status::showStatus, command, what, !java.awt.GraphicsEnvironment
			.isHeadless(), System::nanoTime);
	}
}
