package org.loligo.scijava;

import ij.IJ;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.scijava.ItemVisibility;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;
import org.scijava.ui.UIService;
import org.scijava.widget.InputHarvester;

/**
 * Remembers what a user typed into a Loligo dialog, in the GUI only.
 * <p>
 * Every parameter is {@code persist = false}, so that a script or batch call never inherits a value from
 * an earlier dialog: a parameter it leaves out gets its documented default. This brings back, for people
 * at a display, what {@code persist} would give: {@link Loader} runs just before SciJava's input
 * harvester and, when ImageJ's or SciJava's windows are up, fills the inputs the dialog is about to ask
 * for (those no caller set) with the values of the last dialog; {@link Saver} runs just after it and keeps
 * the values of those inputs, unless the dialog was cancelled. Headless (the launcher, batch scripts),
 * neither reads nor writes anything, and an input a script sets is never touched. Values live in
 * SciJava's {@link PrefService} under the command's class, one key per parameter.
 */
public final class DialogMemory {

	/** The inputs each running module's dialog asks for (filled by the loader, read by the saver). */
	private static final Map<Module, Set<String>> ASKED = Collections.synchronizedMap(new WeakHashMap<>());

	private DialogMemory() {}

	/**
	 * Whether a user sees windows: a display, and ImageJ's main window or a visible SciJava UI (a script
	 * merely run on a desktop gets no dialog memory and no modal dialogs).
	 */
	public static boolean hasWindows(final UIService ui) {
		if (GraphicsEnvironment.isHeadless() || ui != null && ui.isHeadless()) return false;
		return IJ.getInstance() != null || ui != null && ui.isVisible();
	}

	/**
	 * Fills the module's unset inputs from the last dialog's values and notes them for {@link #remember};
	 * does nothing for another plugin's module or when {@code windows} is false.
	 */
	public static void recall(final Module module, final boolean windows, final PrefService prefs,
		final ConvertService convert)
	{
		if (!windows || prefs == null || !isLoligo(module)) return;
		final Class<?> c = commandClass(module);
		final Set<String> asked = new HashSet<>();
		for (final ModuleItem<?> item : module.getInfo().inputs()) {
			if (!isRemembered(item) || module.isInputResolved(item.getName())) continue;
			asked.add(item.getName());
			final String stored = prefs.get(c, item.getName(), null);
			if (stored == null) continue;
			final Object value = item.getType() == String.class ? stored : convert == null ? null : convert.convert(
				stored, item.getType());
			if (value != null) module.setInput(item.getName(), value);
		}
		ASKED.put(module, asked);
	}

	/** Keeps the values of the inputs the dialog asked for (nothing after a cancelled dialog). */
	public static void remember(final Module module, final boolean cancelled, final PrefService prefs) {
		final Set<String> asked = ASKED.remove(module);
		if (asked == null || cancelled || prefs == null) return;
		final Class<?> c = commandClass(module);
		for (final String name : asked) {
			final Object v = module.getInput(name);
			if (v == null) prefs.remove(c, name);
			else prefs.put(c, name, v instanceof File f ? f.getPath() : String.valueOf(v));
		}
	}

	private static boolean isLoligo(final Module module) {
		return module.getInfo().getDelegateClassName().startsWith("org.loligo.scijava.");
	}

	private static Class<?> commandClass(final Module module) {
		return module.getDelegateObject().getClass();
	}

	/** Inputs a user types or picks: numbers, text, choices, booleans, files (no headers, no services). */
	private static boolean isRemembered(final ModuleItem<?> item) {
		if (item.getVisibility() == ItemVisibility.MESSAGE) return false;
		final Class<?> t = item.getType();
		return t.isPrimitive() || t == String.class || t == File.class || Number.class.isAssignableFrom(t) ||
			t == Boolean.class;
	}

	/** Before the dialog: fills it with the last dialog's values (GUI only). */
	@Plugin(type = PreprocessorPlugin.class, priority = InputHarvester.PRIORITY + 1)
	public static class Loader extends AbstractPreprocessorPlugin {

		@Parameter(required = false)
		private PrefService prefs;

		@Parameter(required = false)
		private ConvertService convert;

		@Parameter(required = false)
		private UIService ui;

		@Override
		public void process(final Module module) {
			recall(module, hasWindows(ui), prefs, convert);
		}
	}

	/** After the dialog: keeps what it asked for, unless it was cancelled (GUI only). */
	@Plugin(type = PreprocessorPlugin.class, priority = InputHarvester.PRIORITY - 1)
	public static class Saver extends AbstractPreprocessorPlugin {

		@Parameter(required = false)
		private PrefService prefs;

		@Override
		public void process(final Module module) {
			final boolean cancelled = module.getDelegateObject() instanceof org.scijava.Cancelable c && c
				.isCanceled();
			remember(module, cancelled, prefs);
		}
	}
}
