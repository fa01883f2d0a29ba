package org.scorecard.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.DocumentException;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Texts;
import org.scorecard.reference.Measure;
import java.math.BigDecimal;

/** The executive summary: results by status, reporting, late and missing agencies, tasks, data quality, and a sentence per national indicator with a target. */
final class SummarySection extends Section {

	SummarySection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("summary");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.section(texts.get("section.summary"), "summary");
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
				kinds.getOrDefault("outlier", 0L), "rejected", texts.number(BigDecimal.valueOf(data.run().rowsRejected()), 0), "read",
				texts.number(BigDecimal.valueOf(data.run().rowsRead()), 0)));

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

	/**
	 * The headline sentence of a national result, quoting the figure its status was judged on: the
	 * month's growth or value for a monthly target, the year to date (and what a plan expected by now)
	 * otherwise. "Export turnover reached 424,740.50 US$ million in the first 10 months of 2026, up
	 * 8.78 % on the same months of last year, against a target of ...: achieved."
	 */
	String narrative(ReportData.Result result) {
		String sentence = sentence(result);
		return result.inQuestion() ? sentence + " " + texts.get("narrative.question") : sentence;
	}

	private String sentence(ReportData.Result result) {
		String indicator = words.indicator(result.indicator());
		String target = words.target(result.target());
		String status = words.status(result.status());
		int year = data.period().getYear();
		int month = data.period().getMonthValue();
		Measure measure = result.target().measure();
		if ((measure == Measure.GROWTH_MONTH || measure == Measure.VALUE_MONTH) && result.month() != null) {
			String value = words.valueWithUnit(result.indicator(), result.month());
			String monthName = texts.get("month." + month);
			if (measure == Measure.GROWTH_MONTH && result.growthMonth() != null) {
				return texts.format("narrative.growth_month", "indicator", indicator, "month_value", value, "month_name",
						monthName, "month", month, "year", year, "change", change(result.growthMonth()), "target", target,
						"status", status);
			}
			return texts.format("narrative.month_value", "indicator", indicator, "month_value", value, "month_name",
					monthName, "month", month, "year", year, "target", target, "status", status);
		}
		if (result.ytd() == null) {
			return texts.format("narrative.nodata", "indicator", indicator, "year", year, "target", target);
		}
		String ytd = words.valueWithUnit(result.indicator(), result.ytd());
		if (measure == Measure.PLAN_YEAR && result.expected() != null) {
			return texts.format("narrative.plan", "indicator", indicator, "ytd", ytd, "months", result.monthsReported(),
					"year", year, "expected", words.valueWithUnit(result.indicator(), result.expected()), "target", target,
					"status", status);
		}
		if (measure == Measure.GROWTH_YTD && result.growthYtd() != null) {
			return texts.format("narrative.growth", "indicator", indicator, "ytd", ytd, "months", result.monthsReported(),
					"year", year, "change", change(result.growthYtd()), "target", target, "status", status);
		}
		return texts.format("narrative.level", "indicator", indicator, "ytd", ytd, "months", result.monthsReported(),
				"year", year, "target", target, "status", status);
	}

	/** "up 8.78 %", "down 1.20 %", "unchanged". */
	private String change(BigDecimal growth) {
		int sign = growth.signum();
		return sign == 0 ? texts.get("change.flat")
				: texts.format(sign > 0 ? "change.up" : "change.down", "growth", words.growth(growth.abs()) + " %");
	}

}
