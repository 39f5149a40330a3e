package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutionException;

import javax.script.ScriptException;

import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.Errors;

/** Tests {@link Errors}: the one line a user reads. */
public class ErrorsTest {

	@Test
	public void testWrappersAreLookedThrough() {
		final IllegalArgumentException cause = new IllegalArgumentException(
			"dt must be > 0 ms");
		assertEquals("dt must be > 0 ms", Errors.userMessage(
			new ExecutionException(new RuntimeException("Module threw exception",
				cause))));
		assertEquals("dt must be > 0 ms", Errors.userMessage(new RuntimeException(
			cause)));
		final ScriptException script = new ScriptException("line 3");
		script.initCause(cause);
		assertEquals("dt must be > 0 ms", Errors.userMessage(script));
	}

	@Test
	public void testAMessageThatAddsContextIsKept() {
		assertEquals("Cannot write summary.json", Errors.userMessage(
			new IllegalStateException("Cannot write summary.json",
				new java.io.IOException("No space left on device"))));
	}

	@Test
	public void testNoMessageGivesTheExceptionsText() {
		assertEquals("java.lang.IllegalStateException", Errors.userMessage(
			new IllegalStateException()));
	}
}
