package org.loligo.scijava.headless;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Turns the raw strings of a parameter string into typed module inputs, or
 * fails with a message that names the parameter, the expected type and the
 * accepted range or choices.
 * <p>
 * Numbers, booleans, enums, strings with choices and files are converted
 * here, strictly (a number with trailing junk is an error, not a zero);
 * anything else goes through the {@link ConvertService}. Relative file paths
 * are resolved against a base directory, the caller's working directory.
 * </p>
 */
public final class InputConverter {

	private final ConvertService convertService;
	private final File baseDirectory;

	/**
	 * @param convertService fallback for types not handled here
	 * @param baseDirectory directory against which relative paths resolve
	 */
	public InputConverter(final ConvertService convertService,
		final File baseDirectory)
	{
		this.convertService = convertService;
		this.baseDirectory = baseDirectory;
	}

	/**
	 * Converts every raw value of {@code raw} to the type of the matching input.
	 *
	 * @throws IllegalArgumentException for an unknown key (listing the accepted
	 *           names) or a value that does not convert or is out of range
	 */
	public Map<String, Object> convert(final ModuleInfo info,
		final Map<String, String> raw)
	{
		final Map<String, Object> inputs = new LinkedHashMap<>();
		for (final Map.Entry<String, String> entry : raw.entrySet()) {
			final ModuleItem<?> item = find(info, entry.getKey());
			inputs.put(item.getName(), convert(item, entry.getValue()));
		}
		return inputs;
	}

	/** Converts one raw value to the type of {@code item}, checking limits. */
	public Object convert(final ModuleItem<?> item, final String text) {
		final Class<?> type = Types.box(item.getType());
		final Object value;
		if (type == String.class) value = choice(item, text);
		else if (Number.class.isAssignableFrom(type)) value = number(item, type,
			text);
		else if (type == Boolean.class) value = bool(item, text);
		else if (type == Character.class && text.length() == 1) value = text
			.charAt(0);
		else if (type.isEnum()) value = enumConstant(item, type, text);
		else if (type == File.class) value = file(text);
		else value = fallback(item, type, text);
		return value;
	}

	/** The names a user may set: inputs that are not services or messages. */
	public static List<String> userInputNames(final ModuleInfo info) {
		final List<String> names = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs()) {
			if (ModuleItems.isUserInput(item)) names.add(item.getName());
		}
		return names;
	}

	// -- Helper methods --

	/** Finds the input named {@code key}, or a unique case-insensitive match. */
	private static ModuleItem<?> find(final ModuleInfo info, final String key) {
		final List<String> names = userInputNames(info);
		if (names.contains(key)) return info.getInput(key);
		final List<String> similar = new ArrayList<>();
		for (final String name : names) {
			if (name.equalsIgnoreCase(key)) similar.add(name);
		}
		if (similar.size() == 1) return info.getInput(similar.get(0));
		throw new UsageException("Unknown parameter '" + key + "' for " +
			ModuleItems.moduleName(info) + ". Accepted parameters: " + (names.isEmpty()
				? "(none)" : String.join(", ", names)));
	}

	private static String choice(final ModuleItem<?> item, final String text) {
		final List<?> choices = item.getChoices();
		if (choices == null || choices.isEmpty()) return text;
		for (final Object c : choices) {
			if (String.valueOf(c).equals(text)) return text;
		}
		for (final Object c : choices) {
			if (String.valueOf(c).equalsIgnoreCase(text)) return String.valueOf(c);
		}
		// NB: a choice that also takes a file path (a model: a preset or a NeuroML2 file); the command checks it.
		final String style = item.getWidgetStyle();
		if (style != null && (style.contains(org.loligo.scijava.ModelCommand.PATH_STYLE) || style.contains(
			org.loligo.scijava.Widgets.OPEN_CHOICE))) return text;
		throw bad(item, "one of " + ModuleItems.describeChoices(item), text);
	}

	private static Number number(final ModuleItem<?> item, final Class<?> type,
		final String text)
	{
		final boolean integral = type != Double.class && type != Float.class &&
			type != BigDecimal.class;
		final String range = ModuleItems.describeRange(item);
		final String expected = (integral ? "an integer (" : "a number (") +
			ModuleItems.typeName(item) + ")" + (range.isEmpty() ? "" : " " + range);
		final Number value;
		try {
			value = parseNumber(type, text.trim());
		}
		catch (final NumberFormatException | ArithmeticException exc) {
			throw new UsageException(bad(item, expected, text).getMessage());
		}
		final double v = value.doubleValue();
		final Object min = item.getMinimumValue(), max = item.getMaximumValue();
		if (min instanceof Number && !(v >= ((Number) min).doubleValue()) ||
			min instanceof Number && ModuleItems.exclusiveMin(item) && !(v > ((Number) min).doubleValue()) ||
			max instanceof Number && !(v <= ((Number) max).doubleValue()))
		{
			throw bad(item, expected, text);
		}
		return value;
	}

	/** Parses strictly; integral types accept "1e3" and "1000.0" but not 1.5. */
	private static Number parseNumber(final Class<?> type, final String s) {
		if (type == Double.class) return Double.parseDouble(s);
		if (type == Float.class) return Float.parseFloat(s);
		final BigDecimal exact = new BigDecimal(s);
		if (type == BigDecimal.class) return exact;
		if (type == java.math.BigInteger.class) return exact.toBigIntegerExact();
		final long l = exact.longValueExact();
		if (type == Long.class) return l;
		if (type == Integer.class) return Math.toIntExact(l);
		if (type == Short.class && l == (short) l) return (short) l;
		if (type == Byte.class && l == (byte) l) return (byte) l;
		throw new NumberFormatException(s);
	}

	private static Boolean bool(final ModuleItem<?> item, final String text) {
		switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true": case "yes": case "on": case "1":
				return true;
			case "false": case "no": case "off": case "0":
				return false;
			default:
				throw bad(item, "true or false", text);
		}
	}

	private static Object enumConstant(final ModuleItem<?> item,
		final Class<?> type, final String text)
	{
		for (final Object c : type.getEnumConstants()) {
			final String name = ((Enum<?>) c).name();
			if (name.equalsIgnoreCase(text) || c.toString().equalsIgnoreCase(text)) {
				return c;
			}
		}
		throw bad(item, "one of " + ModuleItems.describeChoices(item), text);
	}

	/** An empty path means "no file"; a relative one is the caller's. */
	private File file(final String text) {
		if (text.isEmpty()) return null;
		final File file = new File(text);
		return file.isAbsolute() ? file : new File(baseDirectory, text)
			.getAbsoluteFile();
	}

	private Object fallback(final ModuleItem<?> item, final Class<?> type,
		final String text)
	{
		final Object value = convertService.supports(text, type) ? convertService
			.convert(text, type) : null;
		if (value == null) throw bad(item, "a " + ModuleItems.typeName(item),
			text);
		return value;
	}

	private static IllegalArgumentException bad(final ModuleItem<?> item,
		final String expected, final String text)
	{
		return new IllegalArgumentException("Parameter '" + item.getName() +
			"' must be " + expected + "; got '" + text + "'");
	}
}
