package org.loligo.scijava.headless;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.scijava.Context;
import org.scijava.Gateway;
import org.scijava.ItemVisibility;
import org.scijava.log.Logger;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.script.ScriptInfo;
import org.scijava.service.Service;
import org.scijava.util.Types;

/** What the launcher says about module items: kinds, ranges, choices, values. */
public final class ModuleItems {

	private ModuleItems() {
		// NB: prevent instantiation of utility class.
	}

	/**
	 * Whether a user sets this input. Services, the context, loggers and
	 * gateways are filled in by the framework; messages are only labels.
	 */
	public static boolean isUserInput(final ModuleItem<?> item) {
		if (item.getVisibility() == ItemVisibility.MESSAGE) return false;
		final Class<?> type = item.getType();
		return !Service.class.isAssignableFrom(type) && !Context.class
			.isAssignableFrom(type) && !Logger.class.isAssignableFrom(type) &&
			!Gateway.class.isAssignableFrom(type);
	}

	/** Whether a value is printed as {@code name = value}: a scalar. */
	public static boolean isScalar(final Object value) {
		return value instanceof Number || value instanceof CharSequence ||
			value instanceof Boolean || value instanceof Character ||
			value instanceof Enum;
	}

	/** The accepted values of a choice or enum item, "a | b | c". */
	public static String describeChoices(final ModuleItem<?> item) {
		final List<String> names = new ArrayList<>();
		final List<?> choices = item.getChoices();
		if (choices != null) choices.forEach(c -> names.add(String.valueOf(c)));
		final Class<?> type = item.getType();
		if (names.isEmpty() && type.isEnum()) {
			for (final Object c : type.getEnumConstants()) names.add(c.toString());
		}
		return String.join(" | ", names);
	}

	/**
	 * The numeric range of an item: {@code "in [min, max]"}, {@code ">= min"},
	 * {@code "<= max"}, or empty when unbounded; {@code "> min"} and
	 * {@code "in (min, max]"} for an item whose minimum itself is refused
	 * (attribute {@code exclusiveMin = true}, e.g. dt and duration).
	 */
	public static String describeRange(final ModuleItem<?> item) {
		final Object min = item.getMinimumValue(), max = item.getMaximumValue();
		final boolean hasMin = min instanceof Number, hasMax = max instanceof Number;
		final boolean open = hasMin && exclusiveMin(item);
		if (hasMin && hasMax) return "in " + (open ? "(" : "[") + format(min) +
			", " + format(max) + "]";
		if (hasMin) return (open ? "> " : ">= ") + format(min);
		if (hasMax) return "<= " + format(max);
		return "";
	}

	/** Whether the item's minimum is itself refused ({@code > min}). */
	public static boolean exclusiveMin(final ModuleItem<?> item) {
		return "true".equals(item.get("exclusiveMin"));
	}

	/** What the user calls a module: a script's file name, a command's title. */
	public static String moduleName(final ModuleInfo info) {
		if (info instanceof ScriptInfo) return new File(((ScriptInfo) info)
			.getPath()).getName();
		return info.getTitle();
	}

	/** A short type name: {@code double}, {@code Integer}, {@code File}. */
	public static String typeName(final ModuleItem<?> item) {
		final Class<?> type = item.getType();
		return type.isArray() || type.isPrimitive() ? Types.name(type) : type
			.getSimpleName();
	}

	/** A value as the user would type it: integral doubles without ".0". */
	public static String format(final Object value) {
		if (value instanceof Double || value instanceof Float) {
			final double d = ((Number) value).doubleValue();
			if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(
				(long) d);
		}
		return String.valueOf(value);
	}
}
