package org.loligo.scijava.headless;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/**
 * The {@code --list} text: every Loligo command with its class, and for each
 * input its name, type, default, label and description (where units are
 * written), choices and range, so that a batch job can be written without
 * reading code. Outputs follow, and an example command line.
 */
public final class CommandCatalog {

	private final ModuleService moduleService;
	private final String launcher;

	/**
	 * @param moduleService to instantiate commands, whose fields hold defaults
	 * @param launcher how the launcher is invoked, for the example lines
	 */
	public CommandCatalog(final ModuleService moduleService,
		final String launcher)
	{
		this.moduleService = moduleService;
		this.launcher = launcher;
	}

	/** Prints the description of every command in {@code commands}. */
	public void print(final List<CommandInfo> commands, final PrintStream out) {
		if (commands.isEmpty()) out.println("No commands under Plugins > Loligo.");
		for (final CommandInfo info : commands) {
			print(info, out);
			out.println();
		}
	}

	/** Prints the description of one command. */
	public void print(final CommandInfo info, final PrintStream out) {
		final Module module = instance(info);
		final String label = CommandFinder.label(info);
		out.println(label != null ? label : info.getTitle());
		if (info.getMenuPath() != null && !info.getMenuPath().isEmpty()) {
			out.println("  menu:    " + info.getMenuPath().getMenuString());
		}
		out.println("  class:   " + info.getClassName());
		if (present(info.getDescription())) out.println("  about:   " + info
			.getDescription().strip());
		final List<String> example = new ArrayList<>();
		out.println("  inputs:");
		for (final ModuleItem<?> item : info.inputs()) {
			if (!ModuleItems.isUserInput(item)) continue;
			final Object value = defaultValue(item, module);
			out.println("    " + inputLine(item, value));
			if (example.size() < 2 && value != null) example.add(item.getName() +
				"=" + quote(ModuleItems.format(value)));
		}
		out.println("  outputs:");
		for (final ModuleItem<?> item : info.outputs()) {
			out.println(String.format("    %-16s %-8s %s", item.getName(),
				ModuleItems.typeName(item), describe(item)).stripTrailing());
		}
		// A command's own example (attribute "example": a run that works as
		// printed, in seconds), else its first two parameters.
		final String own = info.get("example");
		out.println("  example: " + launcher + " --run \"" + (label != null
			? label : info.getClassName()) + "\" \"" + (own != null ? own : String
				.join(",", example)) + "\"");
	}

	// -- Helper methods --

	private String inputLine(final ModuleItem<?> item, final Object value) {
		final String shown = value == null ? (item.isRequired() ? "(required)"
			: "(none)") : "= " + quote(ModuleItems.format(value));
		final StringBuilder sb = new StringBuilder(String.format("%-16s %-8s %-14s",
			item.getName(), ModuleItems.typeName(item), shown));
		final String about = describe(item);
		if (!about.isEmpty()) sb.append(' ').append(about);
		final String choices = ModuleItems.describeChoices(item);
		if (!choices.isEmpty()) sb.append(" {").append(choices).append('}');
		final String range = ModuleItems.describeRange(item);
		if (!range.isEmpty()) sb.append(" (").append(range).append(')');
		return sb.toString().stripTrailing();
	}

	/** Label (where units go) and description, when they add something. */
	private static String describe(final ModuleItem<?> item) {
		final List<String> parts = new ArrayList<>();
		final String label = item.getLabel();
		if (present(label) && !label.equals(item.getName())) parts.add(label
			.strip());
		if (present(item.getDescription())) parts.add(item.getDescription()
			.strip());
		return String.join(" - ", parts);
	}

	/** The value a run uses when the input is not given. */
	private static Object defaultValue(final ModuleItem<?> item,
		final Module module)
	{
		final Object value = module == null ? null : item.getValue(module);
		return value != null ? value : item.getDefaultValue();
	}

	private Module instance(final CommandInfo info) {
		try {
			return moduleService.createModule(info);
		}
		catch (final RuntimeException exc) {
			return null; // NB: defaults then come from the annotations only.
		}
	}

	/** Quotes a value as the parameter string needs it. */
	private static String quote(final String value) {
		if (value.isEmpty()) return "''";
		return value.contains(",") ? "[" + value + "]" : value;
	}

	private static boolean present(final String s) {
		return s != null && !s.isBlank();
	}
}
