package org.loligo.scijava;

import java.io.File;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

/**
 * A command's input parameters as values, to rebuild the command (and from it the run's typed
 * description) on another machine without a SciJava context: {@link #instance()} makes the command with
 * its public no-argument constructor and sets its parameter fields. Relative paths ({@code model} as a
 * file, {@code modelFile}) are made absolute here; {@code outputDirectory} is left out (the parts write
 * nothing). The seed is given resolved, so that every part uses the one the run records.
 */
final class CommandFields implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String commandClass;
	private final LinkedHashMap<String, Serializable> values = new LinkedHashMap<>();

	CommandFields(final Object command, final long resolvedSeed) {
		commandClass = command.getClass().getName();
		// NB: the fields themselves, not CommandSupport.parameters (which adds the model's provenance, some of
		// it under a parameter's name, e.g. temperature in °C).
		for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
			for (final Field f : c.getDeclaredFields()) {
				final Parameter p = f.getAnnotation(Parameter.class);
				if (p == null || p.type() == ItemIO.OUTPUT || Modifier.isStatic(f.getModifiers()) || f.getName().equals(
					"outputDirectory") || !isValue(f.getType())) continue;
				values.put(f.getName(), shippable(f.getName(), read(f, command)));
			}
		}
		values.put("seed", resolvedSeed);
	}

	/** Parameters are values (numbers, text, files); services and the context are not shipped. */
	private static boolean isValue(final Class<?> type) {
		return type.isPrimitive() || type == String.class || type == File.class || Number.class.isAssignableFrom(type) ||
			type == Boolean.class;
	}

	private static Object read(final Field f, final Object command) {
		try {
			f.setAccessible(true);
			return f.get(command);
		}
		catch (final IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Paths made absolute: a relative one would resolve against another machine's working directory. */
	private static Serializable shippable(final String name, final Object v) {
		if (v instanceof File f) return f.getAbsoluteFile();
		if (name.equals("model") && v instanceof String s && ModelSelection.isPath(s)) return new File(s)
			.getAbsolutePath();
		return (Serializable) v;
	}

	/** A new instance of the command with these parameters. */
	Object instance() {
		try {
			final Class<?> c = Class.forName(commandClass, true, Thread.currentThread().getContextClassLoader() != null ?
				Thread.currentThread().getContextClassLoader() : CommandFields.class.getClassLoader());
			final Object command = c.getConstructor().newInstance();
			for (final Map.Entry<String, Serializable> e : values.entrySet()) {
				final Field f = field(c, e.getKey());
				f.setAccessible(true);
				f.set(command, e.getValue());
			}
			return command;
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException("could not make command " + commandClass + " on this machine: " + e, e);
		}
	}

	private static Field field(final Class<?> c, final String name) {
		for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
			try {
				return k.getDeclaredField(name);
			}
			catch (final NoSuchFieldException e) {
				// look in the superclass
			}
		}
		return null;
	}
}
