package org.loligo.engine.sim;

/**
 * The state left its meaningful range (non-finite, a gate outside [0, 1], |V| beyond
 * {@link Simulation#V_LIMIT} mV): the step is too large for the scheme. The message names the neuron,
 * time, variable, scheme and dt and suggests a way out.
 */
public final class DivergenceException extends RuntimeException {

	private final int neuron;
	private final double time;
	private final String variable;
	private final double value;

	public DivergenceException(final int neuron, final double time, final String variable, final double value,
		final String scheme, final double dt)
	{
		super(message(neuron, time, variable, value, scheme, dt));
		this.neuron = neuron;
		this.time = time;
		this.variable = variable;
		this.value = value;
	}

	private static String message(final int neuron, final double time, final String variable,
		final double value, final String scheme, final double dt)
	{
		final String range = variable.equals("V") ? "within ±" + (int) Simulation.V_LIMIT + " mV" : "in [0, 1]";
		final String smaller = "use a smaller dt (try dt=" + (dt / 10) + ")";
		final String way;
		if (scheme.equals("exp-euler") && variable.equals("V") && Double.isFinite(value))
			// NB: exp-euler integrates V exactly at frozen gates, so a finite runaway V is the model's own
			// response to the input far more often than a step-size problem.
			way = "The stimulus likely drives this model far outside its physiological range (check current, " +
				"amplitude and the model's leak); otherwise " + smaller;
		else way = "The step is likely too large for this scheme: " + smaller + (scheme.equals("exp-euler") ? "" :
			" or method=exp-euler, which keeps gates in [0, 1] at any dt") + "; or the stimulus is too strong";
		return String.format("Simulation diverged: neuron %d at t = %.4g ms has %s = %s (expected %s) with " +
			"method=%s and dt=%s ms. %s.", neuron, time, variable, value, range, scheme, dt, way);
	}

	public int neuron() {
		return neuron;
	}

	public double time() {
		return time;
	}

	public String variable() {
		return variable;
	}

	public double value() {
		return value;
	}
}
