package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.ParameterString;

/** Tests {@link ParameterString}: Fiji's {@code key=value,...} syntax. */
public class ParameterStringTest {

	@Test
	public void testPlainPairsKeepOrderAndTrimSpaces() {
		final Map<String, String> p = ParameterString.parse(
			" model = classic , current=10,dt=0.01 ");
		assertEquals(List.of("model", "current", "dt"), List.copyOf(p.keySet()));
		assertEquals("classic", p.get("model"));
		assertEquals("10", p.get("current"));
		assertEquals("0.01", p.get("dt"));
	}

	@Test
	public void testQuotedValuesMayContainCommas() {
		final Map<String, String> p = ParameterString.parse(
			"pulseTimes=[10, 20, 30],a='x,y',b=\"p, q\",c=[[1,2],[3]]");
		assertEquals("10, 20, 30", p.get("pulseTimes"));
		assertEquals("x,y", p.get("a"));
		assertEquals("p, q", p.get("b"));
		assertEquals("[1,2],[3]", p.get("c"));
	}

	@Test
	public void testValuesKeepInnerSpacesAndEqualsSigns() {
		final Map<String, String> p = ParameterString.parse(
			"outputDirectory=my runs/a=b,empty=,last=x");
		assertEquals("my runs/a=b", p.get("outputDirectory"));
		assertEquals("", p.get("empty"));
		assertEquals("x", p.get("last"));
	}

	@Test
	public void testBlankGivesNoPairs() {
		assertTrue(ParameterString.parse(null).isEmpty());
		assertTrue(ParameterString.parse("").isEmpty());
		assertTrue(ParameterString.parse(" , ,").isEmpty());
	}

	@Test
	public void testMalformedStringsAreErrors() {
		assertMessage("Expected key=value but found 'current'", "current,dt=1");
		assertMessage("Missing parameter name", "=5");
		assertMessage("Unterminated [ in the value of 'pulseTimes'",
			"pulseTimes=[10, 20");
		assertMessage("Unterminated ' in the value of 'a'", "a='x,y");
		assertMessage("Expected ',' after the quoted value of 'a'", "a=[x]y");
		assertMessage("Parameter 'dt' is given twice", "dt=1,dt=2");
	}

	private static void assertMessage(final String expected, final String text) {
		final IllegalArgumentException exc = assertThrows(
			IllegalArgumentException.class, () -> ParameterString.parse(text));
		assertTrue(exc.getMessage().contains(expected), exc.getMessage());
	}
}
