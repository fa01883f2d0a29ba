package org.scorecard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.AgencyKind;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Task;
import org.scorecard.submission.RowChecker;
import org.scorecard.task.TaskStatus;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Texts;

/**
 * The secretariat's report {@code scorecard-PERIOD.pdf}: cover, executive summary with headline
 * sentences, indicators against targets, a section per agency group, charts, completeness, tasks,
 * data quality and rejected rows, and the methods. Every text comes from the templates.
 */
final class ConsolidatedReport {

	private static final String[] LEGEND = { "achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data" };

	private final ReportData data;

	private final Texts texts;

	private final Wording words;

	private final ReportSettings settings;

	private final String version;

	ConsolidatedReport(ReportData data, Texts texts, ReportSettings settings, String version) {
		this.data = data;
		this.texts = texts;
		this.words = new Wording(texts, data);
		this.settings = settings;
		this.version = version;
	}

	void write(OutputStream out, Instant generatedAt) throws IOException {
		String period = texts.period(data.period());
		PdfDocument.Meta meta = new PdfDocument.Meta(texts.get("report.title") + ": " + period,
				texts.format("report.subject", "period", period), texts.get("report.author"), "Scorecard " + version,
				"scorecard, " + data.run().period() + ", run " + data.run().id(), texts.lang());
		PageEvents events = new PageEvents(texts.format("header.running", "period", period), texts.get("footer.page"),
				true);
		try (PdfDocument doc = new PdfDocument(out, meta, settings.pdfa(), events)) {
			cover(doc, period, generatedAt);
			summary(doc);
			targets(doc);
			groups(doc);
			charts(doc);
			completeness(doc);
			tasks(doc);
			quality(doc);
			methods(doc);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write the report: " + ex.getMessage(), ex);
		}
	}

	private void cover(PdfDocument doc, String period, Instant generatedAt) throws DocumentException {
		Pdf pdf = doc.pdf;
		Paragraph space = new Paragraph(" ", pdf.body);
		space.setSpacingBefore(180);
		doc.add(space);
		doc.add(new Paragraph(Pdf.nfc(texts.get("report.title")), pdf.title));
		Paragraph subtitle = new Paragraph(Pdf.nfc(texts.format("report.subtitle", "period", period)), pdf.subtitle);
		subtitle.setSpacingBefore(8);
		doc.add(subtitle);
		Paragraph edition = new Paragraph(Pdf.nfc(texts.format("report.edition", "edition", data.run().edition(), "run",
				data.run().id())), pdf.body);
		edition.setSpacingBefore(30);
		doc.add(edition);
		doc.add(new Paragraph(Pdf.nfc(texts.format("report.generated", "date",
				texts.date(generatedAt.atZone(ReportingPeriod.ZONE).toLocalDate()))), pdf.body));
		doc.add(new Paragraph(Pdf.nfc(texts.get("report.issuer")), pdf.smallMuted));
		doc.newPage();
	}

	private void summary(PdfDocument doc) throws DocumentException {
		doc.section(texts.get("section.summary"));
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String status : List.of("achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data")) {
			counts.put(status, 0);
		}
		List<ReportData.Result> withTargets = data.withTargets();
		withTargets.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		doc.paragraph(texts.format("summary.counts", "total", withTargets.size(), "achieved",
				counts.get("achieved") + counts.get("exceeded"), "on_track", counts.get("on_track"), "at_risk",
				counts.get("at_risk"), "off_track", counts.get("off_track"), "no_data", counts.get("no_data")));
		var rates = data.rates();
		String period = texts.period(data.period());
		doc.paragraph(texts.format("summary.reporting", "reported", rates.onTime() + rates.late(), "expected",
				rates.expected(), "period", period, "reporting_rate", texts.fraction(rates.reportingRate()), "on_time",
				rates.onTime(), "on_time_rate", texts.fraction(rates.onTimeRate())));
		agencies(doc, "late", "summary.late");
		agencies(doc, "missing", "summary.missing");
		Map<TaskStatus, Integer> tasks = taskCounts(data.reference().tasks());
		doc.paragraph(texts.format("summary.tasks", "date", texts.date(data.asOf()), "done_on_time",
				tasks.get(TaskStatus.DONE_ON_TIME), "done_late", tasks.get(TaskStatus.DONE_LATE), "overdue",
				tasks.get(TaskStatus.OVERDUE), "open", tasks.get(TaskStatus.OPEN)));
		Map<String, Long> kinds = data.findings()
			.stream()
			.collect(Collectors.groupingBy(ReportData.Finding::kind, Collectors.counting()));
		doc.paragraph(texts.format("summary.quality", "findings", data.findings().size(), "rules",
				kinds.getOrDefault("rule", 0L), "rollups", kinds.getOrDefault("rollup", 0L), "outliers",
				kinds.getOrDefault("outlier", 0L), "rejected", data.run().rowsRejected(), "read", data.run().rowsRead()));

