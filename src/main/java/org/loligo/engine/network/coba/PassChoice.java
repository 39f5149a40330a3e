package org.loligo.engine.network.coba;

/**
 * Which membrane pass a run takes, and the words for it in summary.json ({@code membrane_pass}). Both
 * passes give the same bits; the choice is only about time.
 * <p>
 * NB: why not always the vector pass. It is fast only once HotSpot's C2 compiler has compiled it;
 * compiling the Vector API code costs about a second of CPU on the 2-core development machine, and until
 * then every vector operation allocates. From a fresh JVM a 4,000-neuron, 1 s run took 1.2–1.6 s with the
 * vector pass and 0.7–0.8 s with the scalar one. Compiled, the vector pass saves about 0.2 s per 4·10⁷
 * neuron-steps on 2 threads, so compiling pays off from about {@value #AUTO_NEURON_STEPS} neuron-steps. So
 * by default ("auto") a run takes the vector pass when it is at least that long, when an earlier run in
 * this JVM has compiled it (Fiji, a script, the benchmark harness), or when the scalar runs of this JVM
 * together with this one reach that many neuron-steps (many short runs in Fiji: the compile pays off over
 * the runs to come, and those then run compiled); otherwise the scalar pass.
 * {@code -Dloligo.vector=true} always takes the vector pass, {@code -Dloligo.vector=false} never.
 */
record PassChoice(MembranePass pass, String description) {

	/** Neuron-steps from which auto takes the vector pass in a JVM that has not compiled it yet. */
	static final long AUTO_NEURON_STEPS = 200_000_000L;
	/** Steps of a vector run after which C2 has compiled the pass (it does so within a few thousand). */
	static final int COMPILED_AFTER_STEPS = 5000;

	private static volatile boolean compiled;
	/** Neuron-steps that auto runs have done on the scalar pass in this JVM. */
	private static final java.util.concurrent.atomic.AtomicLong SCALAR_NEURON_STEPS =
		new java.util.concurrent.atomic.AtomicLong();

	/** The pass for a run of {@code neuronSteps} (neurons × steps), by the property loligo.vector. */
	static PassChoice forRun(final long neuronSteps) {
		final MembranePass best = MembranePass.best();
		if (best == MembranePass.SCALAR) return new PassChoice(best, "scalar (" + MembranePass.VectorSupport.reason +
			")");
		final String vector = "vector, " + best.lanes() + " doubles per instruction";
		if ("true".equalsIgnoreCase(System.getProperty("loligo.vector"))) return new PassChoice(best, vector +
			" (-Dloligo.vector=true)");
		if (compiled) return new PassChoice(best, vector + " (compiled by an earlier run in this JVM)");
		if (neuronSteps >= AUTO_NEURON_STEPS) return new PassChoice(best, vector);
		final long before = SCALAR_NEURON_STEPS.get();
		if (before + neuronSteps >= AUTO_NEURON_STEPS) return new PassChoice(best, String.format(java.util.Locale.ROOT,
			"%s (this JVM has run %.3g neuron-steps on the scalar pass: compiling the vector pass pays off now)",
			vector, (double) before));
		return new PassChoice(MembranePass.SCALAR, String.format(java.util.Locale.ROOT, "scalar (auto: this JVM has " +
			"not compiled the vector pass yet, and a run of %.3g neuron-steps is shorter than the %.0e from which " +
			"compiling it pays off; -Dloligo.vector=true forces it)", (double) neuronSteps,
			(double) AUTO_NEURON_STEPS));
	}

	/** The pass the caller asked for ({@code vector} where the JVM has it). */
	static PassChoice forced(final boolean vector) {
		final MembranePass best = MembranePass.best();
		if (!vector) return new PassChoice(MembranePass.SCALAR, "scalar (chosen by the caller)");
		return best == MembranePass.SCALAR ? new PassChoice(best, "scalar (" + MembranePass.VectorSupport.reason +
			")") : new PassChoice(best, "vector, " + best.lanes() + " doubles per instruction (chosen by the caller)");
	}

	/** Forgets what earlier runs did (for tests of the auto rule). */
	static void forgetCompiled() {
		compiled = false;
		SCALAR_NEURON_STEPS.set(0);
	}

	/**
	 * Notes that a run with this choice did {@code steps} steps of {@code neurons} neurons: a long enough
	 * vector run has compiled the vector pass; a scalar run adds to the scalar neuron-steps.
	 */
	void ran(final int steps, final int neurons) {
		if (pass != MembranePass.SCALAR) {
			if (steps >= COMPILED_AFTER_STEPS) compiled = true;
		}
		else SCALAR_NEURON_STEPS.addAndGet((long) steps * neurons);
	}
}
