package org.loligo.io.neuroml;

import java.nio.file.Path;

import org.w3c.dom.Element;

/**
 * A NeuroML2 file Loligo cannot read, refused before any run: the message names the file, the line
 * and the element, says what is wrong and what is supported.
 */
public final class NeuroMLException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public NeuroMLException(final String message) {
		super(message);
	}

	/** "{@code file:line: <element id="…">: message}". */
	public static NeuroMLException at(final Element e, final String message) {
		return new NeuroMLException(where(e) + ": " + message);
	}

	/** Where an element is: file, line and the element with its id or name. */
	public static String where(final Element e) {
		final Path file = (Path) e.getUserData(Xml.FILE);
		final Object line = e.getUserData(Xml.LINE);
		final String id = e.hasAttribute("id") ? " id=\"" + e.getAttribute("id") + "\"" : e.hasAttribute("name") ?
			" name=\"" + e.getAttribute("name") + "\"" : e.hasAttribute("type") ? " type=\"" + e.getAttribute("type") +
				"\"" : "";
		return "model: " + file + ", line " + line + ", <" + e.getTagName() + id + ">";
	}
}