		doc.subsection(texts.get("section.headlines"));
		String nation = data.nation();
		for (ReportData.Result result : data.withTargets()) {
			if (result.agency().equals(nation)) {
				doc.paragraph("\u2022 " + narrative(result));
			}
		}
	}

	private void agencies(PdfDocument doc, String status, String key) throws DocumentException {
		List<String> names = data.completeness()
			.stream()
			.filter(s -> s.status().equals(status))
			.map(s -> words.agency(s.agency()))
			.toList();
		if (!names.isEmpty()) {
			doc.paragraph(texts.format(key, "agencies", String.join(", ", names)));
		}
	}

	/** "Exports reached 424,740.50 US$ million in the first 10 months of 2026, up 8.78 % ...". */
	String narrative(ReportData.Result result) {
		String indicator = words.indicator(result.indicator());
		String target = words.target(result.target());
		String status = words.status(result.status());
		if (result.ytd() == null) {
			return texts.format("narrative.nodata", "indicator", indicator, "year", data.period().getYear(), "target",
					target);
		}
		String ytd = words.valueWithUnit(result.indicator(), result.ytd());
		if (result.growthYtd() == null) {
			return texts.format("narrative.level", "indicator", indicator, "ytd", ytd, "months", result.monthsReported(),
					"year", data.period().getYear(), "target", target, "status", status);
		}
		int sign = result.growthYtd().signum();
		String change = sign == 0 ? texts.get("change.flat") : texts.format(sign > 0 ? "change.up" : "change.down",
				"growth", words.growth(result.growthYtd().abs()) + " %");
		return texts.format("narrative.growth", "indicator", indicator, "ytd", ytd, "months", result.monthsReported(),
				"year", data.period().getYear(), "change", change, "target", target, "status", status);
	}

	private Map<TaskStatus, Integer> taskCounts(List<Task> tasks) {
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			counts.put(status, 0);
		}
		tasks.forEach(t -> counts.merge(data.status(t), 1, Integer::sum));
		return counts;
	}

	private void legend(PdfDocument doc) throws DocumentException {
		PdfPTable legend = new PdfPTable(LEGEND.length + 1);
		legend.setWidthPercentage(100);
		legend.setSpacingAfter(6);
		PdfPCell title = doc.pdf.bold(texts.get("legend.title"));
		title.setBorder(0);
		legend.addCell(title);
		for (String status : LEGEND) {
			legend.addCell(doc.pdf.status(status, words.status(status)));
		}
		doc.add(legend);
	}

	private void targets(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.targets"));
		legend(doc);
		PdfPTable table = Pdf.table(3.6f, 1.6f, 1.8f, 1.1f, 3f, 1.3f);
		table.setComplete(false);
		int rows = 0;
		doc.pdf.header(table, texts.get("col.indicator"),
				texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
				texts.get("col.ytd"), texts.get("col.growth"), texts.get("col.target"), texts.get("col.status"));
		String agency = null;
		for (ReportData.Result result : data.withTargets()) {
			if (!result.agency().equals(agency)) {
				agency = result.agency();
				table.addCell(doc.pdf.agencyRow(words.agency(agency), 6));
			}
			table.addCell(doc.pdf.text(words.indicator(result.indicator()) + " (" + words.unit(result.indicator()) + ")"));
			table.addCell(doc.pdf.number(words.value(result.indicator(), result.month())));
			table.addCell(doc.pdf.number(words.value(result.indicator(), result.ytd())));
			table.addCell(doc.pdf.number(words.growth(result.growthYtd())));
			table.addCell(doc.pdf.text(words.target(result.target())));
			table.addCell(doc.pdf.status(result.status(), words.status(result.status())));
			flushEvery(doc, table, ++rows);
		}
		table.setComplete(true);
		doc.add(table);
	}

	/** Writes the rows so far of a long table, so memory holds at most a few hundred rows. */
	private static void flushEvery(PdfDocument doc, PdfPTable table, int rows) throws DocumentException {
		if (rows % 200 == 0) {
			doc.add(table);
		}
	}

	private void groups(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.groups"));
		for (AgencyKind kind : AgencyKind.values()) {
			List<ReportData.Result> results = data.results()
				.stream()
				.filter(r -> data.agency(r.agency()).kind() == kind)
				.toList();
			if (results.isEmpty()) {
				continue;
			}
			doc.subsection(texts.get("group." + kind.name()));
			PdfPTable table = Pdf.table(3.8f, 1.6f, 1.8f, 1.8f, 1.1f, 1.5f);
			table.setComplete(false);
			int rows = 0;
			doc.pdf.header(table, texts.get("col.indicator"),
					texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
					texts.get("col.ytd"), texts.get("col.ytd_prev"), texts.get("col.growth"), texts.get("col.status"));
			String agency = null;
			for (ReportData.Result result : results) {
				if (!result.agency().equals(agency)) {
					agency = result.agency();
					table.addCell(doc.pdf.agencyRow(words.agency(agency), 6));
				}
				table.addCell(doc.pdf.text(words.indicator(result.indicator()) + " (" + words.unit(result.indicator()) + ")"));
				table.addCell(doc.pdf.number(words.value(result.indicator(), result.month())));
				table.addCell(doc.pdf.number(words.value(result.indicator(), result.ytd())));
				table.addCell(doc.pdf.number(words.value(result.indicator(), result.ytdPrev())));
				table.addCell(doc.pdf.number(words.growth(result.growthYtd())));
				table.addCell(doc.pdf.status(result.status(), words.status(result.status())));
				flushEvery(doc, table, ++rows);
			}
			table.setComplete(true);
			doc.add(table);
		}
	}

	private void charts(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.charts"));
		String indicator = settings.chartIndicator();
		List<Charts.Bar> bars = new ArrayList<>();
		for (ReportData.Result result : data.results()) {
			if (result.indicator().equals(indicator) && data.agency(result.agency()).kind() == AgencyKind.PROVINCE
					&& result.growthYtd() != null) {
				BigDecimal target = result.target() != null && result.target().measure() == Measure.GROWTH_YTD
						? result.target().value() : null;
				bars.add(new Charts.Bar(words.agency(result.agency()), result.growthYtd(), target,
						barColour(result.status())));
			}
		}
		bars.sort(java.util.Comparator.comparing(Charts.Bar::value).reversed());
		if (!bars.isEmpty() && data.reference().indicators().containsKey(indicator)) {
			var chart = Charts.bars(texts.format("chart.provinces.title", "indicator", words.indicator(indicator)),
					texts.get("chart.provinces.axis"), texts.get("chart.provinces.series"),
					texts.get("chart.provinces.target"), bars, texts.numberFormat());
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
			data.trend(nation, code)
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

	private static java.awt.Color barColour(String status) {
		return switch (status) {
			case "achieved", "exceeded", "on_track" -> new java.awt.Color(0x38, 0x76, 0x1D);
			case "at_risk" -> new java.awt.Color(0xBF, 0x90, 0x00);
			case "off_track" -> new java.awt.Color(0xC0, 0x00, 0x00);
			default -> Pdf.HEADER;
		};
	}

	private void completeness(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.completeness"));
		var rates = data.rates();
		doc.paragraph(texts.format("summary.reporting", "reported", rates.onTime() + rates.late(), "expected",
				rates.expected(), "period", texts.period(data.period()), "reporting_rate",
				texts.fraction(rates.reportingRate()), "on_time", rates.onTime(), "on_time_rate",
				texts.fraction(rates.onTimeRate())));
		doc.paragraph(texts.format("completeness.deadline", "date", texts.date(data.deadline())));
		List<ReportingStatus> notOnTime = data.completeness().stream().filter(s -> !s.status().equals("on_time")).toList();
		if (notOnTime.isEmpty()) {
			doc.paragraph(texts.get("completeness.none"));
			return;
		}
		PdfPTable table = Pdf.table(1.5f, 4f, 1.5f, 3f);
		doc.pdf.header(table, texts.get("col.agency"), "", texts.get("col.status"), texts.get("col.first_submitted"));
		for (ReportingStatus status : notOnTime) {
			table.addCell(doc.pdf.text(status.agency()));
			table.addCell(doc.pdf.text(words.agencyBoth(status.agency())));
			table.addCell(doc.pdf.status(status.status(), words.status(status.status())));
			table.addCell(doc.pdf.text(status.firstSubmittedAt() == null ? ""
					: texts.date(status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toLocalDate()) + " "
							+ status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toLocalTime().withNano(0)));
		}
		doc.add(table);
	}

	private void tasks(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.tasks"));
		doc.subsection(texts.get("tasks.byLead"));
		Map<String, Map<TaskStatus, Integer>> byLead = new LinkedHashMap<>();
		data.reference()
			.tasks()
			.stream()
			.sorted((a, b) -> Integer.compare(data.position(a.leadAgency()), data.position(b.leadAgency())))
			.forEach(t -> byLead.computeIfAbsent(t.leadAgency(), k -> taskCounts(List.of())).merge(data.status(t), 1,
					Integer::sum));
		PdfPTable counts = Pdf.table(4f, 1.4f, 1.4f, 1.4f, 1.4f);
		doc.pdf.header(counts, texts.get("col.lead"), words.status("done_on_time"), words.status("done_late"),
				words.status("overdue"), words.status("open"));
		for (var lead : byLead.entrySet()) {
			counts.addCell(doc.pdf.text(words.agency(lead.getKey())));
			for (TaskStatus status : TaskStatus.values()) {
				int count = lead.getValue().get(status);
				counts.addCell(count > 0 && status == TaskStatus.OVERDUE ? doc.pdf.status("overdue", Integer.toString(count))
						: doc.pdf.number(Integer.toString(count)));
			}
		}
		doc.add(counts);
		doc.subsection(texts.get("tasks.overdue"));
		List<Task> overdue = data.reference().tasks().stream().filter(t -> data.status(t) == TaskStatus.OVERDUE).toList();
		if (overdue.isEmpty()) {
			doc.paragraph(texts.get("tasks.overdue.none"));
			return;
		}
		PdfPTable table = Pdf.table(1f, 5f, 2.2f, 1.6f, 3f);
		doc.pdf.header(table, "#", texts.get("col.task"), texts.get("col.lead"), texts.get("col.due"),
				texts.get("col.source"));
		for (Task task : overdue) {
			table.addCell(doc.pdf.text(task.id()));
			table.addCell(doc.pdf.text(task.title()));
			table.addCell(doc.pdf.text(words.agency(task.leadAgency())));
			table.addCell(doc.pdf.text(texts.date(task.dueDate())));
			table.addCell(doc.pdf.text(task.source()));
		}
		doc.add(table);
	}

	private void quality(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.quality"));
		if (data.findings().isEmpty()) {
			doc.paragraph(texts.get("quality.none"));
		}
		else {
			PdfPTable table = Pdf.table(1.4f, 1.8f, 2.6f, 7f);
			doc.pdf.header(table, texts.get("col.kind"), texts.get("col.agency"), texts.get("col.indicator"),
					texts.get("col.message"));
			for (ReportData.Finding finding : data.findings()) {
				table.addCell(doc.pdf.text(texts.get("quality.kind." + finding.kind())));
				table.addCell(doc.pdf.text(words.agency(finding.agency())));
				table.addCell(doc.pdf.text(words.indicator(finding.indicator())));
				table.addCell(doc.pdf.text(message(finding)));
			}
			doc.add(table);
		}
		doc.subsection(texts.get("rejects.byCode"));
		if (data.rejectedByCode().isEmpty()) {
			doc.paragraph(texts.get("rejects.none"));
			return;
		}
		PdfPTable codes = Pdf.table(4f, 1.5f);
		doc.pdf.header(codes, texts.get("col.code"), texts.get("col.count"));
		for (var code : data.rejectedByCode().entrySet()) {
			codes.addCell(doc.pdf.text(texts.get("code." + code.getKey()) + " (" + code.getKey() + ")"));
			codes.addCell(doc.pdf.number(Long.toString(code.getValue())));
		}
		doc.add(codes);
		doc.subsection(texts.get("rejects.worst"));
		PdfPTable worst = Pdf.table(4f, 1.5f);
		doc.pdf.header(worst, texts.get("col.agency"), texts.get("col.rejected"));
		data.rejectedByAgency().entrySet().stream().limit(10).forEach(e -> {
			worst.addCell(doc.pdf.text(words.agency(e.getKey())));
			worst.addCell(doc.pdf.number(Long.toString(e.getValue())));
		});
		doc.add(worst);
	}

	/** A finding in the report's language; a rule's message is the one written in rules.csv. */
	private String message(ReportData.Finding finding) {
		String indicator = finding.indicator();
		return switch (finding.kind()) {
			case "rollup" -> texts.format("quality.message.rollup", "own", words.value(indicator, finding.valueLeft()),
					"children", words.value(indicator, finding.valueRight()), "difference",
					finding.valueLeft().signum() == 0 ? "> 100"
							: texts.number(finding.valueLeft()
								.subtract(finding.valueRight())
								.abs()
								.multiply(BigDecimal.valueOf(100))
								.divide(finding.valueLeft().abs(), java.math.MathContext.DECIMAL64), 1));
			case "outlier" -> texts.format("quality.message.outlier", "value", words.value(indicator, finding.valueLeft()),
					"median", words.value(indicator, finding.valueRight()));
			default -> finding.message();
		};
	}

	private void methods(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.methods"));
		for (int i = 1; i <= 6; i++) {
			doc.paragraph(texts.format("methods." + i, "period", data.run().period()));
		}
		doc.add(new Chunk(""));
	}

}
