package org.scorecard.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Charts drawn as vectors into the PDF (JFreeChart on OpenPDF's Graphics2D), their text in the
 * embedded font so Vietnamese names render and can be found in the text.
 */
final class Charts {

	static {
		// draw rotated labels as text, not as outlines, so they stay text in the PDF
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	/** A bar and its colour. */
	record Bar(String label, BigDecimal value, BigDecimal target, Color colour) {
	}

	/** One line of a trend chart. */
	record Line(String name, List<String> months, List<BigDecimal> values) {
	}

	private Charts() {
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("scorecard");
		theme.setExtraLargeFont(new java.awt.Font(Pdf.AWT_FAMILY, java.awt.Font.BOLD, 13));
		theme.setLargeFont(new java.awt.Font(Pdf.AWT_FAMILY, java.awt.Font.BOLD, 10));
		theme.setRegularFont(new java.awt.Font(Pdf.AWT_FAMILY, java.awt.Font.PLAIN, 9));
		theme.setSmallFont(new java.awt.Font(Pdf.AWT_FAMILY, java.awt.Font.PLAIN, 8));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(Pdf.RULE);
		theme.setRangeGridlinePaint(Pdf.RULE);
		return theme;
	}

	/** A key of the legend: a colour and what it means. */
	record Key(String label, Color colour) {
	}

	/**
	 * Horizontal bars (one per agency, coloured by status) with each agency's target as a marker; the
	 * legend explains the colours ({@code keys}) and the marker, not the data series.
	 */
	static JFreeChart bars(String title, String axis, String series, String targetSeries, List<Bar> bars,
			List<Key> keys, java.text.NumberFormat numbers) {
		DefaultCategoryDataset values = new DefaultCategoryDataset();
		DefaultCategoryDataset targets = new DefaultCategoryDataset();
		for (Bar bar : bars) {
			values.addValue(bar.value(), series, Pdf.nfc(bar.label()));
			targets.addValue(bar.target(), targetSeries, Pdf.nfc(bar.label()));
		}
		JFreeChart chart = ChartFactory.createBarChart(Pdf.nfc(title), null, Pdf.nfc(axis), values,
				PlotOrientation.HORIZONTAL, true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = new BarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				return bars.get(column).colour();
			}

		};
		((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(numbers);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, Pdf.HEADER);
		plot.setRenderer(0, renderer);
		LineAndShapeRenderer marker = new LineAndShapeRenderer(false, true);
		marker.setSeriesPaint(0, Color.BLACK);
		marker.setSeriesShape(0, new Rectangle2D.Double(-1.5, -6, 3, 12));
		plot.setDataset(1, targets);
		plot.setRenderer(1, marker);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		LegendItemCollection legend = new LegendItemCollection();
		for (Key key : keys) {
			legend.add(new LegendItem(Pdf.nfc(key.label()), key.colour()));
		}
		LegendItem target = new LegendItem(Pdf.nfc(targetSeries), null, null, null,
				new Rectangle2D.Double(-1.5, -6, 3, 12), Color.BLACK);
		legend.add(target);
		plot.setFixedLegendItems(legend);
		return chart;
	}

	/** Lines over the months of the last year. */
	static JFreeChart lines(String title, String axis, List<Line> lines, java.text.NumberFormat numbers) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Line line : lines) {
			for (int i = 0; i < line.months().size(); i++) {
				data.addValue(line.values().get(i), Pdf.nfc(line.name()), line.months().get(i));
			}
		}
		JFreeChart chart = ChartFactory.createLineChart(Pdf.nfc(title), null, Pdf.nfc(axis), data,
				PlotOrientation.VERTICAL, true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(numbers);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		Color[] palette = { Pdf.HEADER, new Color(0xC5, 0x5A, 0x11), new Color(0x38, 0x76, 0x1D),
				new Color(0x7F, 0x60, 0x00) };
		for (int i = 0; i < lines.size(); i++) {
			renderer.setSeriesPaint(i, palette[i % palette.length]);
			renderer.setSeriesStroke(i, new BasicStroke(1.5f));
			renderer.setSeriesShapesVisible(i, true);
		}
		return chart;
	}

	/** The chart as a vector image of the given size, to be added to the document like any element. */
	static Image image(PdfWriter writer, JFreeChart chart, float width, float height) throws BadElementException {
		PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
		Graphics2D g2 = template.createGraphics(width, height, Pdf.FONT_MAPPER);
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		g2.dispose();
		return Image.getInstance(template);
	}

	/** A small line of up to twelve values, drawn directly (no axes), with the latest point marked. */
	static Image sparkline(PdfWriter writer, List<BigDecimal> values, float width, float height)
			throws BadElementException {
		PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
		if (values.size() >= 2) {
			double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
			double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
			double span = max - min == 0 ? 1 : max - min;
			float step = (width - 4) / (values.size() - 1);
			template.setColorStroke(Pdf.HEADER);
			template.setLineWidth(0.8f);
			for (int i = 0; i < values.size(); i++) {
				float x = 2 + i * step;
				float y = (float) (2 + (values.get(i).doubleValue() - min) / span * (height - 4));
				if (i == 0) {
					template.moveTo(x, y);
				}
				else {
					template.lineTo(x, y);
				}
			}
			template.stroke();
			float x = 2 + (values.size() - 1) * step;
			float y = (float) (2 + (values.get(values.size() - 1).doubleValue() - min) / span * (height - 4));
			template.setColorFill(Pdf.HEADER);
			template.circle(x, y, 1.2f);
			template.fill();
		}
		Image image = Image.getInstance(template);
		image.setAlignment(PdfContentByte.ALIGN_CENTER);
		return image;
	}

}
