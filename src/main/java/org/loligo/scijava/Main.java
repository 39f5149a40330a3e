package org.loligo.scijava;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.loligo.scijava.headless.CommandCatalog;
import org.loligo.scijava.headless.CommandFinder;
import org.loligo.scijava.headless.ConsoleLog;
import org.loligo.scijava.headless.ConsoleProgress;
import org.loligo.scijava.headless.Errors;
import org.loligo.scijava.headless.HeadlessRunner;
import org.loligo.scijava.headless.ParameterString;
import org.loligo.scijava.headless.Signals;
import org.loligo.scijava.headless.StoppedRun;
import org.loligo.scijava.headless.UsageException;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptService;

/**
 * Loligo's headless launcher, with Fiji's syntax:
 *
 * <pre>
 * loligo --run "Simulate HH Neuron" "model=classic,current=10,outputDirectory=out"
 * loligo --run org.loligo.scijava.SimulateNeuron "pulseTimes=[10, 20, 30]"
 * loligo --run path/to/script.groovy "current=7.5"
 * loligo --list
 * </pre>
 *
 * The command is a class name or menu label; a path ending in a script
 * extension ({@code .groovy}, {@code .py}) runs that script with the same
 * {@code key=value} syntax for its {@code #@} inputs. Inputs not given keep
 * their defaults. After the run, scalar outputs are printed to standard
 * output as {@code name = value} lines; progress and messages go to standard
 * error. Exit status: 0 on success, 1 when the run fails (one line on
 * standard error, the cause's message; the stack trace only with
 * {@code --verbose}), 2 for a malformed command line, 130 / 143 for a run
 * that SIGINT / SIGTERM stopped (it writes its partial results first).
 */
public final class Main {

	/** Exit status of a run that failed. */
	public static final int FAILURE = 1;

	/** Exit status of a malformed command line. */
	public static final int USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;
	private boolean verbose;
	private boolean list;
	private String target;
	private final List<String> parameters = new ArrayList<>();

