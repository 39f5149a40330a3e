package org.loligo.engine.network;

import java.util.Arrays;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceRecorder;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.sim.ConductanceExpEuler;
import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.Stepper;
import org.loligo.engine.sim.Workers;

/**
 * Runs a network of HH neurons coupled by synapses ({@link NetworkSpec}).
 * <p>
 * The schedule of one step from t_k to t_k+1 (the population run's, with the synapses added):
 * <ol>
 * <li><b>input</b>: what arrives at step k is applied (event conductances jump, kicks move V), then each
 * neuron's input at t_k is computed from the state at t_k: synaptic conductance g and g·E, gap current
 * {@code Σ w·(V_pre - V)}; the state at t_k is <b>recorded</b> (so a sample shows what was delivered at
 * its step);</li>
 * <li><b>integrate</b>: exp-euler folds g into V's exponential ({@link ConductanceExpEuler}: gates
 * Rush–Larsen, V exact at frozen gates and conductances) with the gap current explicit in the injected
 * current; euler takes the synaptic current {@code g·(E - V(t_k))} explicitly too. The sigmoid gates
 * advance at V_pre(t_k) (exactly for exp-euler, Euler for euler), event conductances decay exactly.
 * Then, as in {@link Simulation}: noise (white: Euler–Maruyama; OU: a current held over the step and
 * updated exactly; one stream per neuron), divergence check,
 * <b>spike detection</b> (upward crossing of the threshold, time interpolated in the step);</li>
 * <li><b>deliver</b>: each spike of the step is scheduled, per outgoing connection, for step
 * k + 1 + D (D = delay/dt rounded; D = 0 arrives in the input phase of the very next step).</li>
 * </ol>
 * NB: the coupling term of a step uses the state at its start, so the scheme is first order in the
 * coupling whatever its order for a single neuron. With zero coupling every neuron follows exactly
 * (bit for bit) the population run of the same spec.
 * <p>
 * Threads own contiguous blocks of neurons and meet at two barriers per step; delivery runs once per
 * step in the barrier's action, in neuron order; sums run in a fixed order; noise comes from one
 * stream per neuron. Results therefore do not depend on the thread count.
 */
public final class NetworkSimulation {

	/** Steps between polls of the cancel flag and progress updates. */
	private static final int POLL = 256;

	final NetworkSpec spec;
	final PopulationState state;
	final SynapticState synapses;
	final ConductanceStepper expEuler;
	final Stepper euler;
	final long stride;
	final TraceRecorder traces;
	/** The recorded neurons' synaptic conductance and current (rows by position in the record spec). */
	final double[][] gTrace, iTrace;
	/**
	 * Per neuron, shared by the workers (each writes only its own block): the step's injected current,
	 * synaptic conductance and its g·E, gap current, V at the step's start, and the spike detector (see
	 * {@link NetworkWorker}); each worker keeps its own neurons' noise ({@code NoiseDrive}).
	 */
	final double[] iNow, g, gE, gap, vOld;
	final SpikeDetector detector;
	volatile boolean halted;
	/** The step at which the run halted (valid when halted). */
	private volatile long haltedAt;
	private volatile long progressStep;
	private final AtomicBoolean stop = new AtomicBoolean();

	private NetworkSimulation(final NetworkSpec spec, final int samples) {
		this.spec = spec;
		final SimulationSpec p = spec.population();
		state = PopulationState.atRest(p.model(), p.neurons());
		synapses = new SynapticState(spec);
		expEuler = p.scheme() == Schemes.EXP_EULER ? ConductanceStepper.of(p.model(), p.dt(), p
			.rateTables()) : null;
		euler = expEuler == null ? p.scheme().prepare(p.model(), p.dt(), p.rateTables()) : null;
		traces = new TraceRecorder(p.record(), p.model(), p.steps(), p.dt());
		stride = traces.stride();
		final int nRec = p.record().neurons().length;
		gTrace = new double[nRec][samples];
		iTrace = new double[nRec][samples];
		final int n = p.neurons();
		iNow = new double[n];
		g = new double[n];
		gE = new double[n];
		gap = new double[n];
		vOld = new double[n];
		detector = new SpikeDetector(p.threshold(), p.hysteresis(), n);
	}

