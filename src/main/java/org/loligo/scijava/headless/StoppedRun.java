package org.loligo.scijava.headless;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.loligo.io.SummaryJson;
import org.scijava.module.Module;

/** The one line the launcher prints for a run that a signal stopped. */
public final class StoppedRun {

	private StoppedRun() {}

	/**
	 * "Stopped by SIGTERM: partial results up to 812.5 ms of 5000 ms in DIR (summary.json: partial)", or
	 * the same without a directory.
	 */
	public static String describe(final String signal, final Module module) {
		final Object dir = module == null || module.getInfo().getInput("outputDirectory") == null ? null : module
			.getInput("outputDirectory");
		final String head = "Stopped by " + signal + ": ";
		if (!(dir instanceof File) || ((File) dir).getPath().isBlank()) return head + "partial results " +
			"(no outputDirectory was given, so no files were written)";
		final Path summary = ((File) dir).toPath().resolve("summary.json");
		try {
			if (!Files.isRegularFile(summary)) return head + "no results were written to " + dir;
			final Map<String, Object> s = SummaryJson.read(summary);
			final Object completed = s.get("completed_ms");
			final Object duration = s.get("duration");
			return head + "partial results" + (completed == null ? "" : " up to " + completed + " ms" + (duration ==
				null ? "" : " of " + duration + " ms")) + " written to " + dir + " (summary.json: \"partial\": " + s
					.get("partial") + ")";
		}
		catch (final Exception e) {
			return head + "the results in " + dir + " could not be read back: " + e.getMessage();
		}
	}
}
