package org.loligo.engine.network.coba;

import org.loligo.engine.record.SpikeDetector;

import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.RateTable;
import org.loligo.engine.sim.SimulationListener;

/**
 * The shared state of one network run: structure of arrays over all neurons (V in mV, gates, ge and gi
 * in mS/cm², the step of the last spike), the connectivity split into the blocks' target ranges, the
 * model constants, and the blocks. Blocks write only their own neurons' entries.
 */
final class CobaRun {

	/** Steps between progress reports and stop checks (25.6 ms of biology at dt = 0.1 ms). */
	static final int POLL = 256;

	final int steps, stride, recorded, nExc;
	final double[] v, m, h, n, ge, gi;
	/** The spike rule (threshold and refractory window), shared by the blocks: each owns its neurons. */
	final SpikeDetector detector;
	final double[][] traces;
	final int[] targets;
	final int[][] split;
	final RateTable table;
	final double gNa, gK, gL, eNa, eK, gLeL, eE, eI, minusDtOverC, decayE, decayI, we, wi;
	/** Pass 1 of every block's step (scalar or vector: the same bits either way). */
	final MembranePass membrane;
	CobaBlock[] blocks;
	volatile boolean stop;

	private final HHModel model;
	final double dt;
	private final SimulationListener listener;
	private final long totalWork;
	private long lastReport;

	CobaRun(final CobaSpec spec, final Connectivity c, final double[][] init, final int[] bounds,
		final SimulationListener listener, final MembranePass membrane)
	{
		model = Models.TRAUB_MILES.hh();
		dt = spec.dt();
		this.listener = listener;
		final int size = spec.neurons();
		steps = spec.steps();
		stride = spec.recordStride();
		recorded = spec.recordNeurons();
		nExc = c.nExc;
		v = init[0];
		m = init[1];
		h = init[2];
		n = init[3];
		ge = init[4];
		gi = init[5];
		detector = SpikeDetector.refractory(spec.threshold(), spec.refractorySteps(), size);
		traces = new double[recorded][steps / stride + 1];
		for (int i = 0; i < recorded; i++)
			traces[i][0] = v[i];
		targets = c.targets;
		split = c.split(bounds);
		table = new RateTable(model.model(), dt);
		gNa = model.gNa();
		gK = model.gK();
		gL = model.gL();
		eNa = model.eNa();
		eK = model.eK();
		gLeL = model.gL() * model.eL();
		eE = spec.reversalExc();
		eI = spec.reversalInh();
		minusDtOverC = -dt / model.cm();
		decayE = spec.excitatorySynapse().decayFactor(dt);
		decayI = spec.inhibitorySynapse().decayFactor(dt);
		we = CobaNetwork.toPerArea(spec.weightExc());
		wi = CobaNetwork.toPerArea(spec.weightInh());
		totalWork = (long) steps * size;
		this.membrane = membrane;
	}

	/** Exact gate coefficients where V is off the table (only with extreme reversal potentials), into ab[0..5]. */
	double[] exactCoefficients(final double vi, final double[] ab) {
		RateTable.exact(model.kinetics(), vi, dt, ab);
		return ab;
	}

	/** Called by block 0 every POLL steps, before the barrier: progress (≤ 10 per second) and cancel. */
	void poll(final int k) {
		final long now = System.nanoTime();
		if (now - lastReport > 100_000_000L) {
			lastReport = now;
			listener.progress((long) k * v.length, totalWork);
		}
		if (listener.isCancelled()) stop = true;
	}
}