	public static NetworkResult run(final NetworkSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/**
	 * Runs the network; returns partial results (marked so) when the listener cancels.
	 *
	 * @throws IllegalArgumentException when the run would not fit in memory ({@link NetworkMemory})
	 * @throws org.loligo.engine.sim.DivergenceException when the state blows up
	 */
	public static NetworkResult run(final NetworkSpec spec, final SimulationListener listener) {
		final long start = System.nanoTime();
		final SimulationSpec p = spec.population();
		final RecordSpec rec = p.record();
		final long steps = p.steps();
		NetworkMemory.require(NetworkPlan.of(spec));
		final long seed = RandomStreams.resolveSeed(p.seed());
		final NetworkSimulation run = new NetworkSimulation(spec, (int) rec.samples(steps, p.dt()));
		final UniformRandomProvider[] streams = p.noise().isNone() ? null : RandomStreams.streams(seed, p.neurons());
		final int threads = p.effectiveThreads();
		final NetworkWorker[] workers = new NetworkWorker[threads];
		final long[] step = { 0 };
		final CyclicBarrier barrier = new CyclicBarrier(threads, () -> run.afterStep(workers, ++step[0]));
		for (int b = 0; b < threads; b++)
			workers[b] = new NetworkWorker(run, (int) ((long) p.neurons() * b / threads), (int) ((long) p.neurons() *
				(b + 1) / threads), streams, barrier);
		final long n = p.neurons();
		Workers.run("loligo-network", threads, Arrays.asList(workers), run.stop, listener, () -> run.progressStep * n,
			steps * n);
		final long done = run.halted ? run.haltedAt : steps;
		return run.result(workers, seed, done, done < steps, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * The barrier action, run by one thread once all have passed the synchronisation point. At the
	 * first barrier of step k it does nothing; at the second (after integration; {@code trip} even) it
	 * delivers the spikes of step k + 1 and polls for cancellation.
	 */
	private void afterStep(final NetworkWorker[] workers, final long trip) {
		if (trip % 2 != 0) return;
		final long k = trip / 2; // index of the state just computed
		for (final NetworkWorker w : workers)
			for (int c = 0; c < w.stepSpikeCount; c++)
				synapses.deliver(w.stepSpikes[c], k);
		if (k % POLL == 0) {
			progressStep = k;
			if (stop.get()) {
				haltedAt = k;
				halted = true;
			}
		}
	}

	private NetworkResult result(final NetworkWorker[] workers, final long seed, final long done,
		final boolean partial, final double wall)
	{
		final SimulationSpec p = spec.population();
		final SpikeStore[] parts = new SpikeStore[workers.length];
		for (int c = 0; c < workers.length; c++)
			parts[c] = workers[c].spikes;
		final SpikeStore.Merged spikes = SpikeStore.merge(parts, done);
		final int samples = (int) (done / stride) + 1;
		final SimulationResult r = new SimulationResult(p, seed, SpikeDetector.rule(p.threshold(), p.hysteresis()), spikes
			.neurons(), spikes.times(), traces.traces(done), done * p.dt(), partial, wall);
		return new NetworkResult(r, truncate(gTrace, samples), truncate(iTrace, samples), spec.connectivity()
			.connections(), spec.synapse().describe());
	}

	private static double[][] truncate(final double[][] x, final int samples) {
		final double[][] out = new double[x.length][];
		for (int r = 0; r < x.length; r++)
			out[r] = x[r].length <= samples ? x[r] : java.util.Arrays.copyOf(x[r], samples);
		return out;
	}
}
