package org.scorecard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.Task;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Texts;
import org.scorecard.ingest.Senders;

/**
 * One agency's scorecard {@code agencies/CODE-PERIOD.pdf}: its indicators against targets with a
 * twelve-month trend line each, its timeliness, its rejected rows and the tasks it leads.
 */
final class AgencyScorecard {

	private final ReportData data;

	private final Texts texts;

	private final Wording words;

	private final ReportSettings settings;

	private final String version;

	AgencyScorecard(ReportData data, Texts texts, ReportSettings settings, String version) {
		this.data = data;
		this.texts = texts;
		this.words = new Wording(texts, data);
		this.settings = settings;
		this.version = version;
	}

	void write(String agency, OutputStream out, Instant generatedAt) throws IOException {
		String period = texts.period(data.period());
		String name = words.agencyBoth(agency);
		String title = texts.format("scorecard.title", "agency", name);
		PdfDocument.Meta meta = new PdfDocument.Meta(title + ", " + period,
				texts.format("report.subject", "period", period), texts.get("report.author"), "Scorecard " + version,
				"scorecard, " + agency + ", " + data.run().period(), texts.lang().code());
		PageEvents events = new PageEvents(texts.format("header.running", "period", period) + " \u2014 " + name,
				texts.get("footer.page"), false);
		try (PdfDocument doc = new PdfDocument(out, meta, settings.pdfa(), events)) {
			doc.add(new Paragraph(Pdf.nfc(title), doc.pdf.h1));
			Paragraph subtitle = new Paragraph(Pdf.nfc(texts.format("scorecard.subtitle", "period", period, "edition",
					data.run().edition()) + " \u00b7 " + texts.format("report.generated", "date",
							texts.date(generatedAt.atZone(ReportingPeriod.ZONE).toLocalDate()))), doc.pdf.smallMuted);
			subtitle.setSpacingAfter(8);
			doc.add(subtitle);
			indicators(doc, agency);
			timeliness(doc, agency, period);
			rejects(doc, agency);
			quality(doc, agency);
			tasks(doc, agency);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write the scorecard of " + agency + ": " + ex.getMessage(), ex);
		}
	}

	private void indicators(PdfDocument doc, String agency) throws DocumentException {
		doc.section(texts.get("scorecard.indicators"));
		List<ReportData.Result> results = data.results(agency);
		if (results.isEmpty()) {
			doc.paragraph(texts.get("scorecard.noresults"));
			return;
		}
		PdfPTable table = Pdf.table(2.9f, 1.4f, 1.6f, 1.9f, 2.5f, 1.3f, 1.5f);
		doc.pdf.header(table, texts.get("col.indicator"),
				texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
				texts.get("col.ytd"), texts.get("col.judged"), texts.get("col.target"), texts.get("col.status"),
				texts.get("scorecard.trend"));
		var trends = data.history().trends(agency);
		for (ReportData.Result result : results) {
			table.addCell(doc.pdf.text(words.indicatorCell(result)));
			table.addCell(doc.pdf.number(words.figure(result, result.month())));
			table.addCell(doc.pdf.number(words.figure(result, result.ytd())));
			table.addCell(doc.pdf.number(words.judged(result)));
			table.addCell(doc.pdf.text(words.target(result.target())));
			table.addCell(doc.pdf.status(result.status(), words.statusCell(result)));
			List<BigDecimal> trend = trends.getOrDefault(result.indicator(), List.of())
				.stream()
				.map(ReportData.Point::value)
				.toList();
			PdfPCell spark = new PdfPCell(Charts.sparkline(doc.writer, trend, 60, 16));
			spark.setPadding(2);
			spark.setBorderColor(Pdf.RULE);
			spark.setBorderWidth(0.5f);
			table.addCell(spark);
		}
		doc.add(table);
		doc.note(words.marksLegend());
	}

	private void timeliness(PdfDocument doc, String agency, String period) throws DocumentException {
		doc.section(texts.get("scorecard.timeliness"));
		ReportingStatus status = data.completeness()
			.stream()
			.filter(s -> s.agency().equals(agency))
			.findFirst()
			.orElse(null);
		if (status == null) {
			return;
		}
		String first = status.firstSubmittedAt() == null ? ""
				: texts.date(status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toLocalDate());
		PdfPTable line = new PdfPTable(new float[] { 1.4f, 8f });
		line.setWidthPercentage(100);
		line.addCell(doc.pdf.status(status.status(), words.status(status.status())));
		PdfPCell text = doc.pdf.text(texts.format("scorecard.timeliness." + status.status(), "period", period, "date",
				first, "deadline", texts.date(data.deadline())));
		text.setBorder(0);
		line.addCell(text);
		doc.add(line);
		history(doc, agency);
	}

