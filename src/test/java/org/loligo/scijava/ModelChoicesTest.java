package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.scijava.plugin.Parameter;

/**
 * The model choices every command offers are the registry's presets, in its order, and the shared
 * parameters are declared once, in the base commands.
 */
class ModelChoicesTest {

	private static final List<Class<?>> MODEL_COMMANDS = List.of(SimulateNeuron.class, StochasticEnsemble.class,
		PoissonNeuronCommand.class, CoupledNetworkCommand.class, FiCurveCommand.class, HopfBifurcationSweep.class);

	@Test
	void theChoicesAreTheRegistry() throws Exception {
		final Parameter p = ModelCommand.class.getDeclaredField("model").getAnnotation(Parameter.class);
		final List<String> expected = new ArrayList<>(Models.names());
		expected.add(ModelSelection.FILE_CHOICE);
		assertEquals(expected, List.of(p.choices()));
		for (final Class<?> c : MODEL_COMMANDS)
			assertTrue(ModelCommand.class.isAssignableFrom(c), c.getSimpleName() + " takes model from ModelCommand");
	}

	@Test
	void sharedParametersAreDeclaredOnceInTheBaseCommands() {
		final Set<String> shared = Set.of("model", "modelFile", "cell", "temperature", "duration", "dt", "seed", "threads", "threshold", "hysteresis",
			"recordInterval");
		final Set<Class<?>> bases = Set.of(ModelCommand.class, SimulationCommand.class, SpikingCommand.class);
		for (final Class<?> c : MODEL_COMMANDS) {
			final List<String> names = new ArrayList<>();
			for (Class<?> k = c; k != null; k = k.getSuperclass())
				for (final Field f : k.getDeclaredFields()) {
					if (f.getAnnotation(Parameter.class) == null) continue;
					names.add(f.getName());
					if (shared.contains(f.getName())) assertTrue(bases.contains(k), c.getSimpleName() + " declares " + f
						.getName() + " itself (" + k.getSimpleName() + ")");
				}
			assertEquals(names.size(), Set.copyOf(names).size(), c.getSimpleName() + " shadows a parameter: " + names);
		}
	}
}
