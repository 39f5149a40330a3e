package org.loligo.scijava.headless;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a cancel of the running command, so that the run stops, writes
 * what it has as a partial result set and the launcher exits 130 or 143 (128 + the signal's number, as a
 * shell reports a process the signal ended). A second signal ends the process at once with that status.
 * <p>
 * NB: through {@code sun.misc.Signal} (module jdk.unsupported, in every JDK 17) by reflection, so that
 * the build carries no "internal proprietary API" warning; where it is missing the JVM's default
 * applies (the process ends without results).
 */
public final class Signals {

	private volatile String received;
	private volatile int status;

	/**
	 * Installs the handlers.
	 *
	 * @param cancel called once, on the first signal, with its name ("SIGINT" or "SIGTERM")
	 */
	public Signals(final Consumer<String> cancel) {
		install("INT", 130, cancel);
		install("TERM", 143, cancel);
	}

	/** The first signal received ("SIGINT", "SIGTERM"), or null. */
	public String received() {
		return received;
	}

	/** The exit status for the signal received: 130 for SIGINT, 143 for SIGTERM; 0 when none came. */
	public int status() {
		return status;
	}

	private void install(final String name, final int exit, final Consumer<String> cancel) {
		try {
			final Class<?> signal = Class.forName("sun.misc.Signal");
			final Class<?> handler = Class.forName("sun.misc.SignalHandler");
			final Object h = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] { handler }, (p, m,
				args) -> {
				if (m.getDeclaringClass() == Object.class) return m.invoke(this, args);
				onSignal("SIG" + name, exit, cancel);
				return null;
			});
			final Method handle = signal.getMethod("handle", signal, handler);
			handle.invoke(null, signal.getConstructor(String.class).newInstance(name), h);
		}
		catch (final ReflectiveOperationException | RuntimeException | LinkageError e) {
			// No signal API in this Java (or the signal is reserved): the default behaviour stays.
		}
	}

	private synchronized void onSignal(final String name, final int exit, final Consumer<String> cancel) {
		if (received != null) {
			System.err.println();
			System.err.println("loligo: " + name + " again: stopped without writing results");
			Runtime.getRuntime().halt(exit);
		}
		received = name;
		status = exit;
		cancel.accept(name);
	}
}
