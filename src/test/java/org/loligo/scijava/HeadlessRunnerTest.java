package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.scijava.headless.ConsoleLog;
import org.loligo.scijava.headless.Errors;
import org.loligo.scijava.headless.HeadlessRunner;
import org.loligo.scijava.headless.ParameterString;
import org.loligo.scijava.testing.EchoCommand;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleInfo;
import org.scijava.script.ScriptInfo;

/**
 * Tests {@link HeadlessRunner}: defaults, outputs, and that no error is
 * swallowed, whether a command throws, cancels or a script fails.
 */
public class HeadlessRunnerTest {

	private static Context context;
	private static HeadlessRunner runner;
	private static CommandInfo echo;

	@TempDir
	static Path dir;

	@BeforeAll
	public static void setUp() {
		context = new Context();
		runner = new HeadlessRunner(context, dir.toFile());
		// NB: keeps the expected errors' stack traces out of the test output.
		ConsoleLog.install(context.service(LogService.class), new PrintStream(
			OutputStream.nullOutputStream()), false, null);
		echo = context.service(CommandService.class).getCommand(
			EchoCommand.class);
	}

	@AfterAll
	public static void tearDown() {
		context.dispose();
	}

	@Test
	public void testInputsOutputsAndDefaults() {
		final Map<String, Object> out = run(echo,
			"message=hi,current=7.5,outputDirectory=runs");
		assertEquals("hi (fast)", out.get("echo"));
		assertEquals(3, out.get("total"));
		assertEquals(15.0, out.get("doubled"));
		assertTrue(!out.containsKey("directory"), "files are not scalars");
	}

	@Test
	public void testValuesOfEarlierRunsAreNotRemembered() {
		run(echo, "message=first,mode=slow");
		assertEquals("hello (fast)", run(echo, "").get("echo"));
	}

	@Test
	public void testCommandExceptionReachesCaller() {
		final RuntimeException exc = assertThrows(RuntimeException.class,
			() -> run(echo, "message=fail"));
		assertEquals("message must not be 'fail'", Errors.userMessage(exc));
	}

	@Test
	public void testCancelReasonReachesCaller() {
		final CancellationException exc = assertThrows(
			CancellationException.class, () -> run(echo, "message=cancel"));
		assertEquals("canceled on request", exc.getMessage());
	}

	@Test
	public void testScriptExceptionsAreNotSwallowed() throws IOException {
		final String header = "#@ Double current\n#@output Double half\n";
		assertEquals(1.5, run(script("ok.groovy", header + "half = current / 2"),
			"current=3").get("half"));
		assertEquals("bad current", message(script("bad.groovy", header +
			"throw new IllegalArgumentException('bad current')"), "current=3"));
		assertEquals("ValueError: bad current", message(script("bad.py", header +
			"raise ValueError('bad current')"), "current=3"));
		assertEquals("java side", message(script("java.py", header +
			"from java.lang import IllegalStateException\n" +
			"raise IllegalStateException('java side')"), "current=3"));
	}

	@Test
	public void testScriptErrorInNestedCommandIsReported() throws IOException {
		final ModuleInfo info = script("nested.groovy",
			"#@ CommandService command\n" + "command.run('" + EchoCommand.class
				.getName() + "', true, 'message', 'fail').get()");
		assertEquals("message must not be 'fail'", message(info, ""));
	}

	@Test
	public void testMissingRequiredInputIsReported() throws IOException {
		final ModuleInfo info = script("required.groovy",
			"#@ File input\n#@output String name\nname = input.name");
		assertEquals("'input' is required but unset.", assertThrows(
			CancellationException.class, () -> run(info, "")).getMessage());
	}

	// -- Helper methods --

	private static Map<String, Object> run(final ModuleInfo info,
		final String params)
	{
		return HeadlessRunner.scalarOutputs(runner.run(info, ParameterString
			.parse(params)));
	}

	private static String message(final ModuleInfo info, final String params) {
		return Errors.userMessage(assertThrows(RuntimeException.class, () -> run(
			info, params)));
	}

	private static ModuleInfo script(final String name, final String text)
		throws IOException
	{
		final File file = dir.resolve(name).toFile();
		Files.writeString(file.toPath(), text);
		return new ScriptInfo(context, file);
	}
}
