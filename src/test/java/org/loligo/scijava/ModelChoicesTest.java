package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.scijava.plugin.Parameter;

/** The model choices every command offers are the registry's presets, in its order. */
class ModelChoicesTest {

	@Test
	void theChoicesAreTheRegistry() throws Exception {
		final Parameter p = ModelCommand.class.getDeclaredField("model").getAnnotation(Parameter.class);
		final java.util.List<String> expected = new java.util.ArrayList<>(Models.names());
		expected.add(ModelSelection.FILE_CHOICE);
		assertEquals(expected, List.of(p.choices()));
		for (final Class<?> c : List.of(SimulateNeuron.class, StochasticEnsemble.class, PoissonNeuronCommand.class,
			CoupledNetworkCommand.class, FiCurveCommand.class, HopfBifurcationSweep.class))
			assertEquals(ModelCommand.class, c.getSuperclass(), c.getSimpleName() + " takes model from ModelCommand");
	}
}