	private Main(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(final String... args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the launcher without exiting the JVM.
	 *
	 * @return the exit status
	 */
	public static int run(final String[] args, final PrintStream out,
		final PrintStream err)
	{
		final Main main = new Main(out, err);
		try {
			if (!main.parse(args)) return 0;
		}
		catch (final IllegalArgumentException exc) {
			err.println("Error: " + exc.getMessage());
			err.println("Try --help.");
			return USAGE;
		}
		return main.execute();
	}

	// -- Helper methods --

	/** Reads the command line; returns false when only help was asked for. */
	private boolean parse(final String[] args) {
		for (int i = 0; i < args.length; i++) {
			final String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				out.print(usage());
				return false;
			}
			if (arg.equals("--verbose") || arg.equals("-v")) verbose = true;
			else if (arg.equals("--headless")) continue; // NB: Fiji's; always so.
			else if (arg.equals("--list")) list = true;
			else if (arg.equals("--run")) {
				if (i + 1 >= args.length) throw new IllegalArgumentException(
					"--run needs a command or a script");
				target = args[++i];
			}
			else if (arg.startsWith("-") && !arg.contains("=")) {
				throw new IllegalArgumentException("Unknown option " + arg);
			}
			else if (target != null) parameters.add(arg);
			else throw new IllegalArgumentException("Unexpected argument '" + arg +
				"' (parameters follow --run <command>)");
		}
		if (list == (target != null)) throw new IllegalArgumentException(
			list ? "Give either --list or --run, not both"
				: "Nothing to do: give --run or --list");
		return true;
	}

	private int execute() {
		System.setProperty("java.awt.headless", "true");
		// NB: the launcher knows whether standard error is a terminal ([ -t 2 ]); Java 17 only knows
		// whether standard input and output are (System.console()).
		final String tty = System.getProperty("loligo.stderrTerminal");
		final ConsoleProgress progress = new ConsoleProgress(err, tty != null
			? Boolean.parseBoolean(tty) : System.console() != null);
		ConsoleLog log = null;
		Context context = null;
		try {
			context = new Context();
			log = ConsoleLog.install(context.service(LogService.class), err,
				verbose, progress);
			if (list) listCommands(context);
			else runTarget(context, progress);
			progress.close();
			log.flushPending();
			return 0;
		}
		catch (final Stopped stopped) {
			log.flushPending();
			return stopped.status;
		}
		catch (final UsageException exc) {
			progress.close();
			if (log != null) log.discardPending();
			err.println("Error: " + exc.getMessage());
			err.println("Try --help.");
			return USAGE;
		}
		catch (final Throwable t) {
			progress.close();
			if (log != null) log.discardPending();
			if (verbose) t.printStackTrace(err);
			err.println("Error: " + Errors.userMessage(t));
			return FAILURE;
		}
		finally {
			if (context != null) context.dispose();
		}
	}

	private void listCommands(final Context context) {
		final CommandFinder finder = new CommandFinder(context.service(
			CommandService.class));
		new CommandCatalog(context.service(ModuleService.class), launcherName())
			.print(finder.loligoCommands(), out);
	}

	private void runTarget(final Context context,
		final ConsoleProgress progress)
	{
		final Map<String, String> raw = ParameterString.parse(String.join(",",
			parameters));
		final ModuleInfo info = resolve(context);
		final List<EventSubscriber<?>> subscribers = context.service(
			EventService.class).subscribe(progress);
		final HeadlessRunner runner = new HeadlessRunner(context, workingDirectory());
		final Signals signals = new Signals(runner::cancel);
		final Module module;
		try {
			module = runner.run(info, raw);
		}
		catch (final CancellationException exc) {
			if (signals.received() == null) throw exc;
			progress.close();
			err.println(StoppedRun.describe(signals.received(), runner.module()));
			throw new Stopped(signals.status());
		}
		finally {
			context.service(EventService.class).unsubscribe(subscribers);
			progress.close();
		}
		HeadlessRunner.scalarOutputs(module).forEach((name, value) -> out.println(
			name + " = " + value));
	}

	/** A script file if the target names one, otherwise a command. */
	private ModuleInfo resolve(final Context context) {
		final ScriptService scripts = context.service(ScriptService.class);
		final File file = new File(target).isAbsolute() ? new File(target)
			: new File(workingDirectory(), target);
		if (file.isFile() || scripts.canHandleFile(target)) {
			if (!file.isFile()) throw new IllegalArgumentException(
				"Script not found: " + file);
			if (!scripts.canHandleFile(file)) throw new IllegalArgumentException(
				"No script language for " + file.getName() +
					" (known extensions: .groovy, .py)");
			return new ScriptInfo(context, file.getAbsoluteFile());
		}
		return new CommandFinder(context.service(CommandService.class)).find(
			target);
	}

	/** A run that a signal stopped (its line is printed); carries the exit status. */
	private static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final int status;

		Stopped(final int status) {
			super(null, null, false, false);
			this.status = status;
		}
	}

	private static File workingDirectory() {
		return new File(System.getProperty("user.dir"));
	}

	/** How the user invoked us; the script passes its path in. */
	private static String launcherName() {
		return System.getProperty("loligo.launcher", "loligo");
	}

	private static String usage() {
		final String l = launcherName();
		return String.join(System.lineSeparator(), //
			"Usage: " + l + " [--verbose] --run <command> [\"key=value,key2=value2\"]",
			"       " + l + " [--verbose] --run <script.groovy|script.py> " +
				"[\"key=value,...\"]",
			"       " + l + " --list | --help", //
			"", //
			"  --run      runs a command, given by class name or menu label (e.g.",
			"             \"Simulate HH Neuron\", any case, spaces or underscores),",
			"             or a script file; its inputs are key=value pairs, separated",
			"             by commas; quote values with commas as key=[a, b] or 'a,b'.",
			"             Inputs not given keep their defaults. Scalar outputs are",
			"             printed as 'name = value' lines.",
			"  --list     describes every Loligo command and its parameters.",
			"  --verbose  shows log messages and stack traces.", //
			"", //
			"Ctrl-C (SIGINT) or SIGTERM stops a run: it writes what it has, marked",
			"partial (summary.json: partial, completed_ms); a second one ends it at once.",
			"", //
			"Exit status: 0 success, 1 refused or failed run, 2 bad command line,",
			"             130 stopped by SIGINT, 143 stopped by SIGTERM.", "");
	}
}
