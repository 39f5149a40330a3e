package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.text.DecimalFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModuleItem;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.widget.WidgetStyle;

/**
 * What a Fiji user meets in every Loligo dialog, checked over every command's {@code @Parameter}s as
 * SciJava reads them: decimal fields with an arrow step and a display format that shows what was typed
 * (the spinner's default format rounds 0.005 to 0.01), a minimum on every count, duration, step, rate
 * and time constant, and a unit in every decimal field's label.
 */
class ParameterHygieneTest {

	/** Decimal inputs that may be negative: currents, potentials, signed weights, sweep ends. */
	private static final Set<String> SIGNED = Set.of("current", "amplitude", "threshold", "synapseReversal",
		"reversalExc", "reversalInh", "synapseTheta", "currentMin", "currentMax", "primeCurrent", "min", "max",
		"coupling");

	/** Whole-number inputs without a minimum: the seed (any long; 0 = pick one). */
	private static final Set<String> UNBOUNDED_INTEGERS = Set.of("seed");

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void decimalFieldsHaveAStepAndAFormatThatShowsTypedDecimals() throws Exception {
		final List<String> bad = new ArrayList<>();
		for (final ModuleItem<?> item : inputs()) {
			if (!isDecimal(item)) continue;
			final Parameter p = annotation(item);
			final String format = WidgetStyle.getStyleModifier(item.getWidgetStyle(), "format");
			if (p.stepSize().isEmpty()) bad.add(name(item) + ": no stepSize (the arrow step would be 1)");
			if (format == null) {
				bad.add(name(item) + ": no format style (typed decimals would be rounded away)");
				continue;
			}
			final DecimalFormat f = new DecimalFormat(format);
			// The default, the step, and a value typed to a tenth of the step's precision are shown as they are.
			final double step = p.stepSize().isEmpty() ? 1 : Double.parseDouble(p.stepSize());
			for (final double v : new double[] { ((Number) defaultValue(item)).doubleValue(), step, step / 10, 2.5,
				0.005, 0.025 })
				if (!shows(f, v)) bad.add(name(item) + ": format '" + format + "' shows " + v + " as " + f.format(v));
		}
		assertTrue(bad.isEmpty(), String.join("\n", bad));
	}

	@Test
	void numbersThatCannotBeNegativeHaveAMinimum() {
		final List<String> bad = new ArrayList<>();
		for (final ModuleItem<?> item : inputs()) {
			if (!isNumber(item) || item.getMinimumValue() != null) continue;
			final String field = item.getName();
			if (isDecimal(item) ? SIGNED.contains(field) : UNBOUNDED_INTEGERS.contains(field)) continue;
			bad.add(name(item) + " (" + item.getLabel() + ")");
		}
		assertTrue(bad.isEmpty(), "no minimum (the arrows go below zero):\n" + String.join("\n", bad));
	}

	@Test
	void decimalLabelsCarryAUnit() {
		final List<String> bad = new ArrayList<>();
		for (final ModuleItem<?> item : inputs())
			if (isDecimal(item) && !item.getLabel().matches(".*\\(.+\\)\\s*$")) bad.add(name(item) + ": '" + item
				.getLabel() + "'");
		assertTrue(bad.isEmpty(), "labels without a unit, '(…)' (dimensionless: '(0–1)' or '(1)'):\n" + String.join(
			"\n", bad));
	}

	@Test
	void theSweptParameterIsAChoice() {
		final ModuleItem<?> item = context.service(CommandService.class).getCommand(HopfBifurcationSweep.class)
			.getInput("parameter");
		assertFalse(item.getChoices() == null || item.getChoices().isEmpty(), "parameter has no choices");
		assertTrue(item.getChoices().contains("current") && item.getChoices().contains("gNa"), item.getChoices()
			.toString());
		assertEquals("current", defaultValue(item));
	}

	@Test
	void formatIsReadFromACombinedStyle() {
		// The check above reads the style as scijava-ui-swing does: comma-separated, "format:" modifier.
		assertEquals("0.0#", WidgetStyle.getStyleModifier("spinner,format:0.0#", "format"));
	}

	// -- Helpers --

	/** Every input a user edits, of every Loligo command (not the tests' own). */
	private static List<ModuleItem<?>> inputs() {
		final List<ModuleItem<?>> out = new ArrayList<>();
		for (final CommandInfo c : context.service(CommandService.class).getCommands()) {
			if (!c.getClassName().startsWith("org.loligo.scijava.") || c.getClassName().contains(".testing.")) continue;
			for (final ModuleItem<?> item : c.inputs())
				if (item.getVisibility() != ItemVisibility.MESSAGE && annotation(item) != null && isUserInput(item)) out
					.add(item);
		}
		assertFalse(out.isEmpty(), "no Loligo commands found");
		return out;
	}

	private static boolean isUserInput(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return t.isPrimitive() || t == String.class || Number.class.isAssignableFrom(t) || t == java.io.File.class;
	}

	private static Parameter annotation(final ModuleItem<?> item) {
		return item instanceof CommandModuleItem<?> c ? c.getField().getAnnotation(Parameter.class) : null;
	}

	private static boolean isDecimal(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return t == double.class || t == float.class || t == Double.class || t == Float.class;
	}

	private static boolean isNumber(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return isDecimal(item) || t == int.class || t == long.class || t == Integer.class || t == Long.class;
	}

	/** The field's value in a fresh instance (what the dialog starts from). */
	private static Object defaultValue(final ModuleItem<?> item) {
		try {
			final Field f = ((CommandModuleItem<?>) item).getField();
			final Object command = ((CommandInfo) ((CommandModuleItem<?>) item).getInfo()).loadClass().getDeclaredConstructor()
				.newInstance();
			f.setAccessible(true);
			return f.get(command);
		}
		catch (final ReflectiveOperationException | org.scijava.InstantiableException e) {
			throw new AssertionError(name(item) + ": " + e, e);
		}
	}

	private static boolean shows(final DecimalFormat f, final double v) {
		try {
			return f.parse(f.format(v)).doubleValue() == v;
		}
		catch (final ParseException e) {
			return false;
		}
	}

	private static String name(final ModuleItem<?> item) {
		final String c = ((CommandInfo) ((CommandModuleItem<?>) item).getInfo()).getClassName();
		return c.substring(c.lastIndexOf('.') + 1) + "." + item.getName();
	}
}
