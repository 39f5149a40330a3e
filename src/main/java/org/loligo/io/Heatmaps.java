package org.loligo.io;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.TiffEncoder;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.loligo.analysis.sweep.Axis;

/**
 * A value over a two-axis grid, as a 32-bit TIFF calibrated in the axes' units (for Fiji) and as a
 * PNG heatmap with a colour bar (for reading). Pixels are row-major, {@code pixels[iy · nx + ix]}:
 * column ix is the first axis' value ix, row iy the second axis' value iy; NaN marks a missing value.
 */
public final class Heatmaps {

	/**
	 * The viridis colour map at ten evenly spaced stops (van der Walt &amp; Smith, matplotlib 1.5;
	 * the hex values as R's viridisLite lists them), interpolated linearly: perceptually uniform and
	 * readable in grey and with the common colour-vision deficiencies.
	 */
	private static final int[] VIRIDIS = { 0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
		0x6DCD59, 0xB4DE2C, 0xFDE725 };

	private static final Color MISSING = new Color(200, 200, 200);

	private Heatmaps() {}

	/**
	 * A single-plane 32-bit TIFF: x calibrated as the first axis (origin and step, unit {@code xLabel}, its
	 * name and unit) and y as the second when they are evenly spaced; the value unit is {@code valueName}.
	 */
	public static void writeTiff(final Path file, final float[] pixels, final Axis x, final Axis y,
		final String xLabel, final String yLabel, final String valueName) throws IOException
	{
		final FloatProcessor fp = new FloatProcessor(x.size(), y.size(), pixels);
		fp.resetMinAndMax();
		final ImagePlus imp = new ImagePlus(valueName, fp);
		final Calibration cal = new Calibration();
		final double sx = x.uniformStep(), sy = y.uniformStep();
		if (Double.isFinite(sx) && Double.isFinite(sy)) {
			// NB: ImageJ's calibrated coordinate is (pixel - origin) · pixelWidth, so origin = -first/step.
			cal.pixelWidth = sx;
			cal.pixelHeight = sy;
			cal.xOrigin = -x.value(0) / sx;
			cal.yOrigin = -y.value(0) / sy;
			cal.setXUnit(xLabel);
			cal.setYUnit(yLabel);
		}
		cal.setValueUnit(valueName);
		imp.setCalibration(cal);
		final FileInfo fi = imp.getFileInfo();
		fi.nImages = 1;
		fi.description = new FileSaver(imp).getDescriptionString();
		fi.sliceLabels = new String[] { valueName };
		AtomicFiles.write(file, out -> new TiffEncoder(fi).write(out));
	}

