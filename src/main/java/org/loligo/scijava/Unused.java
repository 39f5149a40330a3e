package org.loligo.scijava;

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * Refuses a parameter that the chosen options ignore, naming the option that would use it, so that a
 * value a user typed is never silently dropped (e.g. {@code noiseTau} with white noise).
 * <p>
 * NB: "set by the user" means "differs from the command's default", the value of the field in a fresh
 * instance (the same defaults SciJava's dialogs and {@code --list} show). SciJava keeps no record of which
 * inputs a caller gave (after harvesting, presets and the launcher's key=value string every input is
 * simply "resolved"), so the default is the one test that works alike in Fiji, scripts, the launcher and
 * sweeps. A value equal to the default is let through: honoured or ignored, it changes nothing.
 */
final class Unused {

	private Unused() {}

	/**
	 * Throws when {@code parameter} of {@code command} differs from its default.
	 *
	 * @param chosen the options that make it unused, e.g. {@code "noise=white"}
	 * @param uses   the option that would use it, e.g. {@code "noise=ou"}
	 * @throws IllegalArgumentException naming parameter, its value, chosen and uses
	 */
	static void refuse(final Object command, final String parameter, final String chosen, final String uses) {
		final Object value = value(command, parameter), def = defaultOf(command, parameter);
		if (Objects.equals(value, def)) return;
		throw new IllegalArgumentException(parameter + " (" + show(value) + ") is not used with " + chosen +
			"; it needs " + uses + ". Leave " + parameter + " out (default " + show(def) + ") or choose " + uses);
	}

	/** Refuses each shape parameter of the stimulus menu that {@code choice} does not use, when set. */
	static void stimulus(final Object command, final org.loligo.engine.input.StimulusChoice choice) {
		for (final String p : org.loligo.engine.input.StimulusChoice.SHAPE_PARAMETERS)
			if (!choice.uses(p)) refuse(command, p, "stimulus=" + choice.kind() + (choice.kind().equals("pulses") ?
				" with pulseTimes" : ""), org.loligo.engine.input.StimulusChoice.usedBy(p));
	}

	/** Whether {@code parameter} of {@code command} differs from its default. */
	static boolean isSet(final Object command, final String parameter) {
		return !Objects.equals(value(command, parameter), defaultOf(command, parameter));
	}

	private static String show(final Object v) {
		return v == null ? "empty" : v instanceof String s && s.isEmpty() ? "empty" : v.toString();
	}

	private static Object defaultOf(final Object command, final String parameter) {
		try {
			return value(command.getClass().getDeclaredConstructor().newInstance(), parameter);
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException(command.getClass() + " has no public no-argument constructor", e);
		}
	}

	private static Object value(final Object command, final String parameter) {
		for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass())
			try {
				final Field f = c.getDeclaredField(parameter);
				f.setAccessible(true);
				return f.get(command);
			}
			catch (final NoSuchFieldException e) {
				// look in the superclass
			}
			catch (final IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		throw new IllegalStateException(command.getClass() + " has no parameter " + parameter);
	}
}
