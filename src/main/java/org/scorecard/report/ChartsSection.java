package org.scorecard.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.scorecard.reference.AgencyKind;
import org.scorecard.reference.Measure;
import org.scorecard.text.Texts;

/** The charts: growth year to date by province against its target, and the national twelve-month trend. */
final class ChartsSection extends Section {

	private final ReportSettings settings;

	ChartsSection(ReportData data, Texts texts, ReportSettings settings) {
		super(data, texts);
		this.settings = settings;
	}

	@Override
	Entry contents() {
		return entry("charts");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.charts"), "charts");
		String indicator = settings.chartIndicator();
		List<Charts.Bar> bars = new ArrayList<>();
		for (ReportData.Result result : data.results()) {
			if (result.indicator().equals(indicator) && data.agency(result.agency()).kind() == AgencyKind.PROVINCE
					&& result.growthYtd() != null) {
				// the colour says the status only where it was judged on this very figure
				boolean judged = result.target() != null && result.target().measure() == Measure.GROWTH_YTD;
				String name = words.agency(result.agency());
				String label = result.partial() ? texts.format("chart.provinces.partial", "name", name, "months",
						result.monthsReported(), "of", data.period().getMonthValue()) : name;
				bars.add(new Charts.Bar(label, result.growthYtd(), judged ? result.target().value() : null,
						judged ? barColour(result.status()) : NONE));
			}
		}
		bars.sort(java.util.Comparator.comparing(Charts.Bar::value).reversed());
		if (!bars.isEmpty() && data.reference().indicators().containsKey(indicator)) {
			var chart = Charts.bars(texts.format("chart.provinces.title", "indicator", words.indicator(indicator)),
					texts.get("chart.provinces.axis"), texts.get("chart.provinces.series"),
					texts.get("chart.provinces.target"), bars,
					List.of(new Charts.Key(texts.get("chart.provinces.key.good"), GOOD),
							new Charts.Key(texts.get("chart.provinces.key.risk"), RISK),
							new Charts.Key(texts.get("chart.provinces.key.off"), OFF),
							new Charts.Key(texts.get("chart.provinces.key.none"), NONE)),
					texts.numberFormat());
			Image image = Charts.image(doc.writer, chart, 515, Math.max(260, 60 + bars.size() * 16));
			image.setAlignment(Element.ALIGN_CENTER);
			doc.add(image);
		}
		String nation = data.nation();
		List<Charts.Line> lines = new ArrayList<>();
		String unit = null;
		List<String> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			YearMonth month = data.period().minusMonths(i);
			months.add("%02d/%d".formatted(month.getMonthValue(), month.getYear()));
		}
		for (String code : settings.trendIndicators()) {
			if (nation == null || !data.reference().indicators().containsKey(code)) {
				continue;
			}
			Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
			data.history().trend(nation, code)
				.forEach(p -> byMonth.put("%02d/%d".formatted(p.month().getMonthValue(), p.month().getYear()), p.value()));
			List<BigDecimal> values = months.stream().map(byMonth::get).toList();
			lines.add(new Charts.Line(words.indicator(code), months, values));
			unit = unit == null ? words.unit(code) : unit;
		}
		if (!lines.isEmpty()) {
			var chart = Charts.lines(texts.get("chart.trend.title"), texts.format("chart.trend.axis", "unit", unit), lines,
					texts.numberFormat());
			Image image = Charts.image(doc.writer, chart, 515, 280);
			image.setAlignment(Element.ALIGN_CENTER);
			image.setSpacingBefore(10);
			doc.add(image);
		}
	}

	private static final java.awt.Color GOOD = new java.awt.Color(0x38, 0x76, 0x1D);

	private static final java.awt.Color RISK = new java.awt.Color(0xBF, 0x90, 0x00);

	private static final java.awt.Color OFF = new java.awt.Color(0xC0, 0x00, 0x00);

	private static final java.awt.Color NONE = new java.awt.Color(0xA6, 0xA6, 0xA6);

	private static java.awt.Color barColour(String status) {
		return switch (status) {
			case "achieved", "exceeded", "on_track" -> GOOD;
			case "at_risk" -> RISK;
			case "off_track" -> OFF;
			default -> NONE;
		};
	}

}
