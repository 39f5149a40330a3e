package org.loligo.scijava;

import java.io.File;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

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
		for (final Map.Entry<String, Object> e : CommandSupport.parameters(command).entrySet()) {
			if (field(command.getClass(), e.getKey()) == null || e.getKey().equals("outputDirectory")) continue;
			Object v = e.getValue();
			if (v instanceof File f) v = f.getAbsoluteFile();
			if (e.getKey().equals("model") && v instanceof String s && ModelSelection.isPath(s)) v = new File(s)
				.getAbsolutePath();
			if (v != null && !(v instanceof Serializable)) throw new IllegalStateException("parameter " + e.getKey() +
				" of " + commandClass + " cannot be shipped: " + v.getClass().getName());
			values.put(e.getKey(), (Serializable) v);
		}
		values.put("seed", resolvedSeed);
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
