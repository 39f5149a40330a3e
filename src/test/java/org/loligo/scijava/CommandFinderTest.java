package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.CommandFinder;
import org.loligo.scijava.testing.EchoCommand;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/** Tests {@link CommandFinder}: commands by class name or menu label. */
public class CommandFinderTest {

	private static Context context;
	private static CommandFinder finder;

	@BeforeAll
	public static void setUp() {
		context = new Context(CommandService.class);
		finder = new CommandFinder(context.service(CommandService.class));
	}

	@AfterAll
	public static void tearDown() {
		context.dispose();
	}

	@Test
	public void testByClassName() {
		assertEcho(EchoCommand.class.getName());
		assertEcho("EchoCommand");
	}

	@Test
	public void testByLabelInAnyCaseWithUnderscoresOrDots() {
		assertEcho("Echo Inputs");
		assertEcho("echo inputs");
		assertEcho("ECHO_INPUTS");
		assertEcho("Echo Inputs...");
		assertEcho("  echo   inputs ");
	}

	@Test
	public void testUnknownCommandIsAnError() {
		final IllegalArgumentException exc = assertThrows(
			IllegalArgumentException.class, () -> finder.find("Echo Outputs"));
		assertTrue(exc.getMessage().contains("No command 'Echo Outputs'"));
		assertTrue(exc.getMessage().contains("--list"));
		assertThrows(IllegalArgumentException.class, () -> finder.find(" "));
	}

	@Test
	public void testTestCommandIsNotUnderLoligoMenu() {
		final CommandInfo info = finder.find(EchoCommand.class.getName());
		assertFalse(CommandFinder.isLoligo(info));
		assertFalse(finder.loligoCommands().contains(info));
		for (final CommandInfo c : finder.loligoCommands()) {
			assertTrue(c.getMenuPath().getMenuString().startsWith(
				"Plugins > Loligo >"), c.getMenuPath().getMenuString());
		}
	}

	private static void assertEcho(final String name) {
		assertEquals(EchoCommand.class.getName(), finder.find(name)
			.getClassName(), name);
	}
}