	/** The agency's last twelve periods, on time, late or missing, oldest first. */
	private void history(PdfDocument doc, String agency) throws DocumentException {
		List<ReportData.Reporting> periods = data.reporting();
		PdfPTable table = new PdfPTable(periods.size() + 1);
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		PdfPCell label = doc.pdf.bold(texts.get("scorecard.history"));
		label.setRowspan(2);
		label.setBorder(0);
		table.addCell(label);
		for (ReportData.Reporting period : periods) {
			PdfPCell month = doc.pdf.text("%02d/%02d".formatted(period.period().getMonthValue(),
					period.period().getYear() % 100));
			month.setHorizontalAlignment(org.openpdf.text.Element.ALIGN_CENTER);
			table.addCell(month);
		}
		for (ReportData.Reporting period : periods) {
			String status = period.statuses().get(agency);
			table.addCell(status == null ? doc.pdf.text("") : doc.pdf.status(status, words.status(status)));
		}
		doc.add(table);
		doc.note(texts.get("scorecard.history.note"));
	}

	private void rejects(PdfDocument doc, String agency) throws DocumentException {
		doc.section(texts.get("scorecard.rejects"));
		List<Senders.Rejection> rejected = data.history().rejected(agency);
		if (rejected.isEmpty()) {
			doc.paragraph(texts.get("scorecard.rejects.none"));
			return;
		}
		doc.paragraph(texts.get("scorecard.rejects.intro"));
		PdfPTable table = Pdf.table(3.6f, 0.7f, 2.6f, 5.5f);
		doc.pdf.header(table, texts.get("col.file"), texts.get("col.line"), texts.get("col.code"),
				texts.get("col.message"));
		for (Senders.Rejection row : rejected) {
			table.addCell(doc.pdf.text(row.file()));
			table.addCell(doc.pdf.number(row.line() == null ? "\u2014" : Long.toString(row.line())));
			table.addCell(doc.pdf.text(texts.get("code." + row.code()) + "\n" + row.code()));
			table.addCell(doc.pdf.text(row.message()));
		}
		doc.add(table);
	}

	/** The data-quality findings on the agency's figures of the month (rule violations, roll-ups, outliers). */
	private void quality(PdfDocument doc, String agency) throws DocumentException {
		doc.section(texts.get("scorecard.quality"));
		List<ReportData.Finding> findings = data.findings().stream().filter(f -> agency.equals(f.agency())).toList();
		if (findings.isEmpty()) {
			doc.paragraph(texts.get("scorecard.quality.none"));
			return;
		}
		PdfPTable table = Pdf.table(1.6f, 3f, 7f);
		doc.pdf.header(table, texts.get("col.kind"), texts.get("col.indicator"), texts.get("col.message"));
		for (ReportData.Finding finding : findings) {
			table.addCell(doc.pdf.text(texts.get("quality.kind." + finding.kind())));
			table.addCell(doc.pdf.text(words.indicator(finding.indicator())));
			table.addCell(doc.pdf.text(words.finding(finding)));
		}
		doc.add(table);
	}

	private void tasks(PdfDocument doc, String agency) throws DocumentException {
		doc.section(texts.get("scorecard.tasks"));
		List<Task> tasks = data.reference().tasks().stream().filter(t -> t.leadAgency().equals(agency)).toList();
		if (tasks.isEmpty()) {
			doc.paragraph(texts.get("scorecard.tasks.none"));
			return;
		}
		PdfPTable table = Pdf.table(0.9f, 6f, 1.6f, 1.6f, 1.8f);
		doc.pdf.header(table, "#", texts.get("col.task"), texts.get("col.due"), texts.get("col.completed"),
				texts.get("col.status"));
		for (Task task : tasks) {
			String status = data.status(task).code();
			table.addCell(doc.pdf.text(task.id()));
			table.addCell(doc.pdf.text(task.title(texts.lang())));
			table.addCell(doc.pdf.text(texts.date(task.dueDate())));
			table.addCell(doc.pdf.text(texts.date(task.completedOn())));
			table.addCell(doc.pdf.status(status, words.status(status)));
		}
		doc.add(table);
	}

}
