package org.loligo.scijava;

/**
 * Widget styles shared by the commands' {@code @Parameter}s (annotation values must be constants).
 * <p>
 * NB: SciJava's Swing spinner formats a decimal with the default {@code DecimalFormat} unless the style
 * carries a {@code format:} modifier (scijava-ui-swing reads it with {@code WidgetStyle}): without it,
 * 0.005 typed into dt is shown as "0.01" and 2.5 as "2" in some locales. {@link #DECIMAL} shows every
 * typed digit up to ten decimals, and at least one, so that a decimal field reads as one.
 * {@code ParameterHygieneTest} checks that every decimal input has it and a {@code stepSize}.
 */
public final class Widgets {

	private Widgets() {}

	/** The style of every decimal field: shows what was typed (e.g. 0.005, 2.5, 100.0). */
	public static final String DECIMAL = "format:0.0#########";

	/**
	 * The style of a choice that also takes other values from scripts and the command line (the dialog
	 * offers the listed ones); the command checks the value.
	 */
	public static final String OPEN_CHOICE = "open-choice";

	/**
	 * The text of a section header ({@code ItemVisibility.MESSAGE}): SciJava's dialog cannot hide fields
	 * that the chosen options ignore, so related fields are grouped under headers instead.
	 */
	public static String section(final String title) {
		return "\u2500\u2500 " + title + " \u2500\u2500";
	}
}
