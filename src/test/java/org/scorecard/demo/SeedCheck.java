package org.scorecard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An independent re-reading of the written seeds following rules.md: parses every inbox file from disk (its own
 * CSV parser, POI for workbooks), applies the row checks and tie rules, computes year-to-date, growth, roll-ups,
 * statuses, completeness and tasks, and checks the published figures and the planted rejects.
 */
final class SeedCheck {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final MathContext MC = MathContext.DECIMAL128;
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	record Ag(String code, String kind, String parent, boolean reports) {
	}

	record Ind(String code, String unit, String agg, String num, String den, String direction, int decimals) {
		boolean derived() {
			return agg.equals("ratio") || agg.equals("difference");
		}
	}

	record Tgt(String ind, String agency, int year, String measure, String op, BigDecimal value, BigDecimal max,
			BigDecimal tol) {
	}

	record Sub(String file, int line, String agency, String period, String indicator, BigDecimal value, Instant at,
			int seq) {
	}

	record Reject(String file, Integer line, String code) {
	}

	record Res(BigDecimal month, BigDecimal ytd, BigDecimal ytdPrev, BigDecimal growthMonth, BigDecimal growthYtd,
			int monthsReported, boolean rolledUp) {
	}

	record Figure(String figure, String article, String agency, String indicator, String period, String measure,
			String expected, String computed, boolean ok) {
	}

	record FileCount(String file, int read, int accepted, int rejected) {
	}

	record Report(List<String> lines, boolean ok, List<Figure> figures, List<Reject> rejects,
			List<FileCount> counts, List<String[]> completeness, List<String[]> tasks, List<String[]> quality,
			Map<String, List<String[]>> statuses, int filesRead, int rowsRead, int rowsAccepted, int skipped) {
	}

	private final Path reference;
	private final Path inbox;
	final Map<String, Ag> ags = new LinkedHashMap<>();
	final Map<String, List<String>> children = new HashMap<>();
	final Map<String, Ind> inds = new LinkedHashMap<>();
	final List<Tgt> tgts = new ArrayList<>();
	final List<String[]> taskRows = new ArrayList<>();
	final List<String[]> ruleRows = new ArrayList<>();
	final List<Reject> rejects = new ArrayList<>();
	final List<Sub> candidates = new ArrayList<>();
	final List<Sub> accepted = new ArrayList<>();
	final Map<String, Sub> own = new HashMap<>();
	final Map<String, int[]> fileCounts = new LinkedHashMap<>();
	int skipped;

	SeedCheck(Path reference, Path inbox) {
		this.reference = reference;
		this.inbox = inbox;
	}

	// ------------------------------------------------------------------ CSV

	record CsvRec(int line, List<String> fields, boolean broken) {
	}

