package org.loligo.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The band above a figure's panels: its title (bold, centred), a legend of swatches drawn in the style of
 * what they name, and a note (e.g. "neurons 0–5 drawn of 10 recorded"), all outside the data, so that
 * no legend ever covers a curve. The panels are stacked below it, top to bottom.
 */
public final class FigureHeader {

	/** How a legend swatch is drawn: a line, a dashed line, or a marker. */
	public enum Mark {
		LINE, DASHED, CIRCLE, DIAMOND, DOT
	}

	/** One legend entry. */
	public record Entry(String label, Color color, Mark mark) {

		/** Checks that every part is present. */
		public Entry {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(color, "color");
			Objects.requireNonNull(mark, "mark");
		}
	}

	private static final int TITLE_BAND = 28, LEGEND_ROW = 20, NOTE_ROW = 18, SWATCH = 22, GAP = 18;

	private FigureHeader() {}

	/**
	 * The images stacked below a header with {@code title} (none when blank), the legend entries (wrapped
	 * onto as many rows as the width needs) and {@code note} (none when null or blank).
	 */
	public static BufferedImage stack(final String title, final List<Entry> legend, final String note,
		final BufferedImage... images)
	{
		final int width = images[0].getWidth();
		final Font legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		final List<List<Entry>> rows = rows(legend, width, metrics(legendFont));
		final boolean hasTitle = title != null && !title.isBlank(), hasNote = note != null && !note.isBlank();
		final int header = (hasTitle ? TITLE_BAND : 0) + rows.size() * LEGEND_ROW + (hasNote ? NOTE_ROW : 0) +
			(rows.isEmpty() && !hasNote ? 0 : 4);
		int height = header;
		for (final BufferedImage image : images)
			height += image.getHeight();
		final BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			int y = 0;
			if (hasTitle) {
				g.setColor(Color.BLACK);
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
				centred(g, title, width, y, TITLE_BAND);
				y += TITLE_BAND;
			}
			g.setFont(legendFont);
			for (final List<Entry> row : rows) {
				drawRow(g, row, width, y);
				y += LEGEND_ROW;
			}
			if (hasNote) {
				g.setColor(Color.DARK_GRAY);
				g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
				centred(g, note, width, y, NOTE_ROW);
				y += NOTE_ROW;
			}
			y = header;
			for (final BufferedImage image : images) {
				g.drawImage(image, 0, y, null);
				y += image.getHeight();
			}
		}
		finally {
			g.dispose();
		}
		return out;
	}

	// -- Helpers --

	private static FontMetrics metrics(final Font font) {
		final Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			return g.getFontMetrics(font);
		}
		finally {
			g.dispose();
		}
	}

	/** The entries split into rows that fit the width. */
	private static List<List<Entry>> rows(final List<Entry> legend, final int width, final FontMetrics fm) {
		final List<List<Entry>> rows = new ArrayList<>();
		List<Entry> row = new ArrayList<>();
		int used = 0;
		for (final Entry e : legend) {
			final int w = entryWidth(e, fm);
			if (!row.isEmpty() && used + w > width - 20) {
				rows.add(row);
				row = new ArrayList<>();
				used = 0;
			}
			row.add(e);
			used += w;
		}
		if (!row.isEmpty()) rows.add(row);
		return rows;
	}

	private static int entryWidth(final Entry e, final FontMetrics fm) {
		return SWATCH + 6 + fm.stringWidth(e.label()) + GAP;
	}

	/** One row of entries, centred. */
	private static void drawRow(final Graphics2D g, final List<Entry> row, final int width, final int top) {
		final FontMetrics fm = g.getFontMetrics();
		int total = -GAP;
		for (final Entry e : row)
			total += entryWidth(e, fm);
		int x = Math.max(4, (width - total) / 2);
		final int mid = top + LEGEND_ROW / 2;
		for (final Entry e : row) {
			swatch(g, e, x, mid);
			g.setColor(Color.BLACK);
			g.drawString(e.label(), x + SWATCH + 6, mid + (fm.getAscent() - fm.getDescent()) / 2);
			x += entryWidth(e, fm);
		}
	}

	private static void swatch(final Graphics2D g, final Entry e, final int x, final int mid) {
		final Graphics2D s = (Graphics2D) g.create();
		try {
			s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			s.setColor(e.color());
			switch (e.mark()) {
				case LINE -> {
					s.setStroke(new BasicStroke(2f));
					s.drawLine(x, mid, x + SWATCH, mid);
				}
				case DASHED -> {
					s.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f,
						3f }, 0f));
					s.drawLine(x, mid, x + SWATCH, mid);
				}
				case CIRCLE -> {
					s.setStroke(new BasicStroke(2f));
					s.drawOval(x + SWATCH / 2 - 4, mid - 4, 8, 8);
				}
				case DIAMOND -> {
					s.setStroke(new BasicStroke(2f));
					final int cx = x + SWATCH / 2;
					s.drawPolygon(new int[] { cx, cx + 5, cx, cx - 5 }, new int[] { mid - 5, mid, mid + 5, mid }, 4);
				}
				case DOT -> s.fillRect(x + SWATCH / 2 - 2, mid - 2, 5, 5);
			}
		}
		finally {
			s.dispose();
		}
	}

	private static void centred(final Graphics2D g, final String text, final int width, final int top,
		final int band)
	{
		final FontMetrics fm = g.getFontMetrics();
		final int x = Math.max(4, (width - fm.stringWidth(text)) / 2);
		g.drawString(text, x, top + (band + fm.getAscent() - fm.getDescent()) / 2 + 1);
	}
}
