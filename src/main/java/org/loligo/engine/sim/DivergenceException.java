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
		final String way = scheme.equals("exp-euler") ? "use a smaller dt (try dt=" + (dt / 10) + ")" :
			"use a smaller dt (try dt=" + (dt / 10) + ") or method=exp-euler, which keeps gates in [0, 1] at any dt";
		return String.format("Simulation diverged: neuron %d at t = %.4g ms has %s = %s (expected %s) with " +
			"method=%s and dt=%s ms. The step is too large for this scheme: %s.", neuron, time, variable, value,
			range, scheme, dt, way);
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