	static List<CsvRec> parse(String text) {
		List<CsvRec> out = new ArrayList<>();
		int i = 0;
		int n = text.length();
		int line = 1;
		if (n > 0 && text.charAt(0) == '\uFEFF') {
			i = 1;
		}
		while (i < n) {
			char c0 = text.charAt(i);
			if (c0 == '\n') {
				line++;
				i++;
				continue;
			}
			if (c0 == '\r') {
				i++;
				if (i < n && text.charAt(i) == '\n') {
					i++;
				}
				line++;
				continue;
			}
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder f = new StringBuilder();
			boolean inQuotes = false;
			boolean broken = false;
			while (true) {
				if (i >= n) {
					broken = inQuotes;
					fields.add(f.toString());
					break;
				}
				char c = text.charAt(i);
				if (inQuotes) {
					if (c == '"') {
						if (i + 1 < n && text.charAt(i + 1) == '"') {
							f.append('"');
							i += 2;
						} else {
							inQuotes = false;
							i++;
						}
					} else {
						if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
							line++;
						}
						f.append(c);
						i++;
					}
				} else if (c == ',') {
					fields.add(f.toString());
					f.setLength(0);
					i++;
				} else if (c == '\n' || c == '\r') {
					fields.add(f.toString());
					if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
						i++;
					}
					i++;
					line++;
					break;
				} else if (c == '"' && f.toString().isBlank()) {
					inQuotes = true;
					f.setLength(0);
					i++;
				} else {
					f.append(c);
					i++;
				}
			}
			out.add(new CsvRec(start, fields, broken));
			if (broken) {
				break;
			}
		}
		return out;
	}

	static String utf8(byte[] b) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
	}

	List<Map<String, String>> table(String name) throws IOException {
		List<CsvRec> recs = parse(utf8(Files.readAllBytes(reference.resolve(name))));
		List<String> head = recs.get(0).fields().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
		List<Map<String, String>> out = new ArrayList<>();
		for (CsvRec r : recs.subList(1, recs.size())) {
			if (r.fields().size() != head.size()) {
				throw new IllegalStateException(name + ":" + r.line() + " field count");
			}
			Map<String, String> m = new HashMap<>();
			for (int k = 0; k < head.size(); k++) {
				m.put(head.get(k), r.fields().get(k).trim());
			}
			out.add(m);
		}
		return out;
	}

	static BigDecimal num(String s) {
		return s == null || s.isEmpty() ? null : new BigDecimal(s);
	}

	void loadReference() throws IOException {
		for (var m : table("agencies.csv")) {
			Ag a = new Ag(m.get("code"), m.get("kind"), m.get("parent"), !"no".equals(m.get("reports")));
			if (!a.code().matches("[A-Z0-9_-]{1,32}") || ags.put(a.code(), a) != null) {
				throw new IllegalStateException("bad or duplicate agency " + a.code());
			}
		}
		for (Ag a : ags.values()) {
			if (!a.parent().isEmpty()) {
				if (!ags.containsKey(a.parent())) {
					throw new IllegalStateException("unknown parent " + a.parent());
				}
				children.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a.code());
			}
		}
		for (Ag a : ags.values()) { // no cycles
			Set<String> seen = new HashSet<>();
			for (String p = a.code(); !p.isEmpty(); p = ags.get(p).parent()) {
				if (!seen.add(p)) {
					throw new IllegalStateException("cycle at " + a.code());
				}
			}
		}
		for (var m : table("indicators.csv")) {
			Ind i = new Ind(m.get("code"), m.get("unit"), m.get("aggregation"), m.get("numerator"),
					m.get("denominator"), m.get("direction"), Integer.parseInt(m.get("decimals")));
			inds.put(i.code(), i);
		}
		for (Ind i : inds.values()) {
			if (i.derived()) {
				for (String side : List.of(i.num(), i.den())) {
					Ind s = inds.get(side);
					if (s == null || s.derived() || s.agg().equals("avg")) {
						throw new IllegalStateException("bad side " + side + " of " + i.code());
					}
				}
			}
		}
		Set<String> seenTargets = new HashSet<>();
		for (var m : table("targets.csv")) {
			Tgt t = new Tgt(m.get("indicator"), m.get("agency"), Integer.parseInt(m.get("year")), m.get("measure"),
					m.get("operator"), num(m.get("value")), num(m.get("value_max")), num(m.get("tolerance")));
			if (!inds.containsKey(t.ind()) || !ags.containsKey(t.agency())
					|| !seenTargets.add(t.ind() + "|" + t.agency() + "|" + t.year())) {
				throw new IllegalStateException("bad target " + t);
			}
			tgts.add(t);
		}
		for (var m : table("tasks.csv")) {
			if (!ags.containsKey(m.get("lead_agency"))) {
				throw new IllegalStateException("task lead " + m.get("lead_agency"));
			}
			taskRows.add(new String[] { m.get("id"), m.get("lead_agency"), m.get("due_date"), m.get("completed_on") });
		}
		for (var m : table("rules.csv")) {
			ruleRows.add(new String[] { m.get("left"), m.get("operator"), m.get("right"), m.get("message") });
		}
	}

	// ------------------------------------------------------------------ row checks

	static final Pattern PERIOD = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
	static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
	static final Pattern DATE = Pattern.compile(
			"(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:\\d{2})?)?");
	static final Map<String, BigDecimal> TO_USD_M = Map.of("USD", new BigDecimal("0.000001"), "USD_K",
			new BigDecimal("0.001"), "USD_M", BigDecimal.ONE, "USD_BN", new BigDecimal("1000"));
	static final Map<String, BigDecimal> TO_VND_BN = Map.of("VND", new BigDecimal("0.000000001"), "VND_M",
			new BigDecimal("0.001"), "VND_BN", BigDecimal.ONE);

	static Instant instant(String s) {
		Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			return null;
		}
		try {
			LocalDate d = LocalDate.parse(m.group(1));
			if (m.group(2) == null) {
				return d.atStartOfDay(ZONE).toInstant();
			}
			LocalDateTime t = LocalDateTime.of(d, LocalTime.parse(m.group(2)));
			if (m.group(3) == null) {
				return t.atZone(ZONE).toInstant();
			}
			return OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + m.group(3)).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	int seq;

	/** Checks 2..10 of rules.md section 1; returns the reject code or null (and records the row). */
	String check(String file, int line, String agency, String period, String indicator, String valueText,
			BigDecimal numeric, String unit, String submittedAt) {
		if (!ags.containsKey(agency)) {
			return "UNKNOWN_AGENCY";
		}
		Ind ind = inds.get(indicator);
		if (ind == null) {
			return "UNKNOWN_INDICATOR";
		}
		if (ind.derived()) {
			return "DERIVED_INDICATOR";
		}
		if (!PERIOD.matcher(period).matches()) {
			return "BAD_PERIOD";
		}
		Instant at = submittedAt == null || submittedAt.isEmpty() ? null : instant(submittedAt);
		if (at == null) {
			return "BAD_DATE";
		}
		if (LocalDate.parse(period + "-01").isAfter(at.atZone(ZONE).toLocalDate())) {
			return "FUTURE_PERIOD";
		}
		BigDecimal v = numeric;
		if (v == null) {
			if (valueText == null || !NUMBER.matcher(valueText).matches()) {
				return "BAD_VALUE";
			}
			v = new BigDecimal(valueText);
		}
		if (ind.unit().equals("COUNT") && v.stripTrailingZeros().scale() > 0) {
			return "BAD_VALUE";
		}
		BigDecimal factor;
		if (unit == null || unit.isEmpty() || unit.equals(ind.unit())) {
			factor = BigDecimal.ONE;
		} else if (ind.unit().equals("USD_M") && TO_USD_M.containsKey(unit)) {
			factor = TO_USD_M.get(unit);
		} else if (ind.unit().equals("VND_BN") && TO_VND_BN.containsKey(unit)) {
			factor = TO_VND_BN.get(unit);
		} else {
			return "BAD_UNIT";
		}
		v = v.multiply(factor);
		if (v.signum() < 0 && Set.of("USD_M", "VND_BN", "COUNT").contains(ind.unit())) {
			return "NEGATIVE_VALUE";
		}
		candidates.add(new Sub(file, line, agency, period, indicator, v, at, seq++));
		return null;
	}

	void reject(String file, Integer line, String code) {
		rejects.add(new Reject(file, line, code));
		if (line != null) {
			fileCounts.get(file)[2]++;
		}
	}

	void readCsv(String rel, byte[] bytes) {
		String text;
		try {
			text = utf8(bytes);
		} catch (CharacterCodingException e) {
			reject(rel, null, "UNREADABLE_FILE");
			return;
		}
		List<CsvRec> recs = parse(text);
		List<String> head = recs.get(0).fields().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
		boolean headOk = head.containsAll(List.of("agency", "period", "indicator", "value", "submitted_at"));
		for (CsvRec r : recs.subList(1, recs.size())) {
			fileCounts.get(rel)[0]++;
			if (!headOk || r.broken() || r.fields().size() != head.size()) {
				reject(rel, r.line(), "MALFORMED_ROW");
				continue;
			}
			Map<String, String> f = new HashMap<>();
			for (int k = 0; k < head.size(); k++) {
				f.put(head.get(k), r.fields().get(k).trim());
			}
			String code = check(rel, r.line(), f.get("agency"), f.get("period"), f.get("indicator"), f.get("value"),
					null, f.get("unit"), f.get("submitted_at"));
			if (code != null) {
				reject(rel, r.line(), code);
			}
		}
	}

	static String text(Cell c) {
		if (c == null) {
			return "";
		}
		return switch (c.getCellType()) {
			case STRING -> c.getStringCellValue().trim();
			case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).toPlainString();
			default -> "";
		};
	}

	void readXlsx(String rel, Path p) {
		try (InputStream in = Files.newInputStream(p); Workbook wb = new XSSFWorkbook(in)) {
			Sheet s = wb.getSheetAt(0);
			Map<String, String> labels = new HashMap<>();
			Map<String, Integer> cols = null;
			for (Row r : s) {
				String a = text(r.getCell(0));
				if (cols == null) {
					if (a.equals("Indicator")) {
						cols = new HashMap<>();
						for (Cell c : r) {
							cols.put(text(c), c.getColumnIndex());
						}
					} else {
						labels.put(a, text(r.getCell(1)));
					}
					continue;
				}
				Cell vc = r.getCell(cols.get("Value"));
				if (vc == null || vc.getCellType() == CellType.BLANK
						|| (vc.getCellType() == CellType.STRING && vc.getStringCellValue().isBlank())) {
					continue;
				}
				int line = r.getRowNum() + 1;
				fileCounts.get(rel)[0]++;
				BigDecimal numeric = vc.getCellType() == CellType.NUMERIC
						? BigDecimal.valueOf(vc.getNumericCellValue())
						: null;
				String code = check(rel, line, labels.get("Agency"), labels.get("Period"), text(r.getCell(0)),
						numeric == null ? text(vc) : null, numeric, text(r.getCell(cols.get("Unit"))),
						labels.get("Submitted at"));
				if (code != null) {
					reject(rel, line, code);
				}
			}
		} catch (IOException | RuntimeException e) {
			reject(rel, null, "UNREADABLE_FILE");
		}
	}

	void ingest() throws IOException {
		List<String> rels = new ArrayList<>();
		try (Stream<Path> s = Files.walk(inbox)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) {
				rels.add(inbox.relativize(p).toString().replace('\\', '/'));
			}
		}
		rels.sort(String::compareTo);
		for (String rel : rels) {
			String lower = rel.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
				skipped++;
				continue;
			}
			fileCounts.put(rel, new int[3]);
			if (lower.endsWith(".csv")) {
				readCsv(rel, Files.readAllBytes(inbox.resolve(rel)));
			} else {
				readXlsx(rel, inbox.resolve(rel));
			}
		}
		// tie groups: same key and same instant
		Map<String, List<Sub>> groups = new LinkedHashMap<>();
		for (Sub c : candidates) {
			groups.computeIfAbsent(c.agency() + "|" + c.period() + "|" + c.indicator() + "|" + c.at(),
					k -> new ArrayList<>()).add(c);
		}
		for (List<Sub> g : groups.values()) {
			if (g.size() == 1) {
				accepted.add(g.get(0));
				continue;
			}
			boolean same = g.stream().allMatch(x -> x.value().compareTo(g.get(0).value()) == 0);
			for (int k = 0; k < g.size(); k++) {
				if (same && k == 0) {
					accepted.add(g.get(k));
				} else {
					reject(g.get(k).file(), g.get(k).line(), same ? "DUPLICATE" : "CONFLICT");
				}
			}
		}
		for (Sub a : accepted) {
			fileCounts.get(a.file())[1]++;
			String key = a.agency() + "|" + a.indicator() + "|" + a.period();
			Sub cur = own.get(key);
			if (cur == null || a.at().isAfter(cur.at())) {
				own.put(key, a);
			}
		}
	}

	// ------------------------------------------------------------------ figures

	record Val(BigDecimal v, boolean rolled) {
	}

	final Map<String, Val> memo = new HashMap<>();

	Val value(String a, String i, int y, int m) {
		String key = a + "|" + i + "|" + String.format("%d-%02d", y, m);
		if (memo.containsKey(key)) {
			return memo.get(key);
		}
		Val out = null;
		Sub s = own.get(key);
		if (s != null) {
			out = new Val(s.value(), false);
		} else if (Set.of("sum", "last").contains(inds.get(i).agg())) {
			BigDecimal sum = null;
			for (String c : children.getOrDefault(a, List.of())) {
				Val cv = value(c, i, y, m);
				if (cv != null) {
					sum = sum == null ? cv.v() : sum.add(cv.v());
				}
			}
			out = sum == null ? null : new Val(sum, true);
		}
		memo.put(key, out);
		return out;
	}

	BigDecimal agg(String how, TreeMap<Integer, BigDecimal> v) {
		if (v.isEmpty()) {
			return null;
		}
		return switch (how) {
			case "sum" -> v.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case "last" -> v.lastEntry().getValue();
			default -> v.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(v.size()), MC);
		};
	}

	static BigDecimal growth(BigDecimal cur, BigDecimal prev) {
		if (cur == null || prev == null || prev.signum() == 0) {
			return null;
		}
		return cur.divide(prev, MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
	}

	Res result(String a, String i, int y, int m) {
		Ind ind = inds.get(i);
		if (ind.derived()) {
			Res n = result(a, ind.num(), y, m);
			Res d = result(a, ind.den(), y, m);
			int both = 0;
			for (int k = 1; k <= m; k++) {
				if (value(a, ind.num(), y, k) != null && value(a, ind.den(), y, k) != null) {
					both++;
				}
			}
			boolean ratio = ind.agg().equals("ratio");
			return new Res(combine(ratio, n.month(), d.month()), combine(ratio, n.ytd(), d.ytd()),
					combine(ratio, n.ytdPrev(), d.ytdPrev()), null, null, both, n.rolledUp() || d.rolledUp());
		}
		TreeMap<Integer, BigDecimal> cur = new TreeMap<>();
		TreeMap<Integer, BigDecimal> prev = new TreeMap<>();
		boolean rolled = false;
		for (int k = 1; k <= m; k++) {
			Val c = value(a, i, y, k);
			if (c != null) {
				cur.put(k, c.v());
				rolled |= c.rolled();
			}
			Val p = value(a, i, y - 1, k);
			if (p != null) {
				prev.put(k, p.v());
			}
		}
		TreeMap<Integer, BigDecimal> cc = new TreeMap<>(cur);
		cc.keySet().retainAll(prev.keySet());
		TreeMap<Integer, BigDecimal> pc = new TreeMap<>(prev);
		pc.keySet().retainAll(cur.keySet());
		boolean pct = ind.unit().equals("PERCENT");
		BigDecimal gm = pct ? null : growth(cur.get(m), prev.get(m));
		BigDecimal gy = pct ? null : growth(agg(ind.agg(), cc), agg(ind.agg(), pc));
		return new Res(cur.get(m), agg(ind.agg(), cur), agg(ind.agg(), prev), gm, gy, cur.size(), rolled);
	}

	static BigDecimal combine(boolean ratio, BigDecimal n, BigDecimal d) {
		if (n == null || d == null) {
			return null;
		}
		if (ratio) {
			return d.signum() == 0 ? null : n.multiply(HUNDRED).divide(d, MC);
		}
		return n.subtract(d);
	}

	String status(Tgt t, int m) {
		Ind ind = inds.get(t.ind());
		Res r = result(t.agency(), t.ind(), t.year(), m);
		BigDecimal x = switch (t.measure()) {
			case "value_month" -> r.month();
			case "growth_month" -> r.growthMonth();
			case "growth_ytd" -> r.growthYtd();
			default -> r.ytd();
		};
		if (x == null) {
			return "no_data";
		}
		boolean growthMeasure = t.measure().startsWith("growth");
		BigDecimal v = t.value();
		if (t.measure().equals("plan_year")) {
			BigDecimal expected = v.multiply(BigDecimal.valueOf(m)).divide(BigDecimal.valueOf(12), MC);
			BigDecimal tol = t.tol() != null ? t.tol() : expected.abs().multiply(new BigDecimal("0.05"));
			if (t.op().equals(">=")) {
				if (x.compareTo(v) >= 0) {
					return "achieved";
				}
				if (x.compareTo(expected) >= 0) {
					return "on_track";
				}
				return x.compareTo(expected.subtract(tol)) >= 0 ? "at_risk" : "off_track";
			}
			if (x.compareTo(v) > 0) {
				return "off_track";
			}
			if (x.compareTo(expected) <= 0) {
				return m == 12 ? "achieved" : "on_track";
			}
			return x.compareTo(expected.add(tol)) <= 0 ? "at_risk" : "off_track";
		}
		switch (t.op()) {
			case ">=" -> {
				BigDecimal tol = t.tol() != null ? t.tol()
						: growthMeasure ? BigDecimal.ONE : v.abs().multiply(new BigDecimal("0.05"));
				return x.compareTo(v) >= 0 ? "achieved" : x.compareTo(v.subtract(tol)) >= 0 ? "at_risk" : "off_track";
			}
			case "<=" -> {
				BigDecimal tol = t.tol() != null ? t.tol()
						: growthMeasure ? BigDecimal.ONE : v.abs().multiply(new BigDecimal("0.05"));
				return x.compareTo(v) <= 0 ? "achieved" : x.compareTo(v.add(tol)) <= 0 ? "at_risk" : "off_track";
			}
			default -> {
				BigDecimal max = t.max();
				if (x.compareTo(v) >= 0 && x.compareTo(max) <= 0) {
					return "achieved";
				}
				boolean up = ind.direction().equals("up");
				if ((up && x.compareTo(max) > 0) || (!up && x.compareTo(v) < 0)) {
					return "exceeded";
				}
				BigDecimal near = x.compareTo(v) < 0 ? v : max;
				BigDecimal tol = t.tol() != null ? t.tol()
						: growthMeasure ? BigDecimal.ONE : near.abs().multiply(new BigDecimal("0.05"));
				return x.subtract(near).abs().compareTo(tol) <= 0 ? "at_risk" : "off_track";
			}
		}
	}

	Tgt target(String ind, String agency, int year) {
		for (Tgt t : tgts) {
			if (t.ind().equals(ind) && t.agency().equals(agency) && t.year() == year) {
				return t;
			}
		}
		throw new IllegalStateException("no target " + ind + " " + agency + " " + year);
	}

	// ------------------------------------------------------------------ the run

	final List<Figure> figures = new ArrayList<>();

	static String r(BigDecimal v, int scale) {
		return v == null ? "null" : v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
	}

	static String full(BigDecimal v) {
		return v == null ? "null" : v.round(new MathContext(12)).stripTrailingZeros().toPlainString();
	}

	void fig(String figure, String article, String agency, String ind, String period, String measure,
			String expected, BigDecimal computed, boolean ok) {
		figures.add(new Figure(figure, article, agency, ind, period, measure, expected, full(computed), ok));
	}

	void figS(String figure, String article, String agency, String ind, String period, String measure,
			String expected, String computed) {
		figures.add(new Figure(figure, article, agency, ind, period, measure, expected, computed,
				expected.equals(computed)));
	}

	Res res(String a, String i, String period) {
		return result(a, i, Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5)));
	}

	static boolean between(BigDecimal x, String lo, String hi) {
		return x != null && x.compareTo(new BigDecimal(lo)) >= 0 && x.compareTo(new BigDecimal(hi)) <= 0;
	}

	static boolean rounds(BigDecimal x, int scale, String expected) {
		return x != null && x.setScale(scale, RoundingMode.HALF_UP).compareTo(new BigDecimal(expected)) == 0;
	}

	void figures() {
		String a3 = "[003]", a2 = "[002]", a4 = "[004]", a1 = "[001]";
		Res hn = res("HN", "EXPORTS", "2021-12");
		fig("Hanoi exports 2021: US$16 billion", a3, "HN", "EXPORTS", "2021-12", "ytd", "16000.00 exactly",
				hn.ytd(), hn.ytd().compareTo(new BigDecimal("16000.00")) == 0 && hn.monthsReported() == 12
						&& !hn.rolledUp());
		fig("Hanoi exports 2021: +0.9 % on 2020", a3, "HN", "EXPORTS", "2021-12", "growth_ytd", "rounds to 0.9",
				hn.growthYtd(), rounds(hn.growthYtd(), 1, "0.9"));
		Res e = res("VN", "EXPORTS", "2021-12");
		Res im = res("VN", "IMPORTS", "2021-12");
		fig("Vietnam exports 2021: +19 %", a3, "VN", "EXPORTS", "2021-12", "growth_ytd", "rounds to 19.0",
				e.growthYtd(), rounds(e.growthYtd(), 1, "19.0"));
		BigDecimal total = e.ytd().add(im.ytd());
		fig("Vietnam trade 2021: nearly US$670 billion", a3, "VN", "EXPORTS + IMPORTS", "2021-12", "ytd + ytd",
				"668000 to 670000", total, between(total, "668000", "670000"));
		BigDecimal gt = growth(total, e.ytdPrev().add(im.ytdPrev()));
		fig("Vietnam trade 2021: +~23 % on 2020", a3, "VN", "EXPORTS + IMPORTS", "2021-12",
				"(ytd+ytd)/(ytd_prev+ytd_prev)-1", "22.5 to 23", gt, between(gt, "22.5", "23"));
		Res tb = res("VN", "TRADE_BALANCE", "2021-12");
		fig("Vietnam trade surplus 2021: over US$4 billion", a3, "VN", "TRADE_BALANCE", "2021-12", "ytd",
				"> 4000", tb.ytd(), tb.ytd() != null && tb.ytd().compareTo(new BigDecimal("4000")) > 0);
		Tgt plan = target("EXPORTS", "VN", 2021);
		BigDecimal ratio = e.ytd().divide(plan.value(), MC);
		fig("Vietnam exports 2021: plan exceeded by 15 %", a3, "VN", "EXPORTS", "2021-12",
				"ytd / plan_year target (" + plan.value().toPlainString() + ")", "rounds to 1.15", ratio,
				rounds(ratio, 2, "1.15"));
		figS("Vietnam exports 2021 vs plan: status", a3, "VN", "EXPORTS", "2021-12", "plan_year >= 292450",
				"achieved", status(plan, 12));
		figS("Hanoi export target 2022: +5 %", a3, "HN", "EXPORTS", "2022-12", "growth_ytd >= 5 (growth "
				+ r(res("HN", "EXPORTS", "2022-12").growthYtd(), 1) + ")", "achieved",
				status(target("EXPORTS", "HN", 2022), 12));
		figS("Vietnam export target 2022: +6 % to +8 %", a3, "VN", "EXPORTS", "2022-12", "growth_ytd between 6 and 8 (growth "
				+ r(res("VN", "EXPORTS", "2022-12").growthYtd(), 1) + ")", "exceeded",
				status(target("EXPORTS", "VN", 2022), 12));
		Res lc = res("LC", "BORDER_TRADE", "2024-06");
		fig("Lao Cai border-gate goods H1 2024: US$1,506.14 million", a2, "LC", "BORDER_TRADE", "2024-06", "ytd",
				"1506.14 exactly", lc.ytd(), lc.ytd().compareTo(new BigDecimal("1506.14")) == 0 && lc.monthsReported() == 6);
		fig("Lao Cai border-gate goods H1 2024: +51.55 %", a2, "LC", "BORDER_TRADE", "2024-06", "growth_ytd",
				"rounds to 51.55", lc.growthYtd(), rounds(lc.growthYtd(), 2, "51.55"));
		figS("Government growth target 2024: 6.5 % to 7 %", a2, "VN", "GDP_GROWTH", "2024-12",
				"value_ytd between 6.5 and 7 (ytd " + r(res("VN", "GDP_GROWTH", "2024-12").ytd(), 2) + ")",
				"achieved", status(target("GDP_GROWTH", "VN", 2024), 12));
		for (String p : List.of("2025-12", "2026-10")) {
			Res pt = res("DOI", "PROC_TOTAL", p);
			Res pd = res("DOI", "PROC_DECENTRALISED", p);
			Res ps = res("DOI", "PROC_SHARE", p);
			fig("Department of Industry: 31 procedures", a4, "DOI", "PROC_TOTAL", p, "month and ytd", "31", pt.ytd(),
					pt.ytd().compareTo(BigDecimal.valueOf(31)) == 0 && pt.month().compareTo(BigDecimal.valueOf(31)) == 0);
			fig("Department of Industry: 25 decentralised", a4, "DOI", "PROC_DECENTRALISED", p, "month and ytd", "25",
					pd.ytd(),
					pd.ytd().compareTo(BigDecimal.valueOf(25)) == 0 && pd.month().compareTo(BigDecimal.valueOf(25)) == 0);
			fig("Department of Industry: 81 % decentralised", a4, "DOI", "PROC_SHARE", p, "ytd (= month)",
					"80.645... (80.6 at 1 decimal, 81 at 0)", ps.ytd(),
					rounds(ps.ytd(), 1, "80.6") && rounds(ps.ytd(), 0, "81") && rounds(ps.month(), 3, "80.645"));
		}
		Res cs = res("DOI", "COMPLIANCE_COST_SAVED", "2025-12");
		fig("Department of Industry: over VND 8.5 billion saved a year", a4, "DOI", "COMPLIANCE_COST_SAVED",
				"2025-12", "ytd", "over 8.5 and at most 9", cs.ytd(),
				cs.ytd().compareTo(new BigDecimal("8.5")) > 0 && cs.ytd().compareTo(new BigDecimal("9")) <= 0);
		Object[][] iip = { { "IIP", "2025-12", "9.2", "IIP +9.2 % in 2025" }, { "IIP", "2024-12", "8.2", "IIP +8.2 % in 2024" },
				{ "IIP_MFG", "2025-12", "10.5", "processing and manufacturing +10.5 % in 2025" },
				{ "IIP_MOTOR", "2025-12", "22.0", "motor vehicles +22.0 % in 2025" },
				{ "IIP_MINERALS", "2025-12", "16.2", "non-metallic minerals +16.2 % in 2025" },
				{ "IIP_METALS", "2025-12", "15.4", "metals +15.4 % in 2025" },
				{ "IIP_APPAREL", "2025-12", "13.2", "apparel +13.2 % in 2025" },
				{ "IIP_LEATHER", "2025-12", "11.1", "leather +11.1 % in 2025" } };
		for (Object[] x : iip) {
			Res ri = res("VN", (String) x[0], (String) x[1]);
			fig((String) x[3], a4, "VN", (String) x[0], (String) x[1], "growth_ytd", "rounds to " + x[2],
					ri.growthYtd(), rounds(ri.growthYtd(), 1, (String) x[2]) && ri.monthsReported() == 12);
		}
		Res s25 = res("VN", "MFG_GDP_SHARE", "2025-12");
		Res s24 = res("VN", "MFG_GDP_SHARE", "2024-12");
		fig("Manufacturing share of GDP 2025: 24.7 %", a4, "VN", "MFG_GDP_SHARE", "2025-12", "ytd (mean)", "24.7",
				s25.ytd(), rounds(s25.ytd(), 1, "24.7") && s25.ytd().compareTo(new BigDecimal("24.7")) == 0);
		fig("Manufacturing share of GDP 2024: 24.1 %", a4, "VN", "MFG_GDP_SHARE", "2024-12", "ytd (mean)", "24.1",
				s24.ytd(), s24.ytd().compareTo(new BigDecimal("24.1")) == 0);
		figS("Manufacturing share target 28-30 % (2026)", a4, "VN", "MFG_GDP_SHARE", "2026-10",
				"value_ytd between 28 and 30 (ytd " + r(res("VN", "MFG_GDP_SHARE", "2026-10").ytd(), 2) + ")",
				"off_track", status(target("MFG_GDP_SHARE", "VN", 2026), 10));
		figS("GDP growth target over 10 % (2026)", a4, "VN", "GDP_GROWTH", "2026-10",
				"value_ytd >= 10 (ytd " + r(res("VN", "GDP_GROWTH", "2026-10").ytd(), 2) + ")", "off_track",
				status(target("GDP_GROWTH", "VN", 2026), 10));
		Res f25 = res("VN", "FDI_DISBURSED", "2025-12");
		BigDecimal maxEarlier = BigDecimal.ZERO;
		for (int y = 2015; y <= 2024; y++) {
			Res fy = result("VN", "FDI_DISBURSED", y, 12);
			if (fy.ytd() != null && fy.ytd().compareTo(maxEarlier) > 0) {
				maxEarlier = fy.ytd();
			}
		}
		fig("FDI disbursed 2025: about US$28-29 billion", a1, "VN", "FDI_DISBURSED", "2025-12", "ytd",
				"28000 to 29000", f25.ytd(), between(f25.ytd(), "28000", "29000"));
		fig("FDI disbursed 2025: a record", a1, "VN", "FDI_DISBURSED", "2025-12",
				"ytd > every earlier year's ytd at 12 (max " + full(maxEarlier) + ")", "true", f25.ytd(),
				f25.ytd().compareTo(maxEarlier) > 0);
	}

	List<String[]> completeness(int y, int m) {
		String period = String.format("%d-%02d", y, m);
		Instant deadline = LocalDate.of(y, m, 1).plusMonths(1).minusDays(1).plusDays(6).atStartOfDay(ZONE).toInstant();
		List<String[]> out = new ArrayList<>();
		for (Ag a : ags.values()) {
			if (!a.reports()) {
				continue;
			}
			Instant first = null;
			for (Sub s : accepted) {
				if (s.agency().equals(a.code()) && s.period().equals(period)
						&& (first == null || s.at().isBefore(first))) {
					first = s.at();
				}
			}
			String st = first == null ? "missing" : first.isBefore(deadline) ? "on_time" : "late";
			out.add(new String[] { a.code(), st, first == null ? "" : first.toString() });
		}
		return out;
	}

	List<String[]> tasks(LocalDate end) {
		List<String[]> out = new ArrayList<>();
		for (String[] t : taskRows) {
			LocalDate due = LocalDate.parse(t[2]);
			LocalDate done = t[3].isEmpty() ? null : LocalDate.parse(t[3]);
			String st;
			if (done != null && !done.isAfter(end)) {
				st = done.isAfter(due) ? "done_late" : "done_on_time";
			} else {
				st = due.isAfter(end) ? "open" : "overdue";
			}
			out.add(new String[] { t[0], t[1], t[2], t[3], st });
		}
		return out;
	}

	List<String[]> quality(int y, int m) {
		List<String[]> out = new ArrayList<>();
		String period = String.format("%d-%02d", y, m);
		for (Ag a : ags.values()) {
			for (String[] rule : ruleRows) {
				BigDecimal l = monthValue(a.code(), rule[0], y, m);
				BigDecimal rr = monthValue(a.code(), rule[2], y, m);
				if (l == null || rr == null) {
					continue;
				}
				int c = l.compareTo(rr);
				boolean ok = switch (rule[1]) {
					case "<=" -> c <= 0;
					case "<" -> c < 0;
					case ">=" -> c >= 0;
					case ">" -> c > 0;
					default -> c == 0;
				};
				if (!ok) {
					out.add(new String[] { "rule", a.code(), period, rule[0], rule[0] + rule[1] + rule[2],
							DemoSeeds.plain(l) + " vs " + DemoSeeds.plain(rr) });
				}
			}
		}
		for (Ag a : ags.values()) {
			for (Ind i : inds.values()) {
				if (i.derived() || !Set.of("sum", "last").contains(i.agg())) {
					continue;
				}
				Sub o = own.get(a.code() + "|" + i.code() + "|" + period);
				if (o == null) {
					continue;
				}
				BigDecimal sum = null;
				for (String c : children.getOrDefault(a.code(), List.of())) {
					Val cv = value(c, i.code(), y, m);
					if (cv != null) {
						sum = sum == null ? cv.v() : sum.add(cv.v());
					}
				}
				if (sum != null && o.value().subtract(sum).abs()
						.compareTo(o.value().abs().multiply(new BigDecimal("0.005"))) > 0) {
					out.add(new String[] { "rollup", a.code(), period, i.code(), "",
							"own " + DemoSeeds.plain(o.value()) + " vs children " + DemoSeeds.plain(sum) });
				}
			}
		}
		return out;
	}

	BigDecimal monthValue(String a, String i, int y, int m) {
		if (inds.get(i).derived()) {
			return result(a, i, y, m).month();
		}
		Val v = value(a, i, y, m);
		return v == null ? null : v.v();
	}

	List<String[]> statuses(int year, int m) {
		List<String[]> out = new ArrayList<>();
		for (Tgt t : tgts) {
			if (t.year() != year) {
				continue;
			}
			Res r = result(t.agency(), t.ind(), t.year(), m);
			BigDecimal x = switch (t.measure()) {
				case "value_month" -> r.month();
				case "growth_month" -> r.growthMonth();
				case "growth_ytd" -> r.growthYtd();
				default -> r.ytd();
			};
			String target = t.measure() + " " + t.op() + " " + t.value().toPlainString()
					+ (t.max() != null ? " and " + t.max().toPlainString() : "")
					+ (t.tol() != null ? " (tolerance " + t.tol().toPlainString() + ")" : "");
			out.add(new String[] { t.agency(), t.ind(), target, full(x), status(t, m), r.rolledUp() ? "yes" : "no" });
		}
		return out;
	}

	Report run(List<SeedFiles.Planted> planted) {
		try {
			loadReference();
			ingest();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		figures();
		List<String> lines = new ArrayList<>();
		boolean ok = true;
		lines.add("| # | figure | agency | indicator | period | measure | expected | computed | ok |");
		lines.add("|---|---|---|---|---|---|---|---|---|");
		int n = 1;
		for (Figure f : figures) {
			lines.add(String.format("| %d | %s | %s | %s | %s | %s | %s | %s | %s |", n++, f.figure(), f.agency(),
					f.indicator(), f.period(), f.measure(), f.expected(), f.computed(), f.ok() ? "OK" : "FAIL"));
			ok &= f.ok();
		}
		Set<String> want = new TreeSet<>();
		for (SeedFiles.Planted p : planted) {
			want.add(p.file() + "," + (p.line() == null ? "" : p.line()) + "," + p.code());
		}
		Set<String> got = new TreeSet<>();
		for (Reject r : rejects) {
			got.add(r.file() + "," + (r.line() == null ? "" : r.line()) + "," + r.code());
		}
		int rowsRead = 0;
		int rowsAccepted = 0;
		boolean balanced = true;
		for (int[] c : fileCounts.values()) {
			rowsRead += c[0];
			rowsAccepted += c[1];
			balanced &= c[0] == c[1] + c[2];
		}
		Set<String> missing = new TreeSet<>(want);
		missing.removeAll(got);
		Set<String> extra = new TreeSet<>(got);
		extra.removeAll(want);
		boolean rejectsOk = missing.isEmpty() && extra.isEmpty() && got.size() == rejects.size();
		lines.add("");
		lines.add(String.format("files read: %d (+%d skipped); rows read %d = accepted %d + rejected %d: %s",
				fileCounts.size(), skipped, rowsRead, rowsAccepted, rowsRead - rowsAccepted,
				balanced ? "OK" : "FAIL"));
		lines.add(String.format("rejects re-computed from the files: %d; planted (expected-rejects.csv): %d; identical: %s",
				got.size(), want.size(), rejectsOk ? "OK" : "FAIL"));
		missing.forEach(x -> lines.add("  planted but not rejected: " + x));
		extra.forEach(x -> lines.add("  rejected but not planted: " + x));
		Set<String> codes = new TreeSet<>();
		rejects.forEach(r -> codes.add(r.code()));
		List<String> all = List.of("MALFORMED_ROW", "UNKNOWN_AGENCY", "UNKNOWN_INDICATOR", "DERIVED_INDICATOR",
				"BAD_PERIOD", "BAD_DATE", "FUTURE_PERIOD", "BAD_VALUE", "BAD_UNIT", "NEGATIVE_VALUE", "DUPLICATE",
				"CONFLICT", "UNREADABLE_FILE");
		boolean allCodes = codes.containsAll(all);
		boolean only202610 = rejects.stream().allMatch(r -> r.file().startsWith("2026/2026-10/"));
		lines.add("every reject code planted at least once: " + (allCodes ? "OK" : "FAIL " + codes));
		lines.add("all rejects in 2026-10 files: " + (only202610 ? "OK" : "FAIL"));
		ok &= balanced && rejectsOk && allCodes && only202610;
		List<String[]> comp = completeness(2026, 10);
		Map<String, List<String>> byStatus = new TreeMap<>();
		for (String[] c : comp) {
			byStatus.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[0]);
		}
		lines.add(String.format("completeness 2026-10 (%d expected): on_time %d, late %s, missing %s",
				comp.size(), byStatus.getOrDefault("on_time", List.of()).size(), byStatus.get("late"),
				byStatus.get("missing")));
		List<String[]> tk = tasks(LocalDate.of(2026, 10, 31));
		Map<String, Integer> tcount = new TreeMap<>();
		tk.forEach(t -> tcount.merge(t[4], 1, Integer::sum));
		lines.add("tasks at 2026-10-31: " + tcount);
		List<String[]> q = quality(2026, 10);
		for (String[] x : q) {
			lines.add("quality 2026-10: " + String.join(" ", x));
		}
		Map<String, List<String[]>> st = new LinkedHashMap<>();
		st.put("2025-12", statuses(2025, 12));
		st.put("2026-10", statuses(2026, 10));
		for (var e : st.entrySet()) {
			Map<String, Integer> c = new TreeMap<>();
			e.getValue().forEach(s -> c.merge(s[4], 1, Integer::sum));
			lines.add("target statuses at " + e.getKey() + ": " + c);
		}
		List<FileCount> counts = new ArrayList<>();
		for (var e : fileCounts.entrySet()) {
			counts.add(new FileCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
		}
		lines.add("overall: " + (ok ? "OK" : "FAIL"));
		return new Report(lines, ok, figures, rejects, counts, comp, tk, q, st, fileCounts.size(), rowsRead,
				rowsAccepted, skipped);
	}
}
