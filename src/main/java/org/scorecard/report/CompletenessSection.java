package org.scorecard.report;

import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Texts;

/** Completeness and timeliness: the rates, the deadline, and the agencies late or missing. */
final class CompletenessSection extends Section {

	CompletenessSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	/** Where an agency's row (late or missing) is, for page references. */
	static String anchor(String agency) {
		return "reporting:" + agency;
	}

	@Override
	Entry contents() {
		return entry("completeness");
	}

	/** The reporting and on-time rates of the last twelve periods, as a small chart. */
	private void history(PdfDocument doc) throws DocumentException {
		List<String> months = new java.util.ArrayList<>();
		List<java.math.BigDecimal> reporting = new java.util.ArrayList<>();
		List<java.math.BigDecimal> onTime = new java.util.ArrayList<>();
		for (ReportData.Reporting period : data.reporting()) {
			months.add("%02d/%d".formatted(period.period().getMonthValue(), period.period().getYear()));
			reporting.add(percent(period.rates().reportingRate()));
			onTime.add(percent(period.rates().onTimeRate()));
		}
		var chart = Charts.lines(texts.get("chart.reporting.title"), texts.get("chart.reporting.axis"),
				List.of(new Charts.Line(texts.get("chart.reporting.rate"), months, reporting),
						new Charts.Line(texts.get("chart.reporting.ontime"), months, onTime)),
				texts.numberFormat());
		org.openpdf.text.Image image = Charts.image(doc.writer, chart, 515, 200);
		image.setAlignment(org.openpdf.text.Element.ALIGN_CENTER);
		doc.add(image);
	}

	private static java.math.BigDecimal percent(java.math.BigDecimal fraction) {
		return fraction == null ? null : fraction.movePointRight(2);
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.completeness"), "completeness");
		var rates = data.rates();
		doc.paragraph(texts.format("summary.reporting", "reported", rates.onTime() + rates.late(), "expected",
				rates.expected(), "period", texts.period(data.period()), "reporting_rate",
				texts.fraction(rates.reportingRate()), "on_time", rates.onTime(), "on_time_rate",
				texts.fraction(rates.onTimeRate())));
		doc.paragraph(texts.format("completeness.deadline", "date", texts.date(data.deadline())));
		history(doc);
		List<ReportingStatus> notOnTime = data.completeness().stream().filter(s -> !s.status().equals("on_time")).toList();
		if (notOnTime.isEmpty()) {
			doc.paragraph(texts.get("completeness.none"));
			return;
		}
		PdfPTable table = Pdf.table(1.5f, 4f, 1.5f, 3f);
		doc.pdf.header(table, texts.get("col.agency"), "", texts.get("col.status"), texts.get("col.first_submitted"));
		for (ReportingStatus status : notOnTime) {
			table.addCell(doc.refs.mark(doc.pdf.text(status.agency()), anchor(status.agency())));
			table.addCell(doc.pdf.text(words.agencyBoth(status.agency())));
			table.addCell(doc.pdf.status(status.status(), words.status(status.status())));
			table.addCell(doc.pdf.text(status.firstSubmittedAt() == null ? ""
					: texts.date(status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toLocalDate()) + " "
							+ status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toLocalTime().withNano(0)));
		}
		doc.add(table);
	}

}
