package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.scijava.testing.EchoCommand;

/**
 * Tests {@link Main}, in this JVM through {@link Main#run} and once in a
 * fresh JVM for the exit status.
 */
public class MainTest {

	@Test
	public void testRunPrintsScalarOutputs() {
		final Result r = run("--run", "Echo Inputs",
			"message=[a, b],current=2,loud=true");
		assertEquals(0, r.status, r.err);
		assertEquals(List.of("echo = A, B (fast)", "total = 3", "doubled = 4.0"),
			r.out.lines().toList());
	}

	@Test
	public void testSeveralParameterArgumentsAreJoined() {
		final Result r = run("--headless", "--run", EchoCommand.class.getName(),
			"message=x", "count=2");
		assertEquals(0, r.status, r.err);
		assertTrue(r.out.contains("total = 2"), r.out);
	}

	@Test
	public void testBadParameterFailsWithOneLine() {
		// not a number: a malformed command line (2, as --help says)
		Result r = run("--run", "echo_inputs", "current=abc");
		assertEquals(Main.USAGE, r.status);
		assertEquals("Error: Parameter 'current' must be a number (double) in " +
			"[0, 100]; got 'abc'" + System.lineSeparator() + "Try --help.", r.err.strip());
		assertEquals("", r.out);
		// a number the parameter refuses: a refused value (1)
		r = run("--run", "echo_inputs", "current=150");
		assertEquals(Main.FAILURE, r.status);
		assertEquals("Error: Parameter 'current' must be a number (double) in " +
			"[0, 100]; got '150'", r.err.strip());
		// unknown command and unknown parameter: 2
		assertEquals(Main.USAGE, run("--run", "No Such Command", "").status);
		assertEquals(Main.USAGE, run("--run", "echo_inputs", "nosuch=1").status);
	}

	@Test
	public void testCommandErrorAndCancelReachTheUser() {
		Result r = run("--run", "Echo Inputs", "message=fail");
		assertEquals(Main.FAILURE, r.status);
		assertEquals("Error: message must not be 'fail'", r.err.strip());
		r = run("--run", "Echo Inputs", "message=cancel");
		assertEquals(Main.FAILURE, r.status);
		assertEquals("Error: canceled on request", r.err.strip());
	}

	@Test
	public void testVerboseShowsStackTrace() {
		final Result r = run("--verbose", "--run", "Echo Inputs", "message=fail");
		assertEquals(Main.FAILURE, r.status);
		assertTrue(r.err.contains("\tat org.loligo.scijava.testing.EchoCommand"),
			r.err);
	}

	@Test
	public void testUsageErrors() {
		assertEquals(Main.USAGE, run().status);
		assertEquals(Main.USAGE, run("--run").status);
		assertEquals(Main.USAGE, run("--frobnicate").status);
		assertEquals(Main.USAGE, run("--list", "--run", "x").status);
		final Result help = run("--help");
		assertEquals(0, help.status);
		assertTrue(help.out.contains("--run"));
	}

	@Test
	public void testListDescribesOnlyLoligoCommands() {
		final Result r = run("--list");
		assertEquals(0, r.status, r.err);
		assertFalse(r.out.contains(EchoCommand.class.getName()), r.out);
	}

	@Test
	public void testFreshJvmExitsNonZeroWithMessageOnStderr()
		throws IOException, InterruptedException
	{
		final List<String> command = new ArrayList<>(List.of(new File(System
			.getProperty("java.home"), "bin/java").getPath(), "-cp", System
				.getProperty("java.class.path"), Main.class.getName(), "--run",
			"Echo Inputs", "count=0"));
		final Process p = new ProcessBuilder(command).start();
		final String out = new String(p.getInputStream().readAllBytes(),
			StandardCharsets.UTF_8);
		final String err = new String(p.getErrorStream().readAllBytes(),
			StandardCharsets.UTF_8);
		assertNotEquals(0, p.waitFor(), err);
		assertEquals("", out);
		assertEquals("Error: Parameter 'count' must be an integer (int) >= 1; " +
			"got '0'", err.strip());
	}

	// -- Helper methods --

	private static Result run(final String... args) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int status = Main.run(args, new PrintStream(out, true,
			StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err
			.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {}
}
