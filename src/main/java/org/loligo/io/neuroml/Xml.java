package org.loligo.io.neuroml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file with the JDK's own parser into a DOM whose elements know their file and line
 * ({@link #FILE}, {@link #LINE} as user data), so that every refusal can point at them. External
 * entities and DTDs are not loaded.
 */
final class Xml {

	static final String FILE = "loligo.file";
	static final String LINE = "loligo.line";

	private Xml() {}

	/** The document element of {@code file}. */
	static Element read(final Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			final SAXParserFactory spf = SAXParserFactory.newInstance();
			spf.setNamespaceAware(true);
			spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
			spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			final SAXParser parser = spf.newSAXParser();
			final Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			parser.parse(in, new Builder(doc, file));
			return doc.getDocumentElement();
		}
		catch (final SAXParseException e) {
			throw new NeuroMLException("model: " + file + ", line " + e.getLineNumber() + ": not well-formed XML: " + e
				.getMessage());
		}
		catch (final SAXException | ParserConfigurationException e) {
			throw new NeuroMLException("model: " + file + ": cannot be read as XML: " + e.getMessage());
		}
	}

	/** The child elements of {@code e} (any namespace), by local name; all when name is null. */
	static List<Element> children(final Element e, final String name) {
		final List<Element> out = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element c && (name == null || name.equals(local(c)))) out.add(c);
		return out;
	}

	/** The one child named {@code name}, or null; refuses two. */
	static Element child(final Element e, final String name) {
		final List<Element> cs = children(e, name);
		if (cs.size() > 1) throw NeuroMLException.at(cs.get(1), "a second <" + name + ">; give one");
		return cs.isEmpty() ? null : cs.get(0);
	}

	/** An element's name without prefix. */
	static String local(final Element e) {
		return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
	}

	/** A required attribute. */
	static String required(final Element e, final String attribute) {
		if (!e.hasAttribute(attribute)) throw NeuroMLException.at(e, "missing attribute " + attribute);
		return e.getAttribute(attribute).trim();
	}

	/** Builds the DOM from SAX events, noting each element's start line. */
	private static final class Builder extends DefaultHandler {

		private final Document doc;
		private final Path file;
		private final Deque<Node> open = new ArrayDeque<>();
		private Locator locator;

		Builder(final Document doc, final Path file) {
			this.doc = doc;
			this.file = file;
			open.push(doc);
		}

		@Override
		public void setDocumentLocator(final Locator l) {
			locator = l;
		}

		@Override
		public void startElement(final String uri, final String localName, final String qName,
			final Attributes atts)
		{
			final Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < atts.getLength(); i++)
				e.setAttribute(atts.getQName(i), atts.getValue(i));
			e.setUserData(FILE, file, null);
			e.setUserData(LINE, locator == null ? -1 : locator.getLineNumber(), null);
			open.peek().appendChild(e);
			open.push(e);
		}

		@Override
		public void endElement(final String uri, final String localName, final String qName) {
			open.pop();
		}

		@Override
		public void characters(final char[] ch, final int start, final int length) {
			if (open.peek() instanceof Element e) e.appendChild(doc.createTextNode(new String(ch, start, length)));
		}
	}
}
