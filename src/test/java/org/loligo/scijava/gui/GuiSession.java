package org.loligo.scijava.gui;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.gui.PlotWindow;
import ij.measure.ResultsTable;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Label;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.loligo.scijava.CobaNetworkCommand;
import org.loligo.scijava.HopfBifurcationSweep;
import org.loligo.scijava.PoissonNeuronCommand;
import org.loligo.scijava.SimulateNeuron;
import org.loligo.scijava.StochasticEnsemble;
import org.scijava.Context;
import org.scijava.app.event.StatusEvent;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.prefs.PrefService;

/**
 * A real GUI session, run by {@link GuiTest} in its own JVM with a display (Xvfb in CI): ImageJ 1.x's main
 * window and a full SciJava {@link Context}, the commands run through {@link CommandService} as Fiji's menus
 * run them. Checks the windows that open (titles with run numbers, plot axes, table columns), that progress
 * never goes backwards, that Esc stops a long run with partial results, and that a refused value opens one
 * error dialog; saves screenshots into the directory given as the first argument. Exits 0 when every check
 * holds, 1 with the failures on standard error.
 */
public final class GuiSession {

	private final List<String> failures = new ArrayList<>();
	private final File shots;
	private final CommandService commands;
	private final List<Integer> progress = new ArrayList<>();

	private GuiSession(final File shots, final Context context) {
		this.shots = shots;
		this.commands = context.service(CommandService.class);
		context.service(EventService.class).subscribe(this);
	}

	public static void main(final String[] args) throws Exception {
		final File shots = new File(args[0]);
		shots.mkdirs();
		new ImageJ();
		final Context context = new Context();
		// NB: the dialog memory would fill unset inputs from this user's earlier dialogs.
		for (final Class<?> c : List.of(SimulateNeuron.class, StochasticEnsemble.class, HopfBifurcationSweep.class))
			context.service(PrefService.class).clear(c);
		final GuiSession s = new GuiSession(shots, context);
		try {
			s.simulate();
			s.ensemble();
			s.poissonAndCoba();
			s.hopfProgress();
			s.escapeStopsALongRun();
			s.refusedValueOpensADialog();
		}
		catch (final Throwable t) {
			t.printStackTrace();
			s.failures.add("session failed: " + t);
		}
		if (!s.failures.isEmpty()) System.err.println("GUI FAILURES:\n" + String.join("\n", s.failures));
		else System.out.println("GUI OK");
		System.exit(s.failures.isEmpty() ? 0 : 1);
	}

	@EventHandler
	public void onEvent(final StatusEvent e) {
		if (e.getProgressMaximum() > 0) synchronized (progress) {
			progress.add(e.getProgressValue());
		}
	}

	// -- The checks --

	private void simulate() throws Exception {
		run(SimulateNeuron.class, "neurons", 2, "duration", 50.0, "current", 10.0, "seed", 1L);
		final String plot = Arrays.stream(WindowManager.getImageTitles()).filter(t -> t.startsWith(
			"Simulate HH Neuron #1") && !t.contains(" – ")).findFirst().orElse(null);
		check(plot != null && plot.contains("HH1952, 2 neuron(s)"), "trace plot title with run number and " +
			"parameters: " + Arrays.toString(WindowManager.getImageTitles()));
		if (plot != null) {
			final PlotWindow w = (PlotWindow) WindowManager.getImage(plot).getWindow();
			check("t (ms)".equals(w.getPlot().getLabel('x')) && "V (mV)".equals(w.getPlot().getLabel('y')),
				"plot axes: " + w.getPlot().getLabel('x') + " / " + w.getPlot().getLabel('y'));
			shoot(w, "simulate-plot");
		}
		table("Simulate HH Neuron #", "– spikes", "neuron", "time_ms");
		// A second run opens its own windows instead of replacing the first run's table.
		run(SimulateNeuron.class, "neurons", 1, "duration", 20.0, "current", 10.0, "seed", 2L);
		check(count(WindowManager.getNonImageTitles(), "– spikes") == 2, "two spike tables after two runs: " +
			Arrays.toString(WindowManager.getNonImageTitles()));
	}

