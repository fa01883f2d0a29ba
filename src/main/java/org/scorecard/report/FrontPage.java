package org.scorecard.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Texts;

/**
 * Page 1, the page a leader reads: the title block, then the national headline indicators against
 * their targets, what is off track and at risk (counted, then the farthest from target), who reported
 * late or not at all, overdue tasks, and the data problems that touch the figures. Every line ends
 * with the page where it is shown in full ({@link PageRefs}).
 */
final class FrontPage extends Section {

	/** More national results than this and only those not achieved are listed one by one. */
	static final int HEADLINE_ROWS = 12;

	static final int WORST_ROWS = 5;

	/** More late or missing agencies than this are named in one line. */
	static final int AGENCY_ROWS = 4;

	private final Instant generatedAt;

	FrontPage(ReportData data, Texts texts, Instant generatedAt) {
		super(data, texts);
		this.generatedAt = generatedAt;
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		Pdf pdf = doc.pdf;
		doc.add(new Paragraph(Pdf.nfc(texts.reportTitle(data.period())), new Font(Pdf.BOLD_FONT, 20, Font.NORMAL, Pdf.HEADER)));
		Paragraph subtitle = new Paragraph(
				Pdf.nfc(texts.format("report.subtitle", "period", texts.editionTitle(data.period()))), pdf.subtitle);
		subtitle.setSpacingBefore(4);
		doc.add(subtitle);
		Paragraph edition = new Paragraph(Pdf.nfc(texts.format("front.edition", "edition", data.run().edition(), "run",
				data.run().id(), "date", texts.date(generatedAt.atZone(ReportingPeriod.ZONE).toLocalDate()), "issuer",
				texts.get("report.issuer"))), pdf.smallMuted);
		edition.setSpacingAfter(6);
		doc.add(edition);
		var changes = data.changes();
		if (changes.hasPrevious()) {
			PdfPTable facts = facts();
			fact(doc, facts, texts.format("front.changes", "edition", changes.previousEdition(), "results",
					changes.results().size()), ChangesSection.ANCHOR);
			doc.add(facts);
		}
		headlines(doc);
		offTrack(doc);
		reporting(doc);
		problems(doc);
		doc.newPage();
	}

	private void headlines(PdfDocument doc) throws DocumentException {
		heading(doc, "front.headlines");
		String nation = data.nation();
		List<ReportData.Result> national = data.withTargets().stream().filter(r -> r.agency().equals(nation)).toList();
		if (national.isEmpty()) {
			doc.note(texts.get("front.headlines.none"));
			return;
		}
		List<ReportData.Result> shown = national.size() <= HEADLINE_ROWS ? national
				: national.stream().filter(r -> !good(r.status())).toList();
		PdfPTable table = results(doc, false);
		for (ReportData.Result result : shown) {
			row(doc, table, result, false);
		}
		if (shown.size() < national.size()) {
			PdfPTable rest = facts();
			fact(doc, rest, texts.format("front.headlines.rest", "count", national.size() - shown.size()), "targets");
			doc.add(table);
			doc.add(rest);
			return;
		}
		doc.add(table);
	}

	private void offTrack(PdfDocument doc) throws DocumentException {
		heading(doc, "front.offtrack");
		Map<String, Long> counts = data.withTargets()
			.stream()
			.collect(Collectors.groupingBy(ReportData.Result::status, Collectors.counting()));
		PdfPTable facts = facts();
		fact(doc, facts, texts.format("front.offtrack.count", "off_track", counts.getOrDefault("off_track", 0L), "at_risk",
				counts.getOrDefault("at_risk", 0L), "total", data.withTargets().size(), "no_data",
				counts.getOrDefault("no_data", 0L)), "targets");
		doc.add(facts);
		List<ReportData.Result> worst = data.withTargets()
			.stream()
			.filter(r -> r.status().equals("off_track") || r.status().equals("at_risk"))
			.sorted(Distance.WORST_FIRST)
			.limit(WORST_ROWS)
			.toList();
		if (worst.isEmpty()) {
			return;
		}
		doc.note(texts.format("front.worst", "count", worst.size()));
		PdfPTable table = results(doc, true);
		for (ReportData.Result result : worst) {
			row(doc, table, result, true);
		}
		doc.add(table);
	}

