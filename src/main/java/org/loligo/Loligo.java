package org.loligo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Loligo. */
public final class Loligo {

	private Loligo() {}

	/** The project version, e.g. "0.1.0-SNAPSHOT", from the filtered {@code loligo.properties}. */
	public static String version() {
		try (InputStream in = Loligo.class.getResourceAsStream("/loligo.properties")) {
			final Properties p = new Properties();
			if (in != null) p.load(in);
			final String v = p.getProperty("version", "unknown");
			return v.startsWith("${") ? "unknown" : v;
		}
		catch (final IOException e) {
			return "unknown";
		}
	}
}
