package org.loligo.engine.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stimulus menu of the commands, turned into one {@link Stimulus} per neuron: a constant baseline
 * {@code current} plus one shaped stimulus of {@code amplitude} (µA/cm²), chosen by name:
 * {@code constant} (amplitude added throughout), {@code step}, {@code pulses}, {@code ramp},
 * {@code sine}. See {@link Stimuli} for the shapes.
 * <p>
 * {@code pulseTimes} lists onsets in ms separated by spaces, commas or semicolons; with several
 * neurons, {@code |} separates one list per neuron (e.g. {@code "10 50 90 | 30 70"} for two neurons with
 * different trains). An empty list means a regular train at {@code frequency} Hz from start to stop.
 *
 * @param kind       constant, step, pulses, ramp or sine
 * @param current    baseline current for all neurons, µA/cm²
 * @param amplitude  amplitude of the shaped stimulus, µA/cm²
 * @param start      onset of step, ramp, sine and regular pulses, ms
 * @param stop       offset of the same, ms
 * @param pulseTimes explicit pulse onsets (see above), may be empty
 * @param pulseWidth width of each pulse, ms
 * @param frequency  sine frequency or regular pulse rate, Hz
 */
public record StimulusChoice(String kind, double current, double amplitude, double start, double stop,
	String pulseTimes, double pulseWidth, double frequency)
{

	/** The accepted values of {@code kind}. */
	public static final List<String> KINDS = List.of("constant", "step", "pulses", "ramp", "sine");

	public StimulusChoice {
		kind = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
		if (!KINDS.contains(kind)) throw new IllegalArgumentException("stimulus: unknown stimulus '" + kind +
			"'; accepted: " + String.join(", ", KINDS));
		if (!Double.isFinite(current)) throw new IllegalArgumentException("current must be finite (µA/cm²), got " +
			current);
		if (!Double.isFinite(amplitude))
			throw new IllegalArgumentException("amplitude must be finite (µA/cm²), got " + amplitude);
		if (pulseTimes == null) pulseTimes = "";
		if (!pulseTimes.isBlank() && !kind.equals("pulses")) throw new IllegalArgumentException("pulseTimes: [" +
			pulseTimes.trim().replaceAll("^\\[|\\]$", "") + "] are onsets of stimulus=pulses, which stimulus=" + kind +
			" ignores; add stimulus=pulses, or leave pulseTimes out");
	}

	/** The shape parameters of the menu (current and amplitude are used by every kind). */
	public static final List<String> SHAPE_PARAMETERS = List.of("start", "stop", "pulseTimes", "pulseWidth",
		"frequency");

	/**
	 * Whether this choice uses shape parameter {@code p} (one of {@link #SHAPE_PARAMETERS}): step and ramp
	 * use start and stop; sine adds frequency; pulses use pulseWidth and either pulseTimes or, when those
	 * are empty, frequency, start and stop; constant uses none.
	 */
	public boolean uses(final String p) {
		return switch (kind) {
			case "step", "ramp" -> p.equals("start") || p.equals("stop");
			case "sine" -> p.equals("start") || p.equals("stop") || p.equals("frequency");
			case "pulses" -> p.equals("pulseWidth") || p.equals("pulseTimes") || pulseTimes.isBlank() && !p.equals(
				"pulseTimes");
			default -> false;
		};
	}

	/** The choice that would use shape parameter {@code p}, for messages, e.g. {@code "stimulus=step, ramp, sine or pulses"}. */
	public static String usedBy(final String p) {
		return switch (p) {
			case "start", "stop" -> "stimulus=step, ramp, sine or pulses (regular, without pulseTimes)";
			case "frequency" -> "stimulus=sine or pulses (regular, without pulseTimes)";
			default -> "stimulus=pulses";
		};
	}

	/** One stimulus per neuron, or a single shared one when all neurons get the same. */
	public List<Stimulus> build(final int neurons) {
		final Stimulus base = Stimuli.constant(current);
		if (!kind.equals("pulses") || !pulseTimes.contains("|")) return List.of(base.plus(shape(pulseTimes)));
		final String[] groups = pulseTimes.split("\\|", -1);
		if (groups.length != neurons) throw new IllegalArgumentException("pulseTimes: " + groups.length +
			" lists separated by '|' but neurons=" + neurons + "; give one list for all or one per neuron");
		final List<Stimulus> out = new ArrayList<>(neurons);
		for (final String g : groups)
			out.add(base.plus(shape(g)));
		return out;
	}

	private Stimulus shape(final String times) {
		return switch (kind) {
			case "constant" -> Stimuli.constant(amplitude);
			case "step" -> Stimuli.step(amplitude, start, stop);
			case "ramp" -> Stimuli.ramp(amplitude, start, stop);
			case "sine" -> Stimuli.sine(amplitude, frequency, start, stop);
			default -> times.isBlank() ? Stimuli.regularPulses(amplitude, pulseWidth, frequency, start, stop) :
				Stimuli.pulses(amplitude, pulseWidth, parseTimes(times));
		};
	}

	/** Parses "10 30, 50;70" into {10, 30, 50, 70}, naming the parameter on error. */
	static double[] parseTimes(final String s) {
		final String[] parts = s.trim().split("[\\s,;]+");
		final double[] out = new double[parts.length];
		for (int k = 0; k < parts.length; k++) {
			try {
				out[k] = Double.parseDouble(parts[k]);
			}
			catch (final NumberFormatException e) {
				throw new IllegalArgumentException("pulseTimes: '" + parts[k] + "' is not a number; give onsets in ms " +
					"separated by spaces, e.g. pulseTimes=[10 30 50], and '|' between neurons");
			}
		}
		return out;
	}
}