	private void reporting(PdfDocument doc) throws DocumentException {
		heading(doc, "front.reporting");
		var rates = data.rates();
		PdfPTable facts = facts();
		fact(doc, facts, texts.format("summary.reporting", "reported", rates.onTime() + rates.late(), "expected",
				rates.expected(), "period", texts.period(data.period()), "reporting_rate",
				texts.fraction(rates.reportingRate()), "on_time", rates.onTime(), "on_time_rate",
				texts.fraction(rates.onTimeRate())), "completeness");
		for (String status : List.of("late", "missing")) {
			List<ReportingStatus> agencies = data.completeness().stream().filter(s -> s.status().equals(status)).toList();
			if (agencies.size() > AGENCY_ROWS) {
				fact(doc, facts, texts.format("front." + status, "agencies",
						agencies.stream().map(s -> words.agency(s.agency())).collect(Collectors.joining(", "))),
						"completeness");
				continue;
			}
			for (ReportingStatus agency : agencies) {
				fact(doc, facts, texts.format("front." + status, "agencies", words.agency(agency.agency())),
						CompletenessSection.anchor(agency.agency()));
			}
		}
		int overdue = taskCounts(data.reference().tasks()).get(TaskStatus.OVERDUE);
		fact(doc, facts, texts.format("front.overdue", "count", overdue, "date", texts.date(data.asOf())),
				overdue > 0 ? TasksSection.OVERDUE : "tasks");
		doc.add(facts);
	}

	private void problems(PdfDocument doc) throws DocumentException {
		heading(doc, "front.problems");
		PdfPTable facts = facts();
		Map<String, Long> kinds = data.findings()
			.stream()
			.collect(Collectors.groupingBy(ReportData.Finding::kind, Collectors.counting()));
		if (!data.unreadable().isEmpty()) {
			fact(doc, facts, texts.format("front.unreadable", "count", data.unreadable().size()), QualitySection.UNREADABLE);
		}
		long questioned = data.withTargets().stream().filter(ReportData.Result::inQuestion).count();
		fact(doc, facts, texts.format("front.findings", "rules", kinds.getOrDefault("rule", 0L), "rollups",
				kinds.getOrDefault("rollup", 0L), "outliers", kinds.getOrDefault("outlier", 0L), "questioned", questioned),
				"quality");
		fact(doc, facts, texts.format("front.rejected", "rejected",
				texts.number(BigDecimal.valueOf(data.run().rowsRejected()), 0), "read",
				texts.number(BigDecimal.valueOf(data.run().rowsRead()), 0)), QualitySection.REJECTED);
		doc.add(facts);
	}

	private void heading(PdfDocument doc, String key) throws DocumentException {
		Paragraph heading = new Paragraph(Pdf.nfc(texts.get(key)), doc.pdf.h2);
		heading.setSpacingBefore(6);
		heading.setSpacingAfter(2);
		doc.add(heading);
	}

	private PdfPTable results(PdfDocument doc, boolean withAgency) {
		PdfPTable table = withAgency ? Pdf.table(2.2f, 3.4f, 1.8f, 3.0f, 1.5f, 0.8f)
				: Pdf.table(4.6f, 1.9f, 3.4f, 1.6f, 0.8f);
		table.setSpacingAfter(2);
		List<String> labels = new java.util.ArrayList<>();
		if (withAgency) {
			labels.add(texts.get("col.agency"));
		}
		labels.addAll(List.of(texts.get("col.indicator"), texts.get("col.judged"), texts.get("col.target"),
				texts.get("col.status"), texts.get("col.page")));
		doc.pdf.header(table, labels.toArray(String[]::new));
		return table;
	}

	private void row(PdfDocument doc, PdfPTable table, ReportData.Result result, boolean withAgency) {
		if (withAgency) {
			table.addCell(doc.pdf.text(words.agency(result.agency())));
		}
		table.addCell(doc.pdf.text(words.indicatorCell(result)));
		table.addCell(doc.pdf.number(words.judged(result)));
		table.addCell(doc.pdf.text(words.target(result.target())));
		table.addCell(doc.pdf.status(result.status(), words.statusCell(result)));
		table.addCell(doc.refs.cell(TargetsSection.anchor(result)));
	}

	private static PdfPTable facts() {
		PdfPTable table = Pdf.table(11.2f, 0.8f);
		table.setHeaderRows(0);
		table.setSpacingBefore(2);
		table.setSpacingAfter(2);
		return table;
	}

	private static void fact(PdfDocument doc, PdfPTable table, String text, String anchor) {
		table.addCell(doc.pdf.text(text));
		table.addCell(doc.refs.cell(anchor));
	}

	private static boolean good(String status) {
		return status.equals("achieved") || status.equals("exceeded") || status.equals("on_track");
	}

}
