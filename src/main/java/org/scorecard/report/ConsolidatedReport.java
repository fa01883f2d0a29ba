package org.scorecard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import org.openpdf.text.DocumentException;
import org.scorecard.text.Texts;

/**
 * The secretariat's report {@code scorecard-PERIOD.pdf}, section after section: page 1 (what a leader
 * decides on, each item with its page), the contents, the executive summary with headline sentences,
 * the scorecard matrix of agencies against key indicators, indicators against targets, a section per agency group, charts,
 * completeness, tasks, data quality and rejected rows, and the methods. Every text comes from the
 * templates.
 */
final class ConsolidatedReport {

	private final ReportData data;

	private final Texts texts;

	private final ReportSettings settings;

	private final String version;

	ConsolidatedReport(ReportData data, Texts texts, ReportSettings settings, String version) {
		this.data = data;
		this.texts = texts;
		this.settings = settings;
		this.version = version;
	}

	void write(OutputStream out, Instant generatedAt) throws IOException {
		String period = texts.editionTitle(data.period());
		PdfDocument.Meta meta = new PdfDocument.Meta(texts.reportTitle(data.period()) + ": " + period,
				texts.format("report.subject", "period", period), texts.get("report.author"), "Scorecard " + version,
				"scorecard, " + data.run().period() + ", run " + data.run().id(), texts.lang().code());
		PageEvents events = new PageEvents(texts.format("header.running", "period", period), texts.get("footer.page"),
				true);
		List<Section> body = List.of(new SummarySection(data, texts), new ChangesSection(data, texts),
				new MatrixSection(data, texts),
				new TargetsSection(data, texts), new GroupsSection(data, texts), new ChartsSection(data, texts, settings),
				new CompletenessSection(data, texts), new TasksSection(data, texts), new QualitySection(data, texts),
				new MethodsSection(data, texts));
		List<Section> sections = new java.util.ArrayList<>();
		sections.add(new FrontPage(data, texts, generatedAt));
		sections.add(new ContentsSection(data, texts, body));
		sections.addAll(body);
		try (PdfDocument doc = new PdfDocument(out, meta, settings.pdfa(), events)) {
			for (Section section : sections) {
				section.write(doc);
			}
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write the report: " + ex.getMessage(), ex);
		}
	}

}