	private void ensemble() throws Exception {
		run(StochasticEnsemble.class, "trials", 20, "duration", 100.0, "seed", 1L);
		final String[] images = WindowManager.getImageTitles();
		for (final String part : new String[] { "– band", "– raster, trials", "– rate" }) {
			final String t = find(images, part);
			check(t != null && t.startsWith("Stochastic HH Ensemble #"), "ensemble window '" + part + "': " + Arrays
				.toString(images));
			if (t != null) {
				check(WindowManager.getImage(t).getWindow() instanceof PlotWindow, part + " is a plot window");
				shoot(WindowManager.getImage(t).getWindow(), "ensemble" + part.replaceAll("[^a-z]+", "-"));
			}
		}
		final String raster = find(images, "– raster, trials");
		if (raster != null) {
			final PlotWindow w = (PlotWindow) WindowManager.getImage(raster).getWindow();
			check(w.getPlot().getLabel('y').startsWith("trial"), "the raster's y axis says trial: " + w.getPlot()
				.getLabel('y'));
		}
		table("Stochastic HH Ensemble #", "– trials", "trial", "spikes", "rate_hz", "isi_cv");
	}

	/** The Poisson neuron's per-trial table; COBA's raster as a calibrated image (ms × neuron id). */
	private void poissonAndCoba() throws Exception {
		run(PoissonNeuronCommand.class, "trials", 3, "duration", 100.0, "seed", 1L);
		table("Poisson-Driven HH Neuron #", "– trials", "trial", "spikes", "rate_hz", "isi_cv");
		run(CobaNetworkCommand.class, "neurons", 400, "duration", 100.0, "seed", 1L);
		final String raster = find(WindowManager.getImageTitles(), "– raster (spike counts)");
		check(raster != null && raster.startsWith("COBA-HH Network #"), "COBA's raster image: " + Arrays.toString(
			WindowManager.getImageTitles()));
		if (raster != null) {
			final ij.measure.Calibration c = WindowManager.getImage(raster).getCalibration();
			check(c.pixelWidth == 1 && "ms".equals(c.getXUnit()) && "neuron".equals(c.getYUnit()) && WindowManager
				.getImage(raster).getHeight() == 400 && WindowManager.getImage(raster).getWidth() == 100,
				"COBA's raster calibrated in ms (1 ms bins) and neuron ids: " + c.getXUnit() + ", " + c.getYUnit() + ", " +
					c.pixelWidth);
			shoot(WindowManager.getImage(raster).getWindow(), "coba-raster-image");
		}
	}

	private void hopfProgress() throws Exception {
		synchronized (progress) {
			progress.clear();
		}
		run(HopfBifurcationSweep.class, "min", 0.0, "max", 200.0);
		Thread.sleep(300); // status events are delivered on the event thread
		final List<Integer> seen;
		synchronized (progress) {
			seen = new ArrayList<>(progress);
		}
		check(!seen.isEmpty() && seen.get(seen.size() - 1) == org.loligo.scijava.RunProgress.MAX, "progress ends at 100 %: " + seen);
		for (int i = 1; i < seen.size(); i++)
			if (seen.get(i) < seen.get(i - 1)) {
				failures.add("progress went backwards: " + seen);
				break;
			}
		check(seen.size() <= 40, "progress is throttled (one Hopf sweep, ~1 s): " + seen.size() + " updates");
		shoot(WindowManager.getImage(find(WindowManager.getImageTitles(), "bifurcation diagram")).getWindow(),
			"hopf-plot");
	}

	private void escapeStopsALongRun() throws Exception {
		final Map<String, Object> in = inputs("neurons", 1, "duration", 1.0e6, "recordNeurons", 0, "current",
			10.0, "seed", 3L);
		final Future<CommandModule> f = commands.run(SimulateNeuron.class, true, in);
		Thread.sleep(800);
		check(!f.isDone(), "the long run is still running before Esc");
		// What ImageJ does when a user presses Esc in one of its windows.
		final long t0 = System.nanoTime();
		IJ.getInstance().keyPressed(new KeyEvent(IJ.getInstance(), KeyEvent.KEY_PRESSED, System.currentTimeMillis(),
			0, KeyEvent.VK_ESCAPE, (char) 27));
		final CommandModule m = f.get(20, TimeUnit.SECONDS);
		final double stopped = (System.nanoTime() - t0) * 1e-9;
		final SimulateNeuron s = (SimulateNeuron) m.getDelegateObject();
		check(stopped < 3, "Esc stops the run within about a second: " + stopped + " s");
		check(s.result() != null && s.result().partial() && s.result().completed() > 0 && s.result()
			.completed() < 1.0e6, "partial results kept: " + (s.result() == null ? null : s.result().completed() +
				" ms, partial " + s.result().partial()));
		IJ.resetEscape();
	}

