package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.CommandCatalog;
import org.loligo.scijava.testing.EchoCommand;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;

/** Tests {@link CommandCatalog}: what {@code --list} tells a batch user. */
public class CommandCatalogTest {

	@Test
	public void testDescribesEveryInput() {
		try (Context context = new Context(CommandService.class)) {
			final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			new CommandCatalog(context.service(ModuleService.class), "loligo").print(
				context.service(CommandService.class).getCommand(EchoCommand.class),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
			final String text = bytes.toString(StandardCharsets.UTF_8);
			assertLine(text, "Echo Inputs");
			assertLine(text, "  menu:    Plugins > LoligoTest > Echo Inputs");
			assertLine(text, "  class:   " + EchoCommand.class.getName());
			assertLine(text, "  about:   Echoes its inputs");
			assertLine(text, "    message          String   = hello        " +
				"Message - text to echo");
			assertLine(text, "    current          double   = 5            " +
				"Current (uA/cm^2) (in [0, 100])");
			assertLine(text, "    count            int      = 3            " +
				"(>= 1)");
			assertLine(text, "    mode             String   = fast         " +
				"{fast | slow}");
			assertLine(text, "    outputDirectory  File     (none)");
			assertLine(text, "    doubled          double");
			assertLine(text, "  example: loligo --run \"Echo Inputs\" " +
				"\"message=hello,current=5\"");
			assertTrue(!text.contains("status"), "services are not inputs");
		}
	}

	private static void assertLine(final String text, final String line) {
		assertTrue(text.lines().anyMatch(line::equals), "no line '" + line +
			"' in\n" + text);
	}
}
