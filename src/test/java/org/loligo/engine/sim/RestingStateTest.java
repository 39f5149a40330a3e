package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;

/**
 * The resting potential at I = 0, derived independently as the root of the steady-state current
 * {@code I_ion(V, m∞(V), h∞(V), n∞(V)) = 0} (commons-math Brent), against long simulations.
 */
class RestingStateTest {

	/** Root of the steady-state I–V curve in [-90, -40] mV. */
	static double restingPotential(final NeuronModel p) {
		final UnivariateFunction iss = v -> p.hh().iNa(v, p.hh().mInf(v), p.hh().hInf(v)) + p.hh().iK(v, p.hh().nInf(v)) + p.hh().iL(v);
		return new BrentSolver(1e-12, 1e-12).solve(1000, iss, -90, -40);
	}

	// NB: TraubMiles is left out: with the benchmark's tiny leak it has no resting state below -30 mV
	// (I_ss < 0 from -100 to -35 mV) and fires spontaneously at I = 0.
	@ParameterizedTest
	@CsvSource({ "HH1952, rk4", "HH1952, exp-euler", "HH1952, euler", "HH1952-gL0.03, rk4", "HH1952-gL0.03, exp-euler" })
	void simulationSettlesOnTheDerivedRest(final String model, final String scheme) {
		final NeuronModel p = Models.byName(model);
		final double rest = restingPotential(p);
		final double duration = 2000;
		final SimulationSpec spec = SimulationSpec.builder(p).stimulus(Stimuli.NONE).duration(duration).dt(0.01)
			.scheme(scheme).record(new RecordSpec(duration, new int[] { 0 }, List.of(TraceVariable.V))).build();
		final double[] v = Simulation.run(spec).traces().series(TraceVariable.V, 0);
		assertEquals(rest, v[v.length - 1], 1e-3, model + " with " + scheme);
	}

	@org.junit.jupiter.api.Test
	void classicRestIsNearMinus65() {
		// The modern convention puts rest at about -65 mV (eL = -54.387 mV is chosen for that).
		assertEquals(-65.0, restingPotential(Models.HH1952), 0.1);
	}
}
