package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.scijava.prefs.PrefService;

/**
 * Tests {@link DialogMemory} both ways: at a display the dialog is filled with the last dialog's values
 * and keeps what the user confirmed, never touching what a script set; headless (and in a batch run
 * through the command service) nothing is read or written, so a parameter left out gets its default.
 */
class DialogMemoryTest extends CommandTestBase {

	private PrefService prefs;

	@BeforeEach
	void storeAnEarlierDialog() {
		prefs = context.service(PrefService.class);
		prefs.clear(SimulateNeuron.class);
		prefs.put(SimulateNeuron.class, "neurons", "5");
		prefs.put(SimulateNeuron.class, "current", "99");
		prefs.put(SimulateNeuron.class, "dt", "0.005");
		prefs.put(SimulateNeuron.class, "stimulus", "ramp");
	}

	@AfterEach
	void forget() {
		prefs.clear(SimulateNeuron.class);
	}

	private static Module module() {
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(SimulateNeuron.class));
		// A script set the current: the dialog does not ask for it, the memory does not touch it.
		m.setInput("current", 7.0);
		m.resolveInput("current");
		return m;
	}

	@Test
	void atADisplayTheDialogStartsFromTheLastValuesAndKeepsTheNewOnes() {
		final Module m = module();
		DialogMemory.recall(m, true, prefs, context.service(ConvertService.class));
		assertEquals(5, m.getInput("neurons"));
		assertEquals(0.005, m.getInput("dt"));
		assertEquals("ramp", m.getInput("stimulus"));
		assertEquals(7.0, m.getInput("current"), "a value the script set stays");
		m.setInput("neurons", 8); // the user types 8 and presses OK
		DialogMemory.remember(m, false, prefs);
		assertEquals("8", prefs.get(SimulateNeuron.class, "neurons"));
		assertEquals("99", prefs.get(SimulateNeuron.class, "current"), "not asked, not stored");
		assertNull(prefs.get(SimulateNeuron.class, "stimulusSection"), "headers are not remembered");
	}

	@Test
	void aCancelledDialogIsNotRemembered() {
		final Module m = module();
		DialogMemory.recall(m, true, prefs, context.service(ConvertService.class));
		m.setInput("neurons", 8);
		DialogMemory.remember(m, true, prefs);
		assertEquals("5", prefs.get(SimulateNeuron.class, "neurons"));
	}

	@Test
	void headlessNothingIsReadOrWritten() throws Exception {
		final Module m = module();
		DialogMemory.recall(m, false, prefs, context.service(ConvertService.class));
		assertEquals(1, m.getInput("neurons"), "the documented default");
		assertEquals(0.01, m.getInput("dt"));
		m.setInput("neurons", 8);
		DialogMemory.remember(m, false, prefs);
		assertEquals("5", prefs.get(SimulateNeuron.class, "neurons"));

		// A batch call through the command service (pre-processing on, as scripts and the launcher run
		// commands): the remembered 5 neurons and dt = 0.005 do not leak into it.
		final CommandModule run = run(SimulateNeuron.class, Map.of("duration", 5.0, "current", 10.0));
		final SimulateNeuron s = (SimulateNeuron) run.getDelegateObject();
		assertEquals(1, s.result().spec().neurons());
		assertEquals(0.01, s.result().spec().dt());
		assertFalse(DialogMemory.hasWindows(null), "tests run headless");
		assertEquals("5", prefs.get(SimulateNeuron.class, "neurons"), "and nothing is written");
	}
}
