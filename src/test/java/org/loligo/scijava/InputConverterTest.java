package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.InputConverter;
import org.loligo.scijava.testing.EchoCommand;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.convert.ConvertService;

/** Tests {@link InputConverter}: typed inputs and errors a user can act on. */
public class InputConverterTest {

	private static Context context;
	private static InputConverter converter;
	private static CommandInfo echo;
	private static final File BASE = new File("/some/where");

	@BeforeAll
	public static void setUp() {
		context = new Context(ConvertService.class);
		converter = new InputConverter(context.service(ConvertService.class),
			BASE);
		echo = new CommandInfo(EchoCommand.class);
	}

	@AfterAll
	public static void tearDown() {
		context.dispose();
	}

	@Test
	public void testConvertsEachKind() {
		final Map<String, Object> in = convert("message=hi there,current=7.5," +
			"count=1e1,mode=SLOW,loud=yes,outputDirectory=runs/a");
		assertEquals("hi there", in.get("message"));
		assertEquals(7.5, in.get("current"));
		assertEquals(10, in.get("count"));
		assertEquals("slow", in.get("mode"), "choices match case-insensitively");
		assertEquals(true, in.get("loud"));
		assertEquals(new File(BASE, "runs/a").getAbsoluteFile(), in.get(
			"outputDirectory"), "relative paths are the caller's");
	}

	@Test
	public void testAbsoluteAndEmptyFiles() {
		assertEquals(new File("/tmp/x"), convert("outputDirectory=/tmp/x").get(
			"outputDirectory"));
		assertEquals(null, convert("outputDirectory=").get("outputDirectory"));
	}

	@Test
	public void testKeysMatchCaseInsensitively() {
		assertEquals(2.0, convert("CURRENT=2").get("current"));
	}

	@Test
	public void testUnknownKeyListsAcceptedNames() {
		final String message = error("curent=5");
		assertTrue(message.contains("Unknown parameter 'curent'"), message);
		assertTrue(message.contains(
			"message, current, count, mode, loud, outputDirectory"), message);
		// NB: services are filled in by the framework, not by the user.
		assertTrue(!message.contains("status"), message);
	}

	@Test
	public void testBadValuesNameParameterTypeAndRange() {
		assertEquals("Parameter 'current' must be a number (double) in [0, 100]; " +
			"got 'abc'", error("current=abc"));
		assertEquals("Parameter 'current' must be a number (double) in [0, 100]; " +
			"got '200'", error("current=200"));
		assertTrue(error("current=NaN").contains("in [0, 100]"));
		assertEquals("Parameter 'count' must be an integer (int) >= 1; got '1.5'",
			error("count=1.5"));
		assertEquals("Parameter 'count' must be an integer (int) >= 1; got '0'",
			error("count=0"));
		assertEquals("Parameter 'count' must be an integer (int) >= 1; got " +
			"'99999999999'", error("count=99999999999"));
		assertEquals("Parameter 'mode' must be one of fast | slow; got 'medium'",
			error("mode=medium"));
		assertEquals("Parameter 'loud' must be true or false; got 'maybe'", error(
			"loud=maybe"));
	}

	@Test
	public void testUserInputNamesSkipServices() {
		assertEquals(List.of("message", "current", "count", "mode", "loud",
			"outputDirectory"), InputConverter.userInputNames(echo));
	}

	private static Map<String, Object> convert(final String text) {
		return converter.convert(echo, new LinkedHashMap<>(
			org.loligo.scijava.headless.ParameterString.parse(text)));
	}

	private static String error(final String text) {
		return assertThrows(IllegalArgumentException.class, () -> convert(text))
			.getMessage();
	}
}
