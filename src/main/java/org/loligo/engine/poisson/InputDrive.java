package org.loligo.engine.poisson;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The transmitted input spikes of one trial, step by step: {@link #next} gives the counts that arrive
 * in the step {@code (t, t + dt]} about to be integrated. One drive per trial, drawing only from that
 * trial's random stream.
 */
public interface InputDrive {

	/** Counts of this step into {@code counts[0]} (excitatory) and {@code counts[1]} (inhibitory). */
	void next(int[] counts);

	/** The drive {@code input} asks for, from {@code rng}; with {@code events}, explicit inputs are recorded. */
	static InputDrive of(final PoissonInput input, final double dt, final UniformRandomProvider rng,
		final InputEvents events)
	{
		return input.mode() == PoissonInput.Mode.SUPERPOSED ? new SuperposedDrive(input, dt, rng) :
			new ExplicitDrive(input, dt, rng, events);
	}

	/**
	 * Superposition of thinned trains: per step and group one exact Binomial(N, q·p) draw
	 * ({@link BinomialSampler}), so a step costs the same for 100 inputs as for 10⁵.
	 */
	final class SuperposedDrive implements InputDrive {

		private final BinomialSampler exc, inh;

		SuperposedDrive(final PoissonInput in, final double dt, final UniformRandomProvider rng) {
			final double q = in.transmitProbability(dt);
			exc = new BinomialSampler(rng, in.excitatoryInputs(), q);
			inh = new BinomialSampler(rng, in.inhibitoryInputs(), q);
		}

		@Override
		public void next(final int[] counts) {
			counts[0] = exc.sample();
			counts[1] = inh.sample();
		}
	}

	/**
	 * Every input simulated: per input and step a spike with probability q = rate·dt, then release with
	 * probability p; inputs 0 … N_E - 1 are excitatory, N_E … N_E + N_I - 1 inhibitory. Cost ∝ N per step.
	 * Presynaptic spikes (released or not) are recorded into {@code events} when given, at the end of
	 * their step, the time they act.
	 */
	final class ExplicitDrive implements InputDrive {

		private final UniformRandomProvider rng;
		private final int nExc, nAll;
		private final double q, p, dt;
		private final InputEvents events;
		private long step;

		ExplicitDrive(final PoissonInput in, final double dt, final UniformRandomProvider rng,
			final InputEvents events)
		{
			this.rng = rng;
			this.nExc = in.excitatoryInputs();
			this.nAll = nExc + in.inhibitoryInputs();
			this.q = in.spikeProbability(dt);
			this.p = in.releaseProbability();
			this.dt = dt;
			this.events = events;
		}

		@Override
		public void next(final int[] counts) {
			int e = 0, i = 0;
			step++;
			for (int k = 0; k < nAll; k++) {
				if (!(rng.nextDouble() < q)) continue;
				// NB: the release draw is taken for every presynaptic spike, p = 1 included, so that the
				// stream's use does not depend on p.
				final boolean released = rng.nextDouble() < p;
				if (events != null) events.add(k, step * dt, released);
				if (!released) continue;
				if (k < nExc) e++;
				else i++;
			}
			counts[0] = e;
			counts[1] = i;
		}
	}
}
