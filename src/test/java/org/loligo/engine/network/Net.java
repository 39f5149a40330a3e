package org.loligo.engine.network;

import java.util.List;

import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.SimulationSpec;

/** Test helpers: small networks. */
final class Net {

	private Net() {}

	/** HH with gNa = gK = gL = 0: a pure capacitor starting at vInit mV. */
	static NeuronModel capacitor(final double vInit) {
		return org.loligo.engine.model.HHModel.build("capacitor", 1.0, 0, 0, 0, 50, -77, -54.387, vInit, Models.HH1952);
	}

	/** A population of n neurons, traces of V (every step) for all of them. */
	static SimulationSpec.Builder population(final NeuronModel model, final List<Stimulus> stimuli,
		final double duration, final String method)
	{
		return population(model, stimuli, duration, method, 0.01);
	}

	/** The same at step dt, recording every step. */
	static SimulationSpec.Builder population(final NeuronModel model, final List<Stimulus> stimuli,
		final double duration, final String method, final double dt)
	{
		final int n = stimuli.size();
		final int[] ids = new int[n];
		for (int i = 0; i < n; i++)
			ids[i] = i;
		return SimulationSpec.builder(model).neurons(n).stimuli(stimuli).duration(duration).dt(dt).scheme(method)
			.record(new RecordSpec(dt, ids, List.of(TraceVariable.V))).threads(1).seed(3);
	}

	/** Neuron 1 receives from neuron 0 with weight w (and nothing else). */
	static double[][] oneToTwo(final double w) {
		return new double[][] { { 0, 0 }, { w, 0 } };
	}

	static SynapseModel synapse(final String kind) {
		return switch (kind) {
			case "sigmoid" -> SynapseModel.sigmoid();
			case "rise-decay" -> new SynapseModel(kind, 0, 5, 0.5, 0, 0, 1);
			case "exponential" -> new SynapseModel(kind, 0, 3, 0, 0, 0, 1);
			default -> new SynapseModel(kind, 0, 1, 0, 0, 0, 1);
		};
	}

	static double[] v(final NetworkResult r, final int neuron) {
		return r.population().traces().series(TraceVariable.V, neuron);
	}

	/** The step whose state first reaches the spike: spike time t in ((k-1)·dt, k·dt]. */
	static long detectionStep(final double t, final double dt) {
		return (long) Math.ceil(t / dt - 1e-9);
	}
}
