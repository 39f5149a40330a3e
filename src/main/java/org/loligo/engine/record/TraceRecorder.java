package org.loligo.engine.record;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.PopulationState;

/**
 * The traces of a run: the {@link RecordSpec}'s variables of its recorded neurons, sampled every
 * {@code stride} steps (step 0, the initial state, included). An observer of the step shared by the
 * runners (population and network): each worker samples the recorded neurons it owns through its own
 * {@link Block}, so no two threads write the same row.
 * <p>
 * Layout: row {@code q·R + r} holds variable q of recorded neuron r (R recorded neurons), one column per
 * sample.
 */
public final class TraceRecorder {

	private final RecordSpec rec;
	private final TraceVariable.Probe[] probes;
	private final double[][] data;
	private final long stride;
	private final double dt;

	/** Allocates the traces of a run of {@code steps} steps of {@code dt} ms. */
	public TraceRecorder(final RecordSpec rec, final NeuronModel model, final long steps, final double dt) {
		this.rec = rec;
		this.dt = dt;
		this.stride = rec.stride(dt);
		this.probes = rec.variables().stream().map(x -> x.bind(model)).toArray(TraceVariable.Probe[]::new);
		this.data = new double[rec.neurons().length * probes.length][(int) rec.samples(steps, dt)];
	}

	/** Steps between samples. */
	public long stride() {
		return stride;
	}

	/** Whether step k is sampled (its sample is k / stride). */
	public boolean samples(final long k) {
		return k % stride == 0;
	}

	/** The recorder of the neurons [from, to) that one worker owns. */
	public Block block(final int from, final int to) {
		return new Block(from, to);
	}

	/** The traces of the first {@code done} steps (all samples when the run completed). */
	public Traces traces(final long done) {
		final int samples = data.length == 0 ? 0 : data[0].length;
		if (rec.neurons().length == 0) return Traces.empty();
		final double[] time = new double[samples];
		for (int k = 0; k < samples; k++)
			time[k] = k * stride * dt;
		final Traces all = new Traces(time, rec.neurons(), rec.variables(), data);
		final int kept = (int) (done / stride) + 1;
		return kept < samples ? all.truncate(kept) : all;
	}

	/** One worker's recorded neurons: their positions r in the record spec and their indices. */
	public final class Block {

		private final int[] positions, ids;

		private Block(final int from, final int to) {
			final int[] all = rec.neurons();
			int c = 0;
			for (final int id : all)
				if (id >= from && id < to) c++;
			positions = new int[c];
			ids = new int[c];
			c = 0;
			for (int r = 0; r < all.length; r++)
				if (all[r] >= from && all[r] < to) {
					positions[c] = r;
					ids[c++] = all[r];
				}
		}

		/** Writes sample j of this block's recorded neurons from the state. */
		public void sample(final int j, final PopulationState s) {
			final int nRec = rec.neurons().length;
			for (int c = 0; c < ids.length; c++)
				for (int q = 0; q < probes.length; q++)
					data[q * nRec + positions[c]][j] = probes[q].value(s, ids[c]);
		}

		/** Number of this block's recorded neurons. */
		public int size() {
			return ids.length;
		}

		/** Position in the record spec of this block's c-th recorded neuron. */
		public int position(final int c) {
			return positions[c];
		}

		/** Index of this block's c-th recorded neuron. */
		public int neuron(final int c) {
			return ids[c];
		}
	}
}