	private void refusedValueOpensADialog() throws Exception {
		final Future<CommandModule> f = commands.run(SimulateNeuron.class, true, inputs("dt", -1.0));
		Dialog d = null;
		for (int i = 0; i < 100 && d == null; i++) {
			Thread.sleep(100);
			for (final Window w : Window.getWindows())
				if (w instanceof Dialog dialog && w.isShowing() && dialog.getTitle().startsWith("Loligo:")) d = dialog;
		}
		check(d != null, "a refused value opens a dialog");
		if (d == null) return;
		final String text = text(d);
		check(d.getTitle().equals("Loligo: Simulate HH Neuron"), "dialog title: " + d.getTitle());
		check(text.contains("dt") && !text.contains("Exception") && !text.contains("\tat "), "the message, no " +
			"stack trace: " + text);
		Thread.sleep(300);
		shoot(d, "error-dialog");
		d.dispose();
		try {
			f.get(10, TimeUnit.SECONDS);
		}
		catch (final Exception expected) {
			// the run failed, as it should
		}
		long dialogs = Arrays.stream(Window.getWindows()).filter(w -> w instanceof Dialog && w.isShowing()).count();
		check(dialogs == 0, "one dialog only: " + dialogs + " still open");
		shoot(null, "screen");
	}

	// -- Helpers --

	private CommandModule run(final Class<? extends org.scijava.command.Command> c, final Object... kv)
		throws Exception
	{
		final CommandModule m = commands.run(c, true, inputs(kv)).get(120, TimeUnit.SECONDS);
		Thread.sleep(500); // windows open on the event thread
		return m;
	}

	private static Map<String, Object> inputs(final Object... kv) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2)
			in.put((String) kv[i], kv[i + 1]);
		return in;
	}

	private void table(final String prefix, final String suffix, final String... columns) {
		final String t = find(WindowManager.getNonImageTitles(), suffix);
		check(t != null && t.startsWith(prefix), "table '" + prefix + "…" + suffix + "': " + Arrays.toString(
			WindowManager.getNonImageTitles()));
		if (t == null) return;
		final ResultsTable rt = ResultsTable.getResultsTable(t);
		final List<String> have = rt == null ? List.of() : Arrays.asList(rt.getHeadings());
		check(have.containsAll(List.of(columns)), t + " columns: " + have);
		shoot(WindowManager.getWindow(t), "table" + suffix.replaceAll("[^a-z]+", "-"));
	}

	private void check(final boolean ok, final String what) {
		if (!ok) failures.add(what);
	}

	/** The last title containing {@code part}, or null. */
	private static String find(final String[] titles, final String part) {
		String found = null;
		for (final String t : titles)
			if (t.contains(part)) found = t;
		return found;
	}

	private static long count(final String[] titles, final String part) {
		return Arrays.stream(titles).filter(t -> t.contains(part)).count();
	}

	private static String text(final Container c) {
		final StringBuilder sb = new StringBuilder();
		for (final Component k : c.getComponents()) {
			if (k instanceof Label l) sb.append(l.getText()).append('\n');
			if (k instanceof ij.gui.MultiLineLabel m) sb.append(lines(m)).append('\n');
			if (k instanceof javax.swing.JLabel l) sb.append(l.getText()).append('\n');
			if (k instanceof javax.swing.text.JTextComponent tc) sb.append(tc.getText()).append('\n');
			if (k instanceof Container cc) sb.append(text(cc));
		}
		return sb.toString();
	}

	/** The lines of ImageJ's message label (it has no getter). */
	private static String lines(final ij.gui.MultiLineLabel m) {
		try {
			final java.lang.reflect.Field f = ij.gui.MultiLineLabel.class.getDeclaredField("lines");
			f.setAccessible(true);
			return String.join("\n", (String[]) f.get(m));
		}
		catch (final ReflectiveOperationException e) {
			return "";
		}
	}

	/** A screenshot of the window (or the whole screen) as shots/name.png. */
	private void shoot(final Window w, final String name) {
		try {
			if (w != null) w.toFront();
			Thread.sleep(300);
			final Rectangle r = w == null ? new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize()) : w
				.getBounds();
			final BufferedImage image = new Robot().createScreenCapture(r);
			ImageIO.write(image, "png", new File(shots, name + ".png"));
		}
		catch (final Exception e) {
			failures.add("screenshot " + name + ": " + e);
		}
	}
}
