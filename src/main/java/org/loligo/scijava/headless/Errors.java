package org.loligo.scijava.headless;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.ExecutionException;

import javax.script.ScriptException;

/** Turns the exceptions of a failed run into the one line a user reads. */
public final class Errors {

	private Errors() {
		// NB: prevent instantiation of utility class.
	}

	/**
	 * The message of the exception that caused {@code t}: wrappers (execution,
	 * reflection and script exceptions, ModuleRunner's "Module threw
	 * exception", exceptions whose message just repeats their cause's, Jython
	 * exceptions that carry a Java one) are looked through, and an exception without a message (a Jython traceback, for
	 * instance) gives the last line of its text.
	 */
	public static String userMessage(final Throwable t) {
		Throwable e = t;
		while (true) {
			final Throwable inner = isPython(e) ? Python.javaException(e) : isWrapper(
				e) ? e.getCause() : e;
			if (inner == e) break;
			e = inner;
		}
		String message = e.getMessage();
		if (message == null || message.isBlank()) message = lastLine(e.toString());
		return message.strip();
	}

	/** Returns {@code t} if unchecked, or wraps it, keeping it as the cause. */
	public static RuntimeException unchecked(final Throwable t) {
		if (t instanceof RuntimeException) return (RuntimeException) t;
		if (t instanceof Error) throw (Error) t;
		return new RuntimeException(t == null ? "Unknown error" : userMessage(t),
			t);
	}

	// -- Helper methods --

	private static boolean isWrapper(final Throwable e) {
		final Throwable cause = e.getCause();
		if (cause == null || cause == e) return false;
		final String message = e.getMessage();
		return e instanceof ExecutionException ||
			e instanceof InvocationTargetException ||
			e instanceof UndeclaredThrowableException ||
			e instanceof ScriptException || message == null || message.isBlank() ||
			message.contains(cause.toString()) || message.startsWith("Module threw ");
	}

	/** NB: by name, so that Jython is loaded only when a script used it. */
	private static boolean isPython(final Throwable e) {
		return e.getClass().getName().equals("org.python.core.PyException");
	}

	private static String lastLine(final String text) {
		final String[] lines = text.strip().split("\\R");
		for (int i = lines.length - 1; i >= 0; i--) {
			if (!lines[i].isBlank()) return lines[i];
		}
		return text;
	}

	// -- Helper classes --

	/** Looks into a Jython exception for the Java exception it carries. */
	private static final class Python {

		static Throwable javaException(final Throwable e) {
			if (e.getCause() != null) return e.getCause();
			final org.python.core.PyObject value = ((org.python.core.PyException) e).value;
			final Object java = value == null ? null : value.__tojava__(
				Throwable.class);
			return java instanceof Throwable ? (Throwable) java : e;
		}
	}
}
