package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.codehaus.groovy.jsr223.GroovyScriptEngineFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.python.core.Py;
import org.python.core.PyList;
import org.python.jsr223.PyScriptEngineFactory;
import org.scijava.Context;
import org.scijava.module.Module;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;
import org.scijava.script.ScriptService;
import org.scijava.service.Service;

/**
 * Tests {@link LoligoGroovyLanguage} and {@link LoligoJythonLanguage}: scripts
 * with {@code #@} inputs and outputs, and giving way to Fiji's languages.
 */
public class ScriptLanguagesTest {

	private static final String HEADER = String.join("\n", //
		"#@ String model", "#@ Double current", "#@ CommandService command",
		"#@output Integer spikeCount", "#@output String echo",
		"#@output Double half", "");

	private static Context context;
	private static ScriptService scripts;

	@BeforeAll
	public static void setUp() {
		context = new Context();
		scripts = context.service(ScriptService.class);
	}

	@AfterAll
	public static void tearDown() {
		context.dispose();
	}

	@Test
	public void testLanguagesAreFoundByExtensionAndName() {
		assertInstanceOf(LoligoGroovyLanguage.class, scripts
			.getLanguageByExtension("groovy"));
		assertInstanceOf(LoligoJythonLanguage.class, scripts
			.getLanguageByExtension("py"));
		assertInstanceOf(LoligoJythonLanguage.class, scripts.getLanguageByName(
			"python"));
		assertEquals(LoligoGroovyLanguage.NAME, scripts.getLanguageByExtension(
			"groovy").getLanguageName());
	}

	@Test
	public void testGroovyInputsAndOutputs() throws Exception {
		final Map<String, Object> out = run("t.groovy", HEADER +
			"spikeCount = (int) (current * 2)\n" +
			"echo = model + ' ' + (command != null)\n" + "half = current / 2\n");
		assertEquals(7, out.get("spikeCount"));
		assertEquals("classic true", out.get("echo"));
		assertEquals(1.75, out.get("half"));
	}

	@Test
	public void testJythonInputsAreGlobalsAndOutputsComeBackAsJava()
		throws Exception
	{
		final Map<String, Object> out = run("t.py", HEADER +
			"#@output String nothing\n" + "def twice():\n" +
			"    return int(current * 2)\n" + // NB: inputs are module globals
			"spikeCount = twice()\n" +
			"echo = model + ' ' + str(command is not None)\n" +
			"half = current / 2\n" + "nothing = None\n");
		assertEquals(7, out.get("spikeCount"));
		assertEquals("classic True", out.get("echo"));
		assertEquals(1.75, out.get("half"));
		assertNull(out.get("nothing"));
	}

	@Test
	public void testJythonDecode() {
		final ScriptLanguage python = new LoligoJythonLanguage();
		assertNull(python.decode(Py.None));
		assertEquals(3, python.decode(Py.newInteger(3)));
		assertEquals(2.5, python.decode(Py.newFloat(2.5)));
		assertEquals("s", python.decode(Py.newString("s")));
		assertEquals(true, python.decode(Py.True));
		final PyList list = new PyList(List.of(1, 2));
		assertSame(list, python.decode(list));
		assertEquals("plain", python.decode("plain"));
	}

	@Test
	public void testFijiLanguagesWinWhenPresent() {
		// NB: Stand-ins for Fiji's GroovyScriptLanguage and JythonScriptLanguage:
		// normal priority, the same names and extensions.
		final PluginIndex index = new PluginIndex();
		index.add(info(FijiGroovy.class, "Groovy"));
		index.add(info(FijiJython.class, "Python"));
		final Context fiji = new Context(List.<Class<? extends Service>> of(
			ScriptService.class), index);
		try {
			final ScriptService s = fiji.service(ScriptService.class);
			assertInstanceOf(FijiGroovy.class, s.getLanguageByExtension("groovy"));
			assertInstanceOf(FijiGroovy.class, s.getLanguageByName("groovy"));
			assertInstanceOf(FijiJython.class, s.getLanguageByExtension("py"));
			assertInstanceOf(FijiJython.class, s.getLanguageByName("python"));
			assertInstanceOf(FijiJython.class, s.getLanguageByName("jython"));
			// Loligo's stay reachable under their own, distinct names.
			assertInstanceOf(LoligoGroovyLanguage.class, s.getLanguageByName(
				LoligoGroovyLanguage.NAME));
			assertTrue(s.getLanguages().stream().anyMatch(
				l -> l instanceof LoligoJythonLanguage));
		}
		finally {
			fiji.dispose();
		}
	}

	// -- Helper methods --

	private static Map<String, Object> run(final String name,
		final String script) throws Exception
	{
		final Module module = scripts.run(name, script, true, "model", "classic",
			"current", 3.5).get();
		return module.getOutputs();
	}

	private static PluginInfo<ScriptLanguage> info(
		final Class<? extends ScriptLanguage> c, final String name)
	{
		final PluginInfo<ScriptLanguage> info = new PluginInfo<>(c,
			ScriptLanguage.class);
		info.setName(name);
		return info;
	}

	// -- Helper classes --

	public static class FijiGroovy extends AdaptedScriptLanguage {

		public FijiGroovy() {
			super(new GroovyScriptEngineFactory());
		}
	}

	public static class FijiJython extends AdaptedScriptLanguage {

		public FijiJython() {
			super(new PyScriptEngineFactory());
		}
	}
}