	/**
	 * A heatmap: cells coloured by value (viridis, finite minimum to maximum; grey for NaN), the second
	 * axis upwards, ticks at the axes' values (thinned to fit), the axes labelled {@code xLabel} and
	 * {@code yLabel} (name and unit), a colour bar labelled {@code valueName}.
	 */
	public static BufferedImage png(final String title, final float[] pixels, final Axis x, final Axis y,
		final String xLabel, final String yLabel, final String valueName)
	{
		final int left = 80, right = 150, top = 40, bottom = 60, plotW = 520, plotH = 420;
		final BufferedImage img = new BufferedImage(left + plotW + right, top + plotH + bottom,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, img.getWidth(), img.getHeight());
			final double[] range = finiteRange(pixels);
			final int nx = x.size(), ny = y.size();
			for (int iy = 0; iy < ny; iy++)
				for (int ix = 0; ix < nx; ix++) {
					final int x0 = left + ix * plotW / nx, x1 = left + (ix + 1) * plotW / nx;
					final int y1 = top + plotH - iy * plotH / ny, y0 = top + plotH - (iy + 1) * plotH / ny;
					g.setColor(color(pixels[iy * nx + ix], range));
					g.fillRect(x0, y0, x1 - x0, y1 - y0);
				}
			g.setColor(Color.BLACK);
			g.setStroke(new BasicStroke(1f));
			g.drawRect(left, top, plotW, plotH);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
			final FontMetrics fm = g.getFontMetrics();
			final int xStride = stride(nx, plotW / 45), yStride = stride(ny, plotH / 22);
			for (int ix = 0; ix < nx; ix += xStride) {
				final int cx = left + (2 * ix + 1) * plotW / (2 * nx);
				final String s = Csv.formatDouble(x.value(ix));
				g.drawLine(cx, top + plotH, cx, top + plotH + 4);
				g.drawString(s, cx - fm.stringWidth(s) / 2, top + plotH + 6 + fm.getAscent());
			}
			for (int iy = 0; iy < ny; iy += yStride) {
				final int cy = top + plotH - (2 * iy + 1) * plotH / (2 * ny);
				final String s = Csv.formatDouble(y.value(iy));
				g.drawLine(left - 4, cy, left, cy);
				g.drawString(s, left - 6 - fm.stringWidth(s), cy + fm.getAscent() / 2 - 1);
			}
			g.drawString(xLabel, left + (plotW - fm.stringWidth(xLabel)) / 2, top + plotH + 40);
			final java.awt.geom.AffineTransform t = g.getTransform();
			g.rotate(-Math.PI / 2);
			g.drawString(yLabel, -(top + (plotH + fm.stringWidth(yLabel)) / 2), 22);
			g.setTransform(t);
			colourBar(g, left + plotW + 25, top, plotH, range, valueName);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
			final FontMetrics tm = g.getFontMetrics();
			g.drawString(title, Math.max(4, (img.getWidth() - tm.stringWidth(title)) / 2), 26);
		}
		finally {
			g.dispose();
		}
		return img;
	}

	/** The colour of value v on [min, max] (viridis); grey for NaN; the middle colour for a flat range. */
	public static Color color(final double v, final double[] range) {
		if (!Double.isFinite(v)) return MISSING;
		final double span = range[1] - range[0];
		final double f = span > 0 ? Math.min(1, Math.max(0, (v - range[0]) / span)) : 0.5;
		final double pos = f * (VIRIDIS.length - 1);
		final int i = Math.min(VIRIDIS.length - 2, (int) pos);
		final double w = pos - i;
		return new Color(mix(VIRIDIS[i] >> 16, VIRIDIS[i + 1] >> 16, w), mix(VIRIDIS[i] >> 8, VIRIDIS[i + 1] >> 8, w),
			mix(VIRIDIS[i], VIRIDIS[i + 1], w));
	}

	private static int mix(final int a, final int b, final double w) {
		return (int) Math.round((a & 0xFF) * (1 - w) + (b & 0xFF) * w);
	}

	private static void colourBar(final Graphics2D g, final int x, final int top, final int h, final double[] range,
		final String label)
	{
		final int w = 20;
		for (int k = 0; k < h; k++) {
			g.setColor(color(range[0] + (range[1] - range[0]) * (h - 1 - k) / (h - 1.0), range));
			g.drawLine(x, top + k, x + w, top + k);
		}
		g.setColor(Color.BLACK);
		g.drawRect(x, top, w, h);
		final FontMetrics fm = g.getFontMetrics();
		for (int t = 0; t <= 4; t++) {
			final double v = range[0] + (range[1] - range[0]) * t / 4;
			final int y = top + h - t * h / 4;
			g.drawLine(x + w, y, x + w + 4, y);
			g.drawString(tick(v, range[1] - range[0]), x + w + 7, y + fm.getAscent() / 2 - 1);
		}
		final java.awt.geom.AffineTransform tr = g.getTransform();
		g.rotate(Math.PI / 2);
		g.drawString(label, top + (h - fm.stringWidth(label)) / 2, -(x + w + 70));
		g.setTransform(tr);
	}

	/** A tick label with about three significant digits of the span. */
	private static String tick(final double v, final double span) {
		if (!Double.isFinite(v)) return "";
		final int digits = span > 0 ? Math.max(0, 2 - (int) Math.floor(Math.log10(span))) : 2;
		return new java.math.BigDecimal(v).setScale(Math.min(digits, 8), java.math.RoundingMode.HALF_EVEN)
			.stripTrailingZeros().toPlainString();
	}

	private static int stride(final int n, final int fit) {
		return Math.max(1, (int) Math.ceil(n / (double) Math.max(1, fit)));
	}

	/** {min, max} over the finite values; {0, 1} when there are none. */
	static double[] finiteRange(final float[] v) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final float f : v)
			if (Float.isFinite(f)) {
				min = Math.min(min, f);
				max = Math.max(max, f);
			}
		return min <= max ? new double[] { min, max } : new double[] { 0, 1 };
	}
}
