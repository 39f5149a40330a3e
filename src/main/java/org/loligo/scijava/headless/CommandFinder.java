package org.loligo.scijava.headless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.scijava.MenuPath;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Finds a command the way Fiji's {@code --run} does: by fully qualified class
 * name, or by its menu label ("Simulate HH Neuron", case-insensitive, also
 * written with underscores as in {@code Simulate_HH_Neuron}, with or without a
 * trailing "..."). A simple class name is accepted too. When a label names
 * several commands, the one under {@code Plugins > Loligo} wins.
 */
public final class CommandFinder {

	/** The menu under which every Loligo command lives. */
	public static final String[] LOLIGO_MENU = { "Plugins", "Loligo" };

	private final CommandService commandService;

	public CommandFinder(final CommandService commandService) {
		this.commandService = commandService;
	}

	/**
	 * @param name class name or menu label
	 * @throws IllegalArgumentException if nothing matches, or several commands
	 *           outside Loligo's menu do
	 */
	public CommandInfo find(final String name) {
		final CommandInfo byClass = commandService.getCommand(name.trim());
		if (byClass != null) return byClass;
		final String wanted = normalize(name);
		if (wanted.isEmpty()) throw new UsageException(
			"No command given: give a class name or a menu label (see --list)");
		final List<CommandInfo> matches = new ArrayList<>();
		for (final CommandInfo info : commandService.getCommands()) {
			if (wanted.equals(normalize(label(info))) || wanted.equals(normalize(
				info.getTitle())) || wanted.equals(normalize(simpleClassName(info))))
			{
				matches.add(info);
			}
		}
		if (matches.size() > 1) matches.removeIf(info -> !isLoligo(info));
		if (matches.size() == 1) return matches.get(0);
		if (matches.isEmpty()) {
			throw new UsageException("No command '" + name +
				"': give a class name or a menu label (see --list)");
		}
		final List<String> classes = new ArrayList<>();
		matches.forEach(info -> classes.add(info.getClassName()));
		throw new UsageException("'" + name + "' names several " +
			"commands; give the class name: " + String.join(", ", classes));
	}

	/** Every command under {@code Plugins > Loligo}, sorted by menu path. */
	public List<CommandInfo> loligoCommands() {
		final List<CommandInfo> list = new ArrayList<>();
		for (final CommandInfo info : commandService.getCommands()) {
			if (isLoligo(info)) list.add(info);
		}
		list.sort(Comparator.comparing(info -> info.getMenuPath()
			.getMenuString()));
		return list;
	}

	/** Whether the command's menu path starts with {@code Plugins > Loligo}. */
	public static boolean isLoligo(final CommandInfo info) {
		final MenuPath path = info.getMenuPath();
		if (path == null || path.size() <= LOLIGO_MENU.length) return false;
		for (int i = 0; i < LOLIGO_MENU.length; i++) {
			if (!LOLIGO_MENU[i].equals(path.get(i).getName())) return false;
		}
		return true;
	}

	/** The leaf of the menu path, or null for a command without a menu. */
	public static String label(final CommandInfo info) {
		final MenuPath path = info.getMenuPath();
		return path == null || path.isEmpty() ? null : path.getLeaf().getName();
	}

	// -- Helper methods --

	private static String simpleClassName(final CommandInfo info) {
		final String name = info.getClassName();
		return name == null ? null : name.substring(name.lastIndexOf('.') + 1);
	}

	/** Lower case, underscores as spaces, no trailing dots, single spaces. */
	private static String normalize(final String s) {
		if (s == null) return "";
		String n = s.replace('_', ' ').trim();
		while (n.endsWith(".")) n = n.substring(0, n.length() - 1);
		return n.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
	}
}
