package org.loligo.scijava;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.prefs.PrefService;

/**
 * What every command test does the same way: a headless SciJava {@link Context} with the command
 * service for the test class, commands run through it as Fiji and scripts run them, and the root
 * message of a failure (what the launcher prints).
 */
abstract class CommandTestBase {

	static Context context;

	/** Held strongly: SciJava's event service keeps its subscribers weakly. */
	private static final ExpectedErrors EXPECTED_ERRORS = new ExpectedErrors();

	@BeforeAll
	static void startContext() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, OutputDirectoryService.class, PrefService.class);
		context.service(EventService.class).subscribe(EXPECTED_ERRORS);
	}

	/**
	 * Keeps SciJava from logging a command's exception with its stack trace ("[ERROR] Command errored"):
	 * in these tests the exception reaches the test through the future, which checks it, and a test that
	 * did not expect it fails with the whole trace. A green log then shows no stack traces.
	 */
	public static final class ExpectedErrors {

		@EventHandler
		public void onEvent(final ModuleErroredEvent event) {
			event.consume();
		}
	}

	@AfterAll
	static void stopContext() {
		context.dispose();
	}

	/** Runs the command with these inputs (pre- and post-processing on) and waits for it. */
	static CommandModule run(final Class<? extends Command> command, final Map<String, Object> inputs)
		throws Exception
	{
		return context.service(CommandService.class).run(command, true, inputs).get();
	}

	/** The message of the innermost cause. */
	static String rootMessage(Throwable t) {
		while (t.getCause() != null && t.getCause() != t)
			t = t.getCause();
		return String.valueOf(t.getMessage());
	}
}
