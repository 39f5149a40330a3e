package org.loligo.analysis.rate;

/**
 * An f–I curve: rates in Hz at each current (µA/cm²) per branch, the mean over trials and its population
 * SD (ddof 0; 0 with one trial). Arrays of a branch that was not run are null; rates of currents not
 * reached before a cancel are NaN (and {@code partial} is true).
 *
 * @param spec        what was computed
 * @param currents    the currents, ascending, µA/cm²
 * @param up          mean rate on the up sweep, Hz, per current (ascending order, like currents)
 * @param upSd        SD over trials of the up rates, Hz
 * @param down        mean rate on the down sweep, Hz, per current (ascending order, like currents)
 * @param downSd      SD over trials of the down rates, Hz
 * @param rest        mean rate from rest, Hz, per current
 * @param restSd      SD over trials of the rates from rest, Hz
 * @param seed        the master seed used
 * @param partial     whether the run was cancelled before the end
 * @param wallSeconds wall-clock time of the run
 */
public record FiResult(FiSpec spec, double[] currents, double[] up, double[] upSd, double[] down,
	double[] downSd, double[] rest, double[] restSd, long seed, boolean partial, double wallSeconds)
{

	/**
	 * The first current of the up sweep whose mean rate is &gt; 0 (the onset of repetitive firing from
	 * rest, near the Hopf point for the classic model), µA/cm²; NaN if none or not run.
	 */
	public double onsetCurrentUp() {
		return lowestFiring(up);
	}

	/**
	 * The last current of the down sweep that still fires: the lowest current whose mean rate on the down
	 * sweep is &gt; 0 (near the fold of limit cycles for the classic model), µA/cm²; NaN if none or not
	 * run. NB: "lowest firing", not "first silent + one step": the same value when firing stops once and
	 * for all, as it does in the HH models.
	 */
	public double offsetCurrentDown() {
		return lowestFiring(down);
	}

	/** The lowest current whose mean rate from rest is &gt; 0, µA/cm²; NaN if none or not run. */
	public double onsetCurrentRest() {
		return lowestFiring(rest);
	}

	private double lowestFiring(final double[] rates) {
		if (rates == null) return Double.NaN;
		for (int j = 0; j < currents.length; j++)
			if (rates[j] > 0) return currents[j];
		return Double.NaN;
	}
}
