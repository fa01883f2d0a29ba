package org.scorecard.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.scorecard.demo.SeedFiles.Planted;
import org.scorecard.demo.SeedFiles.Rec;
import org.scorecard.demo.SeedFiles.XRow;

/**
 * Regenerates the demo data folder ({@code seeds/} by default): reference data, five years of history, monthly
 * submissions 2025-01 to 2026-10 (CSV and XLSX), the planted faults of 2026-10, {@code expected-rejects.csv} and
 * {@code README.md}. Deterministic: fixed random seeds, no dependency on today's date. Before writing the README
 * it re-reads everything with {@link SeedCheck} and stops with exit status 1 if a published figure or the
 * planted rejects do not come out as intended.
 */
public final class DemoSeeds {

	static final long SEED = 20261031L;
	static final ZoneId VN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final String CSV_HEADER = "agency,period,indicator,value,unit,submitted_at,note";
	static final int LAST_YEAR = 2026;
	static final int LAST_MONTH = 10;

	record Agency(String code, String name, String nameVi, String kind, String parent, String email,
			boolean reports) {
	}

	record Indicator(String code, String name, String nameVi, String unit, String aggregation, String numerator,
			String denominator, String direction, int decimals) {
		boolean derived() {
			return aggregation.equals("ratio") || aggregation.equals("difference");
		}
	}

	record Target(String indicator, String agency, int year, String measure, String operator, String value,
			String valueMax, String tolerance, String source) {
	}

	record Task(String id, String title, String titleVi, String source, String lead, String due, String completed) {
	}

	/** One submission file being built. */
	static final class SubFile {
		String path;
		String agency;
		String period;
		boolean xlsx;
		String submittedAt;
		String preparedBy;
		Instant created;
		String eol = "\n";
		Charset charset = UTF_8;
		boolean unreadable;
		String unreadableWhy;
		final List<Rec> recs = new ArrayList<>();
		final List<XRow> xrows = new ArrayList<>();

		Rec rec(String indicator) {
			for (Rec r : recs) {
				if (r.fields != null && r.fields[2].equals(indicator)) {
					return r;
				}
			}
			throw new IllegalStateException(path + " has no row for " + indicator);
		}

		XRow xrow(String indicator) {
			for (XRow r : xrows) {
				if (r.indicator.equals(indicator)) {
					return r;
				}
			}
			throw new IllegalStateException(path + " has no row for " + indicator);
		}
	}

	final List<Agency> agencies = new ArrayList<>();
	final List<Indicator> indicators = new ArrayList<>();
	final Map<String, Indicator> indicatorByCode = new LinkedHashMap<>();
	final Map<String, List<String>> reportsWhat = new LinkedHashMap<>();
	/** agency|indicator -> year -> 12 monthly values (null where not reported). */
	final Map<String, TreeMap<Integer, BigDecimal[]>> series = new TreeMap<>();
	final List<Target> targets = new ArrayList<>();
	final List<Task> tasks = new ArrayList<>();
	/** Each task source in Vietnamese, for tasks.csv's source_vi. */
	final Map<String, String> sourcesVi = new LinkedHashMap<>();
	final List<SubFile> files = new ArrayList<>();
	final List<Planted> planted = new ArrayList<>();
	final Map<String, String> story = new LinkedHashMap<>();

	/** Writes the demo data into the folder (default {@code seeds}); exits 1 when its own check fails. */
	public static void main(String[] args) throws IOException {
		if (!generate(Path.of(args.length > 0 ? args[0] : "seeds"))) {
			System.out.println("CHECK FAILED: the seeds do not reproduce the intended figures or rejects");
			System.exit(1);
		}
	}

	/** Writes the demo data and its README into {@code out}; whether its check of the figures passed. */
	static boolean generate(Path out) throws IOException {
		DemoSeeds d = new DemoSeeds();
		d.reference();
		d.data();
		d.submissions();
		d.faults();
		d.write(out);
		SeedCheck check = new SeedCheck(out.resolve("reference"), out.resolve("submissions"));
		SeedCheck.Report report = check.run(d.planted);
		report.lines().forEach(System.out::println);
		d.writeReadme(out, report);
		long total = sizeCheck(out);
		System.out.printf("seeds written to %s: %d files, %,d bytes%n", out, countFiles(out), total);
		return report.ok();
	}

	// ------------------------------------------------------------------ reference data

	void agency(String code, String name, String nameVi, String kind, String parent, String email,
			boolean reports) {
		Agency a = new Agency(code, name, nameVi, kind, parent, email, reports);
		agencies.add(a);
	}

	void indicator(String code, String name, String nameVi, String unit, String aggregation, String num,
			String den, String direction) {
		int decimals = switch (unit) {
			case "USD_M", "VND_BN" -> 2;
			case "COUNT" -> 0;
			default -> 1;
		};
		Indicator i = new Indicator(code, name, nameVi, unit, aggregation, num, den, direction, decimals);
		indicators.add(i);
		indicatorByCode.put(code, i);
	}

	static final String[] PROVINCES = { "HN", "HCM", "HP", "DNG", "CT", "HUE", "LC", "LS", "CB", "QNI", "BN", "TH",
			"NA", "DLK", "KH", "NT", "BD", "DNA", "AG", "TNI" };
	static final Set<String> BORDER = Set.of("LC", "LS", "CB", "QNI", "NA", "AG", "TNI");
	static final Set<String> IIP_PROVINCES = Set.of("HP", "BN", "BD", "DNA");
	static final String[] MISSIONS = { "EMB-CN", "EMB-US", "EMB-JP", "EMB-KR", "EMB-DE", "EMB-LA" };
	static final String[] PROC_AGENCIES = { "MOF", "MAE", "DOI", "ATF", "VIETRADE", "HN-DOIT", "HCM-DOIT" };

	void reference() {
		agency("VN", "Viet Nam (national figures, filed by the National Statistics Office)", "Việt Nam", "nation", "",
				"baocao@nso.gov.vn", true);
		agency("MOIT", "Ministry of Industry and Trade", "Bộ Công Thương", "ministry", "VN", "vanphong@moit.gov.vn",
				false);
		agency("MOFA", "Ministry of Foreign Affairs", "Bộ Ngoại giao", "ministry", "VN", "vanphong@mofa.gov.vn",
				false);
		agency("MOF", "Ministry of Finance", "Bộ Tài chính", "ministry", "VN", "baocao@mof.gov.vn", true);
		agency("MAE", "Ministry of Agriculture and Environment", "Bộ Nông nghiệp và Môi trường", "ministry", "VN",
				"baocao@mae.gov.vn", true);
		agency("NSO", "National Statistics Office", "Cục Thống kê", "department", "MOF", "thongke@nso.gov.vn",
				false);
		agency("DOI", "Department of Industry", "Cục Công nghiệp", "department", "MOIT", "cuccongnghiep@moit.gov.vn",
				true);
		agency("ATF", "Agency of Foreign Trade", "Cục Xuất nhập khẩu", "department", "MOIT", "xnk@moit.gov.vn", true);
		agency("VIETRADE", "Viet Nam Trade Promotion Agency", "Cục Xúc tiến thương mại", "department", "MOIT",
				"xttm@moit.gov.vn", true);
		String[][] prov = { { "HN", "Hanoi", "Hà Nội", "baocao@hanoi.gov.vn" },
				{ "HCM", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "baocao@tphcm.gov.vn" },
				{ "HP", "Hai Phong", "Hải Phòng", "baocao@haiphong.gov.vn" },
				{ "DNG", "Da Nang", "Đà Nẵng", "baocao@danang.gov.vn" },
				{ "CT", "Can Tho", "Cần Thơ", "baocao@cantho.gov.vn" },
				{ "HUE", "Thua Thien Hue", "Thừa Thiên Huế", "baocao@hue.gov.vn" },
				{ "LC", "Lao Cai", "Lào Cai", "baocao@laocai.gov.vn" },
				{ "LS", "Lang Son", "Lạng Sơn", "baocao@langson.gov.vn" }, { "CB", "Cao Bang", "Cao Bằng", "" },
				{ "QNI", "Quang Ninh", "Quảng Ninh", "baocao@quangninh.gov.vn" },
				{ "BN", "Bac Ninh", "Bắc Ninh", "baocao@bacninh.gov.vn" },
				{ "TH", "Thanh Hoa", "Thanh Hóa", "baocao@thanhhoa.gov.vn" },
				{ "NA", "Nghe An", "Nghệ An", "baocao@nghean.gov.vn" },
				{ "DLK", "Dak Lak", "Đắk Lắk", "baocao@daklak.gov.vn" },
				{ "KH", "Khanh Hoa", "Khánh Hòa", "baocao@khanhhoa.gov.vn" }, { "NT", "Ninh Thuan", "Ninh Thuận", "" },
				{ "BD", "Binh Duong", "Bình Dương", "baocao@binhduong.gov.vn" },
				{ "DNA", "Dong Nai", "Đồng Nai", "baocao@dongnai.gov.vn" },
				{ "AG", "An Giang", "An Giang", "baocao@angiang.gov.vn" },
				{ "TNI", "Tay Ninh", "Tây Ninh", "baocao@tayninh.gov.vn" } };
		for (String[] p : prov) {
			agency(p[0], p[1], p[2], "province", "VN", p[3], true);
		}
		agency("HN-DOIT", "Hanoi Department of Industry and Trade", "Sở Công Thương Hà Nội", "department", "HN",
				"socongthuong@hanoi.gov.vn", true);
		agency("HCM-DOIT", "Ho Chi Minh City Department of Industry and Trade",
				"Sở Công Thương Thành phố Hồ Chí Minh", "department", "HCM", "socongthuong@tphcm.gov.vn", true);
		String[][] mis = { { "EMB-CN", "China", "Trung Quốc", "vnemb.cn@mofa.gov.vn" },
				{ "EMB-US", "the United States", "Hoa Kỳ", "vnemb.us@mofa.gov.vn" },
				{ "EMB-JP", "Japan", "Nhật Bản", "vnemb.jp@mofa.gov.vn" },
				{ "EMB-KR", "the Republic of Korea", "Hàn Quốc", "vnemb.kr@mofa.gov.vn" },
				{ "EMB-DE", "Germany", "Đức", "vnemb.de@mofa.gov.vn" }, { "EMB-LA", "Laos", "Lào", "" } };
		for (String[] m : mis) {
			agency(m[0], "Embassy of Viet Nam in " + m[1], "Đại sứ quán Việt Nam tại " + m[2], "mission", "MOFA", m[3],
					true);
		}

		indicator("EXPORTS", "Export turnover", "Kim ngạch xuất khẩu", "USD_M", "sum", "", "", "up");
		indicator("IMPORTS", "Import turnover", "Kim ngạch nhập khẩu", "USD_M", "sum", "", "", "up");
		indicator("TRADE_BALANCE", "Trade balance (exports - imports)", "Cán cân thương mại (xuất khẩu - nhập khẩu)",
				"USD_M", "difference", "EXPORTS", "IMPORTS", "up");
		indicator("BORDER_TRADE", "Goods through border gates (import-export, purchase, sale and exchange)",
				"Giá trị hàng hóa qua các cửa khẩu", "USD_M", "sum", "", "", "up");
		indicator("FDI_DISBURSED", "FDI disbursed", "Vốn đầu tư trực tiếp nước ngoài (FDI) giải ngân", "USD_M", "sum",
				"", "", "up");
		indicator("EXPORTS_MARKET", "Exports to the host country", "Kim ngạch xuất khẩu sang nước sở tại", "USD_M",
				"sum", "", "", "up");
		indicator("PROMO_EVENTS", "Trade and investment promotion events",
				"Số hoạt động xúc tiến thương mại, đầu tư", "COUNT", "sum", "", "", "up");
		indicator("IIP", "Index of Industrial Production (2020 = 100)", "Chỉ số sản xuất công nghiệp (IIP)", "INDEX",
				"avg", "", "", "up");
		indicator("IIP_MFG", "IIP: processing and manufacturing", "IIP: công nghiệp chế biến, chế tạo", "INDEX",
				"avg", "", "", "up");
		indicator("IIP_MOTOR", "IIP: motor vehicles", "IIP: sản xuất xe có động cơ", "INDEX", "avg", "", "", "up");
		indicator("IIP_MINERALS", "IIP: other non-metallic mineral products",
				"IIP: sản xuất sản phẩm từ khoáng phi kim loại khác", "INDEX", "avg", "", "", "up");
		indicator("IIP_METALS", "IIP: basic metals", "IIP: sản xuất kim loại", "INDEX", "avg", "", "", "up");
		indicator("IIP_APPAREL", "IIP: wearing apparel", "IIP: sản xuất trang phục", "INDEX", "avg", "", "", "up");
		indicator("IIP_LEATHER", "IIP: leather and related products", "IIP: sản xuất da và các sản phẩm có liên quan",
				"INDEX", "avg", "", "", "up");
		indicator("MFG_GDP_SHARE", "Processing and manufacturing share of GDP",
				"Tỷ trọng công nghiệp chế biến, chế tạo trong GDP", "PERCENT", "avg", "", "", "up");
		indicator("GDP_GROWTH", "GDP growth, year on year (latest quarterly estimate)",
				"Tốc độ tăng trưởng GDP so với cùng kỳ", "PERCENT", "avg", "", "", "up");
		indicator("PROC_TOTAL", "Administrative procedures in force", "Tổng số thủ tục hành chính", "COUNT", "last",
				"", "", "down");
		indicator("PROC_DECENTRALISED", "Administrative procedures decentralised to localities",
				"Số thủ tục hành chính được phân cấp cho địa phương", "COUNT", "last", "", "", "up");
		indicator("PROC_SHARE", "Share of administrative procedures decentralised",
				"Tỷ lệ thủ tục hành chính được phân cấp", "PERCENT", "ratio", "PROC_DECENTRALISED", "PROC_TOTAL", "up");
		indicator("COMPLIANCE_COST_SAVED", "Compliance cost saved for businesses",
				"Chi phí tuân thủ cắt giảm cho doanh nghiệp", "VND_BN", "sum", "", "", "up");

		reportsWhat.put("VN", List.of("EXPORTS", "IMPORTS", "FDI_DISBURSED", "IIP", "IIP_MFG", "IIP_MOTOR",
				"IIP_MINERALS", "IIP_METALS", "IIP_APPAREL", "IIP_LEATHER", "MFG_GDP_SHARE", "GDP_GROWTH"));
		for (String p : PROC_AGENCIES) {
			reportsWhat.put(p, p.equals("VIETRADE") ? List.of("PROMO_EVENTS", "PROC_TOTAL", "PROC_DECENTRALISED")
					: List.of("PROC_TOTAL", "PROC_DECENTRALISED", "COMPLIANCE_COST_SAVED"));
		}
		for (String p : PROVINCES) {
			List<String> l = new ArrayList<>(List.of("EXPORTS", "IMPORTS"));
			if (BORDER.contains(p)) {
				l.add("BORDER_TRADE");
			}
			l.add("FDI_DISBURSED");
			if (IIP_PROVINCES.contains(p)) {
				l.add("IIP");
			}
			reportsWhat.put(p, List.copyOf(l));
		}
		for (String m : MISSIONS) {
			reportsWhat.put(m, List.of("EXPORTS_MARKET", "PROMO_EVENTS"));
		}
		tasks();
	}

	void tasks() {
		String gs = "Conclusion of the General Secretary, working session with MOIT 17/03/2026";
		String sc = "Conclusion of the Steering Committee 14/01/2026";
		String r59 = "Resolution 59-NQ/TW";
		String c14 = "Resolution of the 14th National Party Congress";
		String ed = "Conclusion of the conference on economic diplomacy 18/07/2024";
		sourcesVi.put(gs, "Kết luận của Tổng Bí thư tại buổi làm việc với Bộ Công Thương ngày 17/3/2026");
		sourcesVi.put(sc, "Kết luận của Ban Chỉ đạo ngày 14/01/2026");
		sourcesVi.put(r59, "Nghị quyết số 59-NQ/TW");
		sourcesVi.put(c14, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng");
		sourcesVi.put(ed, "Kết luận Hội nghị ngoại giao kinh tế ngày 18/7/2024");
		sourcesVi.put("Resolution 66-NQ/TW", "Nghị quyết số 66-NQ/TW");
		sourcesVi.put("Hanoi plan on international economic integration 2021-2025",
				"Kế hoạch hội nhập kinh tế quốc tế của Hà Nội giai đoạn 2021-2025");
		sourcesVi.put("Decree 09/2019/ND-CP", "Nghị định số 09/2019/NĐ-CP");
		tasks.add(new Task("T-01", "Review outstanding issues in economic and trade relations with key partners and report to the Politburo", "Rà soát các vướng mắc trong quan hệ kinh tế, thương mại với các đối tác chủ chốt và báo cáo Bộ Chính trị", gs, "MOIT", "2026-06-30", "2026-06-25"));
		tasks.add(new Task("T-02", "Propose a roadmap to rebalance trade with key partners gradually while maintaining growth", "Đề xuất lộ trình từng bước cân bằng cán cân thương mại với các đối tác chủ chốt, bảo đảm tăng trưởng", gs, "ATF", "2026-09-30", ""));
		tasks.add(new Task("T-03", "Diversify export-import markets and accelerate sustainable exports", "Đa dạng hóa thị trường xuất nhập khẩu, đẩy mạnh xuất khẩu bền vững", gs, "VIETRADE", "2026-12-31", ""));
		tasks.add(new Task("T-04", "Review inspection, quarantine and traceability of growing areas for export goods", "Rà soát công tác kiểm dịch, kiểm tra và truy xuất nguồn gốc vùng trồng đối với hàng hóa xuất khẩu", gs, "MAE", "2026-08-31", "2026-09-15"));
		tasks.add(new Task("T-05", "Examine goods circulation flows and origin fraud in transit trade", "Kiểm tra luồng lưu chuyển hàng hóa và gian lận xuất xứ trong thương mại quá cảnh", gs, "MOF", "2026-10-31", ""));
		tasks.add(new Task("T-06", "Action programme of the Government implementing Resolution 59-NQ/TW on international integration", "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW về hội nhập quốc tế", r59, "MOFA", "2025-04-30", "2025-04-22"));
		tasks.add(new Task("T-07", "Summary of 2025 and 2026 work plan of the National Steering Committee for International Integration", "Tổng kết năm 2025 và kế hoạch công tác năm 2026 của Ban Chỉ đạo quốc gia về hội nhập quốc tế", sc, "MOFA", "2026-02-28", "2026-03-10"));
		tasks.add(new Task("T-08", "Monitor the implementation of international commitments and FTAs; urge ministries and localities", "Theo dõi việc thực hiện các cam kết quốc tế và các FTA; đôn đốc các bộ, ngành, địa phương", sc, "ATF", "2026-10-31", "2026-10-30"));
		tasks.add(new Task("T-09", "Attract high-quality FDI linked with technology transfer in the digital and green economy", "Thu hút FDI chất lượng cao gắn với chuyển giao công nghệ trong kinh tế số và kinh tế xanh", sc, "MOF", "2026-12-15", ""));
		tasks.add(new Task("T-10", "Science, technology and innovation cooperation programme with key partners", "Chương trình hợp tác khoa học, công nghệ và đổi mới sáng tạo với các đối tác chủ chốt", sc, "MOFA", "2026-07-31", "2026-07-29"));
		tasks.add(new Task("T-11", "Connect the province with Yunnan (China) on cross-border trade and logistics", "Kết nối tỉnh với Vân Nam (Trung Quốc) về thương mại biên giới và logistics", ed, "LC", "2025-06-30", "2025-05-28"));
		tasks.add(new Task("T-12", "Report on trade defence measures of the host country affecting Vietnamese exporters", "Báo cáo các biện pháp phòng vệ thương mại của nước sở tại ảnh hưởng đến doanh nghiệp xuất khẩu Việt Nam", ed, "EMB-US", "2026-09-30", "2026-10-20"));
		tasks.add(new Task("T-13", "Propose measures to remove obstacles to agricultural exports through official channels", "Đề xuất giải pháp tháo gỡ vướng mắc để xuất khẩu nông sản theo đường chính ngạch", ed, "EMB-CN", "2026-07-31", ""));
		tasks.add(new Task("T-14", "Decentralise administrative procedures on industry to localities (25 of 31)", "Phân cấp thủ tục hành chính lĩnh vực công nghiệp cho địa phương (25 trên 31 thủ tục)", "Resolution 66-NQ/TW", "DOI", "2025-12-31", "2025-12-19"));
		tasks.add(new Task("T-15", "Submit the law policy dossier and implementing decrees on industrial development", "Trình hồ sơ chính sách luật và các nghị định hướng dẫn về phát triển công nghiệp", c14, "DOI", "2025-12-31", "2026-01-20"));
		tasks.add(new Task("T-16", "Establish industrial development support centres in the three regions", "Thành lập các trung tâm hỗ trợ phát triển công nghiệp tại ba miền", c14, "DOI", "2026-09-30", ""));
		tasks.add(new Task("T-17", "Programme to raise localisation rates in supporting industries", "Chương trình nâng cao tỷ lệ nội địa hóa trong công nghiệp hỗ trợ", c14, "DOI", "2026-11-30", ""));
		tasks.add(new Task("T-18", "Export promotion plan under CPTPP and EVFTA for 2022", "Kế hoạch xúc tiến xuất khẩu theo CPTPP và EVFTA năm 2022", "Hanoi plan on international economic integration 2021-2025", "HN-DOIT", "2022-03-31", "2022-03-25"));
		tasks.add(new Task("T-19", "Raise Hanoi's export turnover by 5 % a year; trade promotion for OCOP products", "Tăng kim ngạch xuất khẩu của Hà Nội 5 % mỗi năm; xúc tiến thương mại sản phẩm OCOP", "Hanoi plan on international economic integration 2021-2025", "HN", "2026-12-31", ""));
		tasks.add(new Task("T-20", "Monthly trade figures to the national reporting system", "Báo cáo số liệu thương mại hằng tháng lên hệ thống báo cáo quốc gia", "Decree 09/2019/ND-CP", "NSO", "2026-03-31", "2026-03-31"));
		tasks.add(new Task("T-21", "Digitise clearance data at the Huu Nghi and Tan Thanh border gates", "Số hóa dữ liệu thông quan tại các cửa khẩu Hữu Nghị và Tân Thanh", r59, "LS", "2026-10-15", "2026-11-02"));
		tasks.add(new Task("T-22", "Smart border gate pilot at Kim Thanh international border gate", "Thí điểm cửa khẩu thông minh tại cửa khẩu quốc tế Kim Thành", r59, "LC", "2027-06-30", ""));
		tasks.add(new Task("T-23", "Promote OCOP products through Vietnamese trade offices abroad", "Quảng bá sản phẩm OCOP qua hệ thống thương vụ Việt Nam ở nước ngoài", sc, "VIETRADE", "2026-05-31", "2026-05-31"));
		tasks.add(new Task("T-24", "Investment promotion conference in Seoul for high-technology projects", "Hội nghị xúc tiến đầu tư tại Seoul cho các dự án công nghệ cao", sc, "EMB-KR", "2026-11-20", ""));
	}

	// ------------------------------------------------------------------ series

	static final double[] SEASON_TRADE = { 0.86, 0.80, 1.00, 0.97, 1.00, 1.00, 1.03, 1.06, 1.02, 1.07, 1.05, 1.14 };
	static final double[] SEASON_2020 = { 0.95, 0.80, 1.02, 0.88, 0.90, 0.98, 1.02, 1.05, 1.06, 1.08, 1.05, 1.12 };
	static final double[] SEASON_FDI = { 0.70, 0.75, 0.95, 0.95, 1.00, 1.05, 0.95, 1.00, 1.05, 1.05, 1.10, 1.45 };
	static final double[] SEASON_IIP = { 0.93, 0.85, 1.00, 0.99, 1.01, 1.02, 1.02, 1.04, 1.02, 1.03, 1.04, 1.05 };
	static final double[] FLAT = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

	static Random rnd(String key) {
		return new Random(SEED ^ (key.hashCode() * 0x9E3779B97F4A7C15L));
	}

	static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

	static BigDecimal round(double v, int scale) {
		return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
	}

	/**
	 * Months {@code from..to} (1-based) of a flow whose sum is exactly {@code total}: shares follow the season with
	 * some noise; the rounding difference goes to the largest month.
	 */
	static BigDecimal[] flow(Random r, BigDecimal total, int scale, double[] season, double jitter, int from,
			int to) {
		double[] w = new double[12];
		double sw = 0;
		for (int m = from; m <= to; m++) {
			w[m - 1] = season[m - 1] * (1 + jitter * (r.nextDouble() * 2 - 1));
			sw += w[m - 1];
		}
		BigDecimal[] v = new BigDecimal[12];
		BigDecimal sum = BigDecimal.ZERO;
		int big = from - 1;
		for (int m = from; m <= to; m++) {
			v[m - 1] = round(total.doubleValue() * w[m - 1] / sw, scale);
			sum = sum.add(v[m - 1]);
			if (v[m - 1].compareTo(v[big]) > 0) {
				big = m - 1;
			}
		}
		v[big] = v[big].add(total.subtract(sum)).setScale(scale);
		for (int m = from; m <= to; m++) {
			if (v[m - 1].signum() < 0) {
				throw new IllegalStateException("negative month in flow");
			}
		}
		return v;
	}

	static BigDecimal[] flow(Random r, BigDecimal total, int scale, double[] season, double jitter) {
		return flow(r, total, scale, season, jitter, 1, 12);
	}

	static BigDecimal[] merge(BigDecimal[] a, BigDecimal[] b) {
		BigDecimal[] v = new BigDecimal[12];
		for (int i = 0; i < 12; i++) {
			v[i] = a[i] != null ? a[i] : b[i];
		}
		return v;
	}

	static BigDecimal sum(BigDecimal[] v) {
		BigDecimal s = BigDecimal.ZERO;
		for (BigDecimal x : v) {
			if (x != null) {
				s = s.add(x);
			}
		}
		return s;
	}

	static BigDecimal[] ints(int... v) {
		BigDecimal[] a = new BigDecimal[12];
		for (int i = 0; i < 12; i++) {
			a[i] = BigDecimal.valueOf(v[i]);
		}
		return a;
	}

	static BigDecimal[] quarters(String q1, String q2, String q3, String q4) {
		BigDecimal[] a = new BigDecimal[12];
		String[] q = { q1, q2, q3, q4 };
		for (int i = 0; i < 12; i++) {
			a[i] = bd(q[i / 3]);
		}
		return a;
	}

	void put(String agency, String indicator, int year, BigDecimal[] months) {
		series.computeIfAbsent(agency + "|" + indicator, k -> new TreeMap<>()).put(year, months);
	}

	boolean has(String agency, String indicator) {
		return series.containsKey(agency + "|" + indicator);
	}

	BigDecimal get(String agency, String indicator, int year, int month) {
		TreeMap<Integer, BigDecimal[]> t = series.get(agency + "|" + indicator);
		if (t == null || !t.containsKey(year)) {
			return null;
		}
		return t.get(year)[month - 1];
	}

	void set(String agency, String indicator, int year, int month, BigDecimal v) {
		series.get(agency + "|" + indicator).get(year)[month - 1] = v;
	}

	BigDecimal annual(String agency, String indicator, int year) {
		return sum(series.get(agency + "|" + indicator).get(year));
	}

	/** A flow over the given annual totals (2026 as a full year, of which months 1..10 are submitted). */
	void flows(String agency, String indicator, double[] season, Map<Integer, String> totals) {
		Random r = rnd(agency + "|" + indicator);
		for (var e : totals.entrySet()) {
			double[] s = e.getKey() == 2020 ? SEASON_2020 : season;
			put(agency, indicator, e.getKey(), flow(r, bd(e.getValue()), 2, s, 0.04));
		}
	}

	/** An average-aggregated index: each year's 12 months sum to the previous year's sum times the growth. */
	void levels(String agency, String indicator, int firstYear, String firstMean, double[] growth, double[] season,
			double jitter) {
		Random r = rnd(agency + "|" + indicator);
		BigDecimal s = bd(firstMean).multiply(BigDecimal.valueOf(12));
		for (int i = 0; i <= growth.length; i++) {
			if (i > 0) {
				s = s.multiply(BigDecimal.valueOf(growth[i - 1])).setScale(1, RoundingMode.HALF_UP);
			}
			put(agency, indicator, firstYear + i, flow(r, s, 1, season, jitter));
		}
	}

	void data() {
		// --- published series (see README): VN trade 2020-2022, HN exports 2020-2021, LC border trade 2023-2024,
		// VN industrial production 2023-2025, DOI procedures and compliance cost 2025, VN FDI 2025.
		Map<Integer, String> vnExp = new TreeMap<>(Map.of(2020, "282620.00", 2021, "336317.50", 2022, "371850.00",
				2023, "354670.00", 2024, "405530.00", 2025, "475040.00", 2026, "518200.00"));
		Map<Integer, String> vnImp = new TreeMap<>(Map.of(2020, "262240.00", 2021, "332230.00", 2022, "360650.00",
				2023, "326370.00", 2024, "380760.00", 2025, "454400.00", 2026, "496500.00"));
		flows("VN", "EXPORTS", SEASON_TRADE, vnExp);
		flows("VN", "IMPORTS", SEASON_TRADE, vnImp);
		flows("VN", "FDI_DISBURSED", SEASON_FDI,
				new TreeMap<>(Map.of(2023, "23180.00", 2024, "25350.00", 2025, "28530.00", 2026, "30840.00")));
		levels("VN", "IIP", 2023, "118.0", new double[] { 1.082, 1.092, 1.095 }, SEASON_IIP, 0.02);
		levels("VN", "IIP_MFG", 2023, "121.3", new double[] { 1.096, 1.105, 1.108 }, SEASON_IIP, 0.02);
		levels("VN", "IIP_MOTOR", 2023, "96.4", new double[] { 1.071, 1.220, 1.120 }, SEASON_IIP, 0.03);
		levels("VN", "IIP_MINERALS", 2023, "88.7", new double[] { 1.043, 1.162, 1.090 }, SEASON_IIP, 0.03);
		levels("VN", "IIP_METALS", 2023, "112.5", new double[] { 1.142, 1.154, 1.100 }, SEASON_IIP, 0.03);
		levels("VN", "IIP_APPAREL", 2023, "104.2", new double[] { 1.087, 1.132, 1.080 }, SEASON_IIP, 0.03);
		levels("VN", "IIP_LEATHER", 2023, "109.6", new double[] { 1.121, 1.111, 1.070 }, SEASON_IIP, 0.03);
		Random sr = rnd("VN|MFG_GDP_SHARE");
		put("VN", "MFG_GDP_SHARE", 2023, flow(sr, bd("286.8"), 1, FLAT, 0.012));
		put("VN", "MFG_GDP_SHARE", 2024, flow(sr, bd("289.2"), 1, FLAT, 0.012));
		put("VN", "MFG_GDP_SHARE", 2025, flow(sr, bd("296.4"), 1, FLAT, 0.012));
		put("VN", "MFG_GDP_SHARE", 2026, flow(sr, bd("303.0"), 1, FLAT, 0.012));
		put("VN", "GDP_GROWTH", 2023, quarters("3.3", "4.1", "5.3", "6.7"));
		put("VN", "GDP_GROWTH", 2024, quarters("5.7", "6.9", "7.4", "7.6"));
		put("VN", "GDP_GROWTH", 2025, quarters("6.9", "8.0", "8.2", "8.5"));
		put("VN", "GDP_GROWTH", 2026, quarters("7.8", "8.2", "8.5", "8.5"));

		Map<Integer, String> hnExp = new TreeMap<>(Map.of(2020, "15857.30", 2021, "16000.00", 2022, "17580.00", 2023,
				"17320.00", 2024, "18950.00", 2025, "20110.00", 2026, "21620.00"));
		flows("HN", "EXPORTS", SEASON_TRADE, hnExp);

		Random lc = rnd("LC|BORDER_TRADE");
		put("LC", "BORDER_TRADE", 2023, merge(flow(lc, bd("993.82"), 2, SEASON_TRADE, 0.05, 1, 6),
				flow(lc, bd("1238.40"), 2, SEASON_TRADE, 0.05, 7, 12)));
		put("LC", "BORDER_TRADE", 2024, merge(flow(lc, bd("1506.14"), 2, SEASON_TRADE, 0.05, 1, 6),
				flow(lc, bd("1689.50"), 2, SEASON_TRADE, 0.05, 7, 12)));
		put("LC", "BORDER_TRADE", 2025, flow(lc, bd("3781.20"), 2, SEASON_TRADE, 0.05));
		put("LC", "BORDER_TRADE", 2026, flow(lc, bd("4290.00"), 2, SEASON_TRADE, 0.05));

		put("DOI", "PROC_TOTAL", 2024, ints(38, 38, 38, 38, 38, 38, 37, 37, 37, 36, 36, 36));
		put("DOI", "PROC_DECENTRALISED", 2024, ints(8, 8, 8, 10, 10, 10, 10, 10, 10, 12, 12, 12));
		put("DOI", "PROC_TOTAL", 2025, ints(36, 36, 36, 34, 34, 34, 33, 33, 31, 31, 31, 31));
		put("DOI", "PROC_DECENTRALISED", 2025, ints(12, 12, 15, 15, 15, 19, 19, 19, 22, 22, 25, 25));
		put("DOI", "PROC_TOTAL", 2026, ints(31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31));
		put("DOI", "PROC_DECENTRALISED", 2026, ints(25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25));
		Random dc = rnd("DOI|COMPLIANCE_COST_SAVED");
		put("DOI", "COMPLIANCE_COST_SAVED", 2024, flow(dc, bd("5.20"), 2, FLAT, 0.25));
		put("DOI", "COMPLIANCE_COST_SAVED", 2025, flow(dc, bd("8.74"), 2, FLAT, 0.25));
		put("DOI", "COMPLIANCE_COST_SAVED", 2026, flow(dc, bd("9.60"), 2, FLAT, 0.25));

		// --- invented series for every other reported (agency, indicator), 2024-2026
		Object[][] prov = { // code, exports 2024, imports 2024, FDI 2024, border trade 2024, IIP mean 2024
				{ "HN", 18950, 21400, 2900, 0, 0 }, { "HCM", 46500, 39800, 3200, 0, 0 },
				{ "HP", 29800, 26100, 2500, 0, 118.4 }, { "DNG", 1650, 1120, 180, 0, 0 },
				{ "CT", 2450, 1380, 95, 0, 0 }, { "HUE", 1480, 930, 210, 0, 0 }, { "LC", 620, 510, 120, 0, 0 },
				{ "LS", 980, 760, 60, 5620, 0 }, { "CB", 210, 180, 15, 820, 0 }, { "QNI", 4800, 4300, 1600, 3900, 0 },
				{ "BN", 46200, 41800, 3800, 0, 121.7 }, { "TH", 7400, 9100, 1100, 0, 0 },
				{ "NA", 2050, 1650, 650, 210, 0 }, { "DLK", 1320, 340, 40, 0, 0 }, { "KH", 2150, 1270, 260, 0, 0 },
				{ "NT", 420, 310, 70, 0, 0 }, { "BD", 36800, 28900, 2200, 0, 116.9 },
				{ "DNA", 25900, 21300, 1900, 0, 112.3 }, { "AG", 1180, 620, 55, 1150, 0 },
				{ "TNI", 8600, 7200, 780, 2800, 0 } };
		for (Object[] p : prov) {
			String a = (String) p[0];
			generic(a, "EXPORTS", ((Number) p[1]).doubleValue(), SEASON_TRADE, 0.03, 0.15);
			generic(a, "IMPORTS", ((Number) p[2]).doubleValue(), SEASON_TRADE, 0.02, 0.14);
			generic(a, "FDI_DISBURSED", ((Number) p[3]).doubleValue(), SEASON_FDI, 0.00, 0.15);
			if (((Number) p[4]).doubleValue() > 0) {
				generic(a, "BORDER_TRADE", ((Number) p[4]).doubleValue(), SEASON_TRADE, 0.05, 0.25);
			}
			if (((Number) p[5]).doubleValue() > 0) {
				Random r = rnd(a + "|IIP");
				levels(a, "IIP", 2024, String.valueOf(p[5]),
						new double[] { 1.05 + r.nextInt(90) / 1000.0, 1.05 + r.nextInt(90) / 1000.0 }, SEASON_IIP,
						0.02);
			}
		}
		Object[][] missions = { { "EMB-CN", 61200, 38 }, { "EMB-US", 119500, 30 }, { "EMB-JP", 24600, 26 },
				{ "EMB-KR", 25600, 24 }, { "EMB-DE", 10900, 18 }, { "EMB-LA", 820, 12 } };
		for (Object[] m : missions) {
			generic((String) m[0], "EXPORTS_MARKET", ((Number) m[1]).doubleValue(), SEASON_TRADE, 0.04, 0.2);
			counts((String) m[0], "PROMO_EVENTS", (Integer) m[2]);
		}
		counts("VIETRADE", "PROMO_EVENTS", 148);
		Object[][] procs = { // agency, total 2024-01, total 2026-12, decentralised 2024-01, decentralised 2026-12,
				// compliance cost saved 2024 (VND_BN)
				{ "MOF", 412, 386, 175, 252, 38.6 }, { "MAE", 356, 318, 148, 214, 24.3 }, { "ATF", 64, 58, 20, 34, 4.8 },
				{ "VIETRADE", 18, 16, 4, 8, 0.0 }, { "HN-DOIT", 132, 124, 40, 72, 2.9 },
				{ "HCM-DOIT", 141, 118, 52, 96, 3.7 } };
		for (Object[] p : procs) {
			String a = (String) p[0];
			stock(a, "PROC_TOTAL", (Integer) p[1], (Integer) p[2]);
			stock(a, "PROC_DECENTRALISED", (Integer) p[3], (Integer) p[4]);
			double cost = (Double) p[5];
			if (cost > 0) {
				Random r = rnd(a + "|COMPLIANCE_COST_SAVED");
				double c25 = cost * (1.10 + r.nextInt(30) / 100.0);
				double c26 = c25 * (1.05 + r.nextInt(20) / 100.0);
				put(a, "COMPLIANCE_COST_SAVED", 2024, flow(r, round(cost, 2), 2, FLAT, 0.3));
				put(a, "COMPLIANCE_COST_SAVED", 2025, flow(r, round(c25, 2), 2, FLAT, 0.3));
				put(a, "COMPLIANCE_COST_SAVED", 2026, flow(r, round(c26, 2), 2, FLAT, 0.3));
			}
		}
		// 2026-10 oddities (see faults()): the HCMC department's decentralised count typed above its total, and
		// An Giang's FDI for the month exactly 5 million USD (sent twice, once in thousand USD).
		set("HCM-DOIT", "PROC_TOTAL", 2026, 10, bd("118"));
		set("HCM-DOIT", "PROC_DECENTRALISED", 2026, 10, bd("121"));
		set("AG", "FDI_DISBURSED", 2026, 10, bd("5.00"));
		for (var e : reportsWhat.entrySet()) {
			for (String i : e.getValue()) {
				if (!has(e.getKey(), i)) {
					throw new IllegalStateException("no series for " + e.getKey() + " " + i);
				}
			}
		}
	}

	/** 2024 total given; growth 2025 and 2026 drawn from [lo, hi]. Skips series already defined for that year. */
	void generic(String a, String ind, double total2024, double[] season, double lo, double hi) {
		Random r = rnd(a + "|" + ind + "|growth");
		double g25 = lo + (hi - lo) * r.nextDouble();
		double g26 = lo + (hi - lo) * r.nextDouble();
		double[] totals = { total2024, total2024 * (1 + g25), total2024 * (1 + g25) * (1 + g26) };
		Random v = rnd(a + "|" + ind);
		for (int i = 0; i < 3; i++) {
			int year = 2024 + i;
			if (has(a, ind) && series.get(a + "|" + ind).containsKey(year)) {
				continue;
			}
			put(a, ind, year, flow(v, round(totals[i], 2), 2, season, 0.06));
		}
	}

	void counts(String a, String ind, int total2024) {
		Random r = rnd(a + "|" + ind);
		int t = total2024;
		for (int year = 2024; year <= 2026; year++) {
			put(a, ind, year, flow(r, BigDecimal.valueOf(t), 0, SEASON_TRADE, 0.35));
			t = (int) Math.round(t * (1.04 + r.nextInt(10) / 100.0));
		}
	}

	/** A stock counted at the end of each month, stepping from {@code start} (2024-01) to {@code end} (2026-12). */
	void stock(String a, String ind, int start, int end) {
		Random r = rnd(a + "|" + ind);
		int steps = 8;
		boolean[] change = new boolean[36];
		int placed = 0;
		while (placed < steps) {
			int k = 1 + r.nextInt(35);
			if (!change[k]) {
				change[k] = true;
				placed++;
			}
		}
		int done = 0;
		for (int year = 2024; year <= 2026; year++) {
			BigDecimal[] v = new BigDecimal[12];
			for (int m = 0; m < 12; m++) {
				int k = (year - 2024) * 12 + m;
				if (change[k]) {
					done++;
				}
				v[m] = BigDecimal.valueOf(Math.round(start + (end - start) * (double) done / steps));
			}
			put(a, ind, year, v);
		}
	}

	// ------------------------------------------------------------------ targets

	void target(String ind, String agency, int year, String measure, String op, String value, String max,
			String tol, String source) {
		targets.add(new Target(ind, agency, year, measure, op, value, max, tol, source));
	}

	static String plain(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
	}

	void targets() {
		String a3 = "[003]";
		target("EXPORTS", "VN", 2021, "plan_year", ">=", "292450", "", "", a3 + " plan exceeded by 15 %");
		target("EXPORTS", "HN", 2022, "growth_ytd", ">=", "5", "", "", a3);
		target("EXPORTS", "VN", 2022, "growth_ytd", "between", "6", "8", "", a3);
		target("TRADE_BALANCE", "VN", 2022, "value_ytd", ">=", "0", "", "", a3 + " surplus maintained");
		target("GDP_GROWTH", "VN", 2024, "value_ytd", "between", "6.5", "7", "", "[002]");
		target("GDP_GROWTH", "VN", 2026, "value_ytd", ">=", "10", "", "", "[004]");
		target("MFG_GDP_SHARE", "VN", 2026, "value_ytd", "between", "28", "30", "", "[004]");
		target("EXPORTS", "HN", 2025, "growth_ytd", ">=", "5", "", "", a3 + " headline");
		target("EXPORTS", "VN", 2025, "growth_ytd", ">=", "12", "", "", "");
		target("IMPORTS", "VN", 2025, "growth_ytd", "<=", "18", "", "", "");
		target("FDI_DISBURSED", "VN", 2025, "plan_year", ">=", "27000", "", "", "");
		target("IIP", "VN", 2025, "growth_ytd", ">=", "9", "", "", "");
		target("IIP_MFG", "VN", 2025, "growth_ytd", ">=", "10", "", "", "");
		target("GDP_GROWTH", "VN", 2025, "value_ytd", ">=", "8", "", "", "");
		target("MFG_GDP_SHARE", "VN", 2025, "value_ytd", ">=", "24.5", "", "", "");
		target("TRADE_BALANCE", "VN", 2025, "value_ytd", ">=", "0", "", "", "");
		target("EXPORTS", "VN", 2026, "growth_ytd", ">=", "8", "", "0.5", "");
		target("IMPORTS", "VN", 2026, "plan_year", "<=", "500000", "", "", "");
		target("FDI_DISBURSED", "VN", 2026, "plan_year", ">=", "31000", "", "", "");
		target("IIP", "VN", 2026, "growth_ytd", ">=", "10", "", "0.5", "");
		target("IIP_MFG", "VN", 2026, "growth_ytd", "between", "10", "12", "", "");
		target("IIP_MOTOR", "VN", 2026, "growth_month", ">=", "10", "", "", "");
		target("TRADE_BALANCE", "VN", 2026, "value_ytd", ">=", "0", "", "", "");
		target("PROC_SHARE", "VN", 2026, "value_month", ">=", "60", "", "", "");

		target("PROC_SHARE", "DOI", 2025, "value_ytd", ">=", "80", "", "", "[004] 81 %");
		target("COMPLIANCE_COST_SAVED", "DOI", 2025, "plan_year", ">=", "8.5", "", "", "[004] over VND 8.5 billion");
		target("PROC_SHARE", "DOI", 2026, "value_ytd", ">=", "85", "", "5", "");
		target("PROC_TOTAL", "DOI", 2026, "value_month", "<=", "31", "", "", "");
		target("COMPLIANCE_COST_SAVED", "DOI", 2026, "plan_year", ">=", "9", "", "", "");

		int[] growthChoices = { 5, 6, 7, 8, 10, 12 };
		for (String p : PROVINCES) {
			Random r = rnd(p + "|targets");
			for (int year = 2025; year <= 2026; year++) {
				if (!(p.equals("HN") && year == 2025)) {
					String tol = r.nextInt(4) == 0 ? "0.5" : "";
					target("EXPORTS", p, year, "growth_ytd", ">=",
							String.valueOf(growthChoices[r.nextInt(growthChoices.length)]), "", tol, "");
				}
				BigDecimal prev = annual(p, "FDI_DISBURSED", year - 1);
				BigDecimal plan = prev.multiply(BigDecimal.valueOf(1.0 + r.nextInt(16) / 100.0)).setScale(-1,
						RoundingMode.HALF_UP);
				target("FDI_DISBURSED", p, year, "plan_year", ">=", plain(plan), "", "", "");
				if (BORDER.contains(p)) {
					if (p.equals("CB") && year == 2026) {
						BigDecimal mon = annual(p, "BORDER_TRADE", 2025).divide(BigDecimal.valueOf(12), 0,
								RoundingMode.HALF_UP);
						target("BORDER_TRADE", p, year, "value_month", ">=", plain(mon), "", "", "");
					} else if (year == 2026) {
						target("BORDER_TRADE", p, year, "growth_ytd", "between", "10", "25", "", "");
					} else {
						target("BORDER_TRADE", p, year, "growth_ytd", ">=", String.valueOf(8 + r.nextInt(8)), "", "",
								"");
					}
				}
				if (IIP_PROVINCES.contains(p)) {
					if (year == 2025) {
						target("IIP", p, year, "growth_ytd", ">=", "8", "", "", "");
					} else {
						target("IIP", p, year, "growth_ytd", "between", "8", "12", "", "");
					}
				}
				if (year == 2026 && Set.of("BN", "HP", "TH", "QNI").contains(p)) {
					target("IMPORTS", p, year, "growth_ytd", "<=", "12", "", "", "");
				}
			}
		}
		for (String a : PROC_AGENCIES) {
			if (a.equals("DOI")) {
				continue;
			}
			Random r = rnd(a + "|targets");
			for (int year = 2025; year <= 2026; year++) {
				BigDecimal share = get(a, "PROC_DECENTRALISED", year, 12).multiply(BigDecimal.valueOf(100))
						.divide(get(a, "PROC_TOTAL", year, 12), 0, RoundingMode.HALF_UP);
				int s = share.intValue() + r.nextInt(7) - 3;
				if (year == 2025) {
					target("PROC_SHARE", a, year, "value_ytd", ">=", String.valueOf(s), "", "", "");
				} else if (a.equals("MOF") || a.equals("MAE")) {
					target("PROC_SHARE", a, year, "value_month", "between", String.valueOf(s - 5),
							String.valueOf(s + 5), "", "");
				} else {
					target("PROC_SHARE", a, year, "value_month", ">=", String.valueOf(s), "", "2", "");
				}
				if (year == 2026) {
					target("PROC_TOTAL", a, year, "value_month", "<=",
							String.valueOf(get(a, "PROC_TOTAL", 2025, 12).intValue() - 1 - r.nextInt(3)), "", "", "");
				}
				if (has(a, "COMPLIANCE_COST_SAVED")) {
					BigDecimal prev = annual(a, "COMPLIANCE_COST_SAVED", year - 1);
					BigDecimal plan = prev.multiply(BigDecimal.valueOf(1.05 + r.nextInt(20) / 100.0)).setScale(1,
							RoundingMode.HALF_UP);
					target("COMPLIANCE_COST_SAVED", a, year, "plan_year", ">=", plain(plan), "", "", "");
				}
				if (a.equals("VIETRADE")) {
					target("PROMO_EVENTS", a, year, "plan_year", ">=", year == 2025 ? "160" : "175", "", "", "");
				}
			}
		}
		for (String m : MISSIONS) {
			Random r = rnd(m + "|targets");
			target("EXPORTS_MARKET", m, 2025, "growth_ytd", ">=", String.valueOf(6 + r.nextInt(8)), "", "", "");
			target("EXPORTS_MARKET", m, 2026, "growth_month", ">=", "5", "", "", "");
			BigDecimal ev = annual(m, "PROMO_EVENTS", 2024);
			target("PROMO_EVENTS", m, 2025, "plan_year", ">=", plain(ev.add(BigDecimal.valueOf(2))), "", "", "");
			BigDecimal ev10 = BigDecimal.ZERO;
			for (int mo = 1; mo <= 10; mo++) {
				ev10 = ev10.add(get(m, "PROMO_EVENTS", 2025, mo));
			}
			target("PROMO_EVENTS", m, 2026, "value_ytd", ">=", plain(ev10.add(BigDecimal.valueOf(r.nextInt(5)))),
					"", "", "");
		}
	}

	// ------------------------------------------------------------------ submissions

	static final String[] NOTES = { "Số liệu ước tính", "Số liệu sơ bộ, sẽ cập nhật khi có số liệu hải quan",
			"Đã đối chiếu với Cục Hải quan", "Số liệu chính thức", "Theo báo cáo của các doanh nghiệp",
			"Bao gồm hàng tạm nhập, tái xuất", "Ước tính, chưa gồm doanh nghiệp mới thành lập" };
	static final String[] PREPARERS = { "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Thu Hà", "Phạm Quốc Khánh",
			"Hoàng Minh Tuấn", "Vũ Thị Ngọc Anh", "Đặng Văn Long", "Bùi Thị Hồng Nhung", "Đỗ Đức Thắng",
			"Ngô Thị Phương", "Dương Văn Quân", "Lý Thị Mai" };

	/** How an agency writes submitted_at: 0 offset, 1 date only, 2 UTC Z, 3 local without offset, 4 fraction. */
	int dateStyle(String agency) {
		return switch (agency) {
			case "VN", "DOI", "LC", "HN" -> 0;
			default -> Math.floorMod(agency.hashCode(), 5);
		};
	}

	static String when(LocalDateTime local, int style) {
		return switch (style) {
			case 1 -> local.toLocalDate().toString();
			case 2 -> local.atZone(VN_ZONE).withZoneSameInstant(ZoneOffset.UTC)
					.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
			case 3 -> local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
			case 4 -> local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")) + "+07:00";
			default -> local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "+07:00";
		};
	}

	/** The unit an agency writes in CSV files for an indicator, and the value in that unit. */
	String[] unitAndValue(String agency, Indicator ind, BigDecimal v) {
		String unit = ind.unit();
		String style = switch (agency) {
			case "KH" -> unit.equals("USD_M") ? "USD" : "native";
			case "EMB-DE", "EMB-LA" -> unit.equals("USD_M") ? "USD_K" : "native";
			case "HCM-DOIT" -> unit.equals("VND_BN") ? "VND_M" : "native";
			case "VN", "DOI", "LC" -> "native";
			case "HN", "BN", "NA", "MAE", "EMB-JP" -> "empty";
			default -> "native";
		};
		String value = v.setScale(ind.decimals(), RoundingMode.UNNECESSARY).toPlainString();
		return switch (style) {
			case "USD" -> new String[] { "USD", plain(v.movePointRight(6)) };
			case "USD_K", "VND_M" -> new String[] { style, plain(v.movePointRight(3)) };
			case "empty" -> new String[] { "", value };
			default -> new String[] { unit, value };
		};
	}

	boolean crlf(String agency) {
		return Set.of("HCM", "MOF", "EMB-US").contains(agency);
	}

	String preparer(String agency) {
		return PREPARERS[Math.floorMod((agency + "prep").hashCode(), PREPARERS.length)];
	}

	LocalDateTime submission(String agency, int year, int month) {
		Random r = rnd(agency + "|sub|" + year + "-" + month);
		int ny = month == 12 ? year + 1 : year;
		int nm = month == 12 ? 1 : month + 1;
		return LocalDateTime.of(ny, nm, 1 + r.nextInt(5), 8 + r.nextInt(9), r.nextInt(60), r.nextInt(4) * 15);
	}

	String note(Random r) {
		return r.nextInt(5) == 0 ? NOTES[r.nextInt(NOTES.length)] : "";
	}

	void submissions() {
		targets();
		// history 2020-2024: one file per agency and year, all months
		for (int year = 2020; year <= 2024; year++) {
			for (Agency a : agencies) {
				List<String> inds = new ArrayList<>();
				for (Indicator i : indicators) {
					TreeMap<Integer, BigDecimal[]> t = series.get(a.code() + "|" + i.code());
					if (t != null && t.containsKey(year)) {
						inds.add(i.code());
					}
				}
				if (inds.isEmpty()) {
					continue;
				}
				SubFile f = new SubFile();
				f.agency = a.code();
				f.path = year + "/" + a.code() + "-" + year + ".csv";
				f.eol = crlf(a.code()) ? "\r\n" : "\n";
				Random nr = rnd(f.path);
				for (int m = 1; m <= 12; m++) {
					String at = when(submission(a.code(), year, m), dateStyle(a.code()));
					String period = String.format("%d-%02d", year, m);
					for (String i : inds) {
						BigDecimal v = get(a.code(), i, year, m);
						if (v == null) {
							continue;
						}
						String[] uv = unitAndValue(a.code(), indicatorByCode.get(i), v);
						f.recs.add(Rec.of(a.code(), period, i, uv[1], uv[0], at, note(nr)));
					}
				}
				files.add(f);
			}
		}
		// 2025-01 .. 2026-10: one file per agency and period, CSV or XLSX
		for (int year = 2025; year <= LAST_YEAR; year++) {
			for (int m = 1; m <= (year == LAST_YEAR ? LAST_MONTH : 12); m++) {
				String period = String.format("%d-%02d", year, m);
				for (Agency a : agencies) {
					if (!a.reports()) {
						continue;
					}
					files.add(periodFile(a.code(), year, m, xlsx(a.code(), year, m),
							when(submission(a.code(), year, m), dateStyle(a.code())), ""));
				}
			}
		}
	}

	static final Set<String> CSV_2026_10 = Set.of("HP", "HN-DOIT", "DNG", "ATF", "CT", "KH", "NA", "BD", "VIETRADE",
			"EMB-DE", "DLK", "TH", "QNI", "CB", "BN", "DNA");
	static final Set<String> XLSX_2026_10 = Set.of("AG", "HCM", "EMB-CN");

	boolean xlsx(String agency, int year, int month) {
		if (year == 2025 && (agency.equals("VN") || agency.equals("DOI"))) {
			return false; // the published 2025 figures come from plain CSV rows
		}
		if (year == 2026 && month == 10) {
			if (CSV_2026_10.contains(agency)) {
				return false;
			}
			if (XLSX_2026_10.contains(agency)) {
				return true;
			}
		}
		return rnd(agency + "|format|" + year + "-" + month).nextBoolean();
	}

	SubFile periodFile(String agency, int year, int month, boolean xlsx, String at, String suffix) {
		String period = String.format("%d-%02d", year, month);
		SubFile f = new SubFile();
		f.agency = agency;
		f.period = period;
		f.xlsx = xlsx;
		f.path = year + "/" + period + "/" + agency + "-" + period + suffix + (xlsx ? ".xlsx" : ".csv");
		f.eol = crlf(agency) ? "\r\n" : "\n";
		f.submittedAt = at;
		f.preparedBy = preparer(agency);
		f.created = submission(agency, year, month).atZone(VN_ZONE).toInstant();
		Random nr = rnd(f.path);
		for (String i : reportsWhat.get(agency)) {
			BigDecimal v = get(agency, i, year, month);
			Indicator ind = indicatorByCode.get(i);
			if (xlsx) {
				f.xrows.add(new XRow(i, ind.nameVi(), ind.unit(), v, note(nr)));
			} else {
				String[] uv = unitAndValue(agency, ind, v);
				f.recs.add(Rec.of(agency, period, i, uv[1], uv[0], at, note(nr)));
			}
		}
		return f;
	}

	SubFile file(String path) {
		for (SubFile f : files) {
			if (f.path.equals(path)) {
				return f;
			}
		}
		throw new IllegalStateException("no file " + path);
	}

	static final String P = "2026/2026-10/";

	static String grouped(BigDecimal v, char group, char decimal) {
		DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
		s.setGroupingSeparator(group);
		s.setDecimalSeparator(decimal);
		DecimalFormat f = new DecimalFormat("#,##0.00", s);
		String out = f.format(v);
		if (out.indexOf(group) < 0) {
			throw new IllegalStateException("value too small to show a thousands separator: " + v);
		}
		return out;
	}

	/** The planted faults and special cases of period 2026-10 (README, section "Planted faults"). */
	void faults() {
		// MALFORMED_ROW: thousands separator typed without quotes splits the value into two fields
		SubFile hp = file(P + "HP-2026-10.csv");
		Rec e = hp.rec("EXPORTS");
		Rec malformed = Rec.raw(String.join(",", e.fields[0], e.fields[1], e.fields[2],
				grouped(new BigDecimal(e.fields[3]), ',', '.'), e.fields[4], e.fields[5], ""))
				.expect("MALFORMED_ROW", "value typed as `" + grouped(new BigDecimal(e.fields[3]), ',', '.')
						+ "` without quotes: 8 fields instead of 7");
		hp.recs.set(hp.recs.indexOf(e), malformed);

		// UNKNOWN_AGENCY: the Hanoi department writes its Vietnamese abbreviation on one row
		SubFile hnd = file(P + "HN-DOIT-2026-10.csv");
		Rec c = hnd.rec("COMPLIANCE_COST_SAVED");
		c.fields[0] = "HN-SCT";
		c.expect("UNKNOWN_AGENCY", "agency `HN-SCT` (Sở Công Thương) instead of `HN-DOIT`");

		// UNKNOWN_INDICATOR
		SubFile dng = file(P + "DNG-2026-10.csv");
		Rec fdi = dng.rec("FDI_DISBURSED");
		fdi.fields[2] = "FDI_DISBURSEMENT";
		fdi.expect("UNKNOWN_INDICATOR", "indicator `FDI_DISBURSEMENT` instead of `FDI_DISBURSED`");

		// DERIVED_INDICATOR: the agency also sends the share it computed itself
		SubFile atf = file(P + "ATF-2026-10.csv");
		Rec tot = atf.rec("PROC_TOTAL");
		BigDecimal share = get("ATF", "PROC_DECENTRALISED", 2026, 10).multiply(BigDecimal.valueOf(100))
				.divide(get("ATF", "PROC_TOTAL", 2026, 10), 1, RoundingMode.HALF_UP);
		atf.recs.add(Rec.of("ATF", "2026-10", "PROC_SHARE", share.toPlainString(), "PERCENT", tot.fields[5],
				"Tỷ lệ tự tính").expect("DERIVED_INDICATOR", "PROC_SHARE is computed by Scorecard, never submitted"));

		// BAD_PERIOD
		SubFile ct = file(P + "CT-2026-10.csv");
		Rec ci = ct.rec("IMPORTS");
		ci.fields[1] = "2026-13";
		ci.expect("BAD_PERIOD", "period `2026-13`: no 13th month");

		// BAD_DATE, after a row whose quoted note spans two physical lines
		SubFile kh = file(P + "KH-2026-10.csv");
		kh.rec("EXPORTS").fields[6] = "Số liệu sơ bộ.\nSẽ gửi số liệu chính thức sau khi đối chiếu với Hải quan";
		Rec ki = kh.rec("IMPORTS");
		ki.fields[5] = "05/11/2026";
		ki.expect("BAD_DATE", "submitted_at `05/11/2026` (day/month/year) is not ISO-8601");

		// FUTURE_PERIOD: 12 typed for 10
		SubFile na = file(P + "NA-2026-10.csv");
		Rec ni = na.rec("IMPORTS");
		ni.fields[1] = "2026-12";
		ni.expect("FUTURE_PERIOD", "period `2026-12` begins after its submission date " + ni.fields[5]);

		// BAD_VALUE: European decimal comma, quoted
		SubFile bd = file(P + "BD-2026-10.csv");
		Rec be = bd.rec("EXPORTS");
		be.fields[3] = grouped(new BigDecimal(be.fields[3]), '.', ',');
		be.expect("BAD_VALUE", "value `" + be.fields[3] + "` written with a decimal comma and `.` thousands");

		// BAD_VALUE: a COUNT that is not whole
		SubFile vt = file(P + "VIETRADE-2026-10.csv");
		Rec ve = vt.rec("PROMO_EVENTS");
		ve.fields[3] = new BigDecimal(ve.fields[3]).subtract(new BigDecimal("0.5")).toPlainString();
		ve.fields[6] = "Tính cả hội thảo trực tuyến nửa ngày";
		ve.expect("BAD_VALUE", "COUNT `" + ve.fields[3] + "` is not a whole number (a half-day webinar counted as 0.5)");

		// BAD_VALUE in a workbook: a text cell with a thousands separator
		SubFile hcm = file(P + "HCM-2026-10.xlsx");
		XRow hx = hcm.xrow("EXPORTS");
		hx.text = grouped(hx.number, ',', '.');
		hx.number = null;
		hx.expect = "BAD_VALUE";
		hx.why = "Value typed as text `" + hx.text + "` (thousands separator) in the workbook";

		// BAD_UNIT
		SubFile de = file(P + "EMB-DE-2026-10.csv");
		Rec dx = de.rec("EXPORTS_MARKET");
		BigDecimal usdm = get("EMB-DE", "EXPORTS_MARKET", 2026, 10);
		dx.fields[3] = plain(usdm.multiply(new BigDecimal("0.86")).movePointRight(6).setScale(0, RoundingMode.HALF_UP));
		dx.fields[4] = "EUR";
		dx.fields[6] = "Quy đổi sang euro";
		dx.expect("BAD_UNIT", "unit `EUR` does not convert to USD_M");

		// NEGATIVE_VALUE: the month-on-month change typed into the value column
		SubFile dlk = file(P + "DLK-2026-10.csv");
		Rec de2 = dlk.rec("EXPORTS");
		BigDecimal change = get("DLK", "EXPORTS", 2026, 10).subtract(get("DLK", "EXPORTS", 2026, 9));
		BigDecimal neg = change.signum() < 0 ? change : change.negate();
		de2.fields[3] = neg.setScale(2).toPlainString();
		de2.fields[6] = "Giảm so với tháng trước";
		de2.expect("NEGATIVE_VALUE", "exports `" + de2.fields[3] + "`: the change on the month typed as the value");

		// DUPLICATE within a file (copy-pasted row, after an empty line)
		SubFile th = file(P + "TH-2026-10.csv");
		Rec ti = th.rec("IMPORTS");
		th.recs.add(Rec.blank());
		th.recs.add(Rec.of(ti.fields.clone()).expect("DUPLICATE", "IMPORTS row pasted twice, same value and time"));

		// DUPLICATE across files: 5000 USD_K in a separate CSV equals 5 USD_M in the workbook, same instant
		SubFile ag = file(P + "AG-2026-10.xlsx");
		ag.submittedAt = "2026-11-04T03:00:00Z";
		SubFile agf = new SubFile();
		agf.agency = "AG";
		agf.period = "2026-10";
		agf.path = P + "AG-2026-10-fdi.csv";
		agf.recs.add(Rec.of("AG", "2026-10", "FDI_DISBURSED", "5000", "USD_K", "2026-11-04T10:00:00+07:00",
				"Số liệu do Sở Tài chính cung cấp"));
		files.add(agf);
		XRow agx = ag.xrow("FDI_DISBURSED");
		agx.expect = "DUPLICATE";
		agx.why = "5 USD_M at 2026-11-04T03:00:00Z equals 5000 USD_K at 10:00+07:00 in AG-2026-10-fdi.csv (read first)";

		// CONFLICT: two values for one key and instant
		SubFile qni = file(P + "QNI-2026-10.csv");
		Rec qb = qni.rec("BORDER_TRADE");
		Rec qb2 = Rec.of(qb.fields.clone());
		qb2.fields[3] = transpose(qb.fields[3]);
		qb2.fields[6] = "Số liệu cập nhật";
		qb.expect("CONFLICT", "BORDER_TRADE sent twice at the same time: " + qb.fields[3] + " and " + qb2.fields[3]);
		qb2.expect("CONFLICT", "BORDER_TRADE sent twice at the same time: " + qb.fields[3] + " and " + qb2.fields[3]);
		qni.recs.add(qni.recs.indexOf(qb) + 1, qb2);

		// UNREADABLE_FILE: saved by a legacy editor in Windows-1258, then resent in UTF-8
		SubFile cb = file(P + "CB-2026-10.csv");
		for (Rec r : cb.recs) {
			r.fields[6] = "Số liệu của Sở Công Thương Cao Bằng";
		}
		cb.charset = Charset.forName("windows-1258");
		cb.unreadable = true;
		cb.unreadableWhy = "saved in Windows-1258 (Vietnamese legacy code page): invalid UTF-8";
		SubFile cbr = periodFile("CB", 2026, 10, false, "2026-11-05T16:40:00+07:00", "-resent");
		files.add(cbr);

		// corrected resubmission: Bac Ninh sends the whole form again with revised exports
		SubFile bn = file(P + "BN-2026-10.csv");
		SubFile bnc = periodFile("BN", 2026, 10, false, "2026-11-09T14:20:00+07:00", "-corrected");
		Rec bce = bnc.rec("EXPORTS");
		BigDecimal revised = new BigDecimal(bce.fields[3]).multiply(new BigDecimal("1.016")).setScale(2,
				RoundingMode.HALF_UP);
		story.put("BN_ORIGINAL", bn.rec("EXPORTS").fields[3]);
		story.put("BN_AT", bn.rec("EXPORTS").fields[5]);
		story.put("BN_REVISED", revised.toPlainString());
		bce.fields[3] = revised.toPlainString();
		bce.fields[6] = "Điều chỉnh theo số liệu hải quan";
		files.add(bnc);

		// late: Ninh Thuan submits on 12 November
		SubFile nt = file(P + (xlsx("NT", 2026, 10) ? "NT-2026-10.xlsx" : "NT-2026-10.csv"));
		String late = "2026-11-12T10:05:00+07:00";
		nt.submittedAt = late;
		for (Rec r : nt.recs) {
			r.fields[5] = late;
		}
		story.put("LATE", nt.path);

		// missing: the embassy in Korea sends nothing for 2026-10
		files.remove(file(P + (xlsx("EMB-KR", 2026, 10) ? "EMB-KR-2026-10.xlsx" : "EMB-KR-2026-10.csv")));

		// a form row left empty (not reported, not a row)
		file(P + "EMB-CN-2026-10.xlsx").xrow("PROMO_EVENTS").number = null;

		// spaces around every field (trimmed, accepted)
		SubFile dna = file(P + "DNA-2026-10.csv");
		List<Rec> spaced = new ArrayList<>();
		for (Rec r : dna.recs) {
			String[] f = r.fields.clone();
			f[6] = "";
			spaced.add(Rec.raw(" " + String.join(" , ", f)));
		}
		dna.recs.clear();
		dna.recs.addAll(spaced);
	}

	static String transpose(String v) {
		char[] c = v.toCharArray();
		for (int i = 0; i + 1 < c.length; i++) {
			if (Character.isDigit(c[i]) && Character.isDigit(c[i + 1]) && c[i] != c[i + 1] && !(i == 0 && c[1] == '0')) {
				char t = c[i];
				c[i] = c[i + 1];
				c[i + 1] = t;
				return new String(c);
			}
		}
		throw new IllegalStateException("cannot transpose " + v);
	}

	// ------------------------------------------------------------------ writing

	void write(Path out) throws IOException {
		for (String sub : List.of("reference", "submissions")) {
			deleteTree(out.resolve(sub));
		}
		Files.deleteIfExists(out.resolve("expected-rejects.csv"));
		Files.deleteIfExists(out.resolve("README.md"));
		Path ref = out.resolve("reference");
		List<Rec> rows = new ArrayList<>();
		for (Agency a : agencies) {
			rows.add(Rec.of(a.code(), a.name(), a.nameVi(), a.kind(), a.parent(), a.email(), a.reports() ? "yes" : "no"));
		}
		writeCsv(ref.resolve("agencies.csv"), "code,name,name_vi,kind,parent,email,reports", rows);
		rows.clear();
		for (Indicator i : indicators) {
			rows.add(Rec.of(i.code(), i.name(), i.nameVi(), i.unit(), i.aggregation(), i.numerator(), i.denominator(),
					i.direction(), String.valueOf(i.decimals())));
		}
		writeCsv(ref.resolve("indicators.csv"), "code,name,name_vi,unit,aggregation,numerator,denominator,direction,decimals",
				rows);
		rows.clear();
		for (Target t : targets) {
			rows.add(Rec.of(t.indicator(), t.agency(), String.valueOf(t.year()), t.measure(), t.operator(), t.value(),
					t.valueMax(), t.tolerance()));
		}
		writeCsv(ref.resolve("targets.csv"), "indicator,agency,year,measure,operator,value,value_max,tolerance", rows);
		rows.clear();
		for (Task t : tasks) {
			rows.add(Rec.of(t.id(), t.title(), t.source(), t.lead(), t.due(), t.completed(), t.titleVi(),
					sourcesVi.get(t.source())));
		}
		writeCsv(ref.resolve("tasks.csv"), "id,title,source,lead_agency,due_date,completed_on,title_vi,source_vi", rows);
		writeCsv(ref.resolve("rules.csv"), "left,operator,right,message,message_vi", List.of(Rec.of("PROC_DECENTRALISED",
				"<=", "PROC_TOTAL", "More procedures decentralised than procedures in force: check both counts",
				"Số thủ tục được phân cấp lớn hơn số thủ tục đang có hiệu lực: đề nghị kiểm tra lại cả hai số liệu")));

		Path inbox = out.resolve("submissions");
		files.sort(Comparator.comparing(f -> f.path));
		for (SubFile f : files) {
			Path p = inbox.resolve(f.path);
			if (f.xlsx) {
				SeedFiles.write(p, SeedFiles.workbook(f.agency, f.period, f.submittedAt, f.preparedBy, f.xrows, f.path,
						planted, f.created));
			} else if (f.unreadable) {
				String text = SeedFiles.renderCsv(CSV_HEADER, f.recs, f.eol, f.path, new ArrayList<>());
				SeedFiles.write(p, SeedFiles.cp1258Form(text).getBytes(f.charset));
				planted.add(new Planted(f.path, null, "UNREADABLE_FILE", f.unreadableWhy));
			} else {
				SeedFiles.write(p, SeedFiles.renderCsv(CSV_HEADER, f.recs, f.eol, f.path, planted).getBytes(UTF_8));
			}
		}
		SeedFiles.write(inbox.resolve("README.txt"), """
				Inbox of the Scorecard demo: monthly submissions of the reporting agencies.
				History 2020-2024: <year>/<AGENCY>-<year>.csv (all months of the year in one file).
				2025-01 to 2026-10: <year>/<yyyy-mm>/<AGENCY>-<yyyy-mm>.csv or .xlsx (one file per agency and period).
				This file is not a submission: Scorecard lists it as skipped.
				Regenerated by org.scorecard.demo.DemoSeeds; see ../README.md.
				""".getBytes(UTF_8));
		planted.sort(Comparator.comparing(Planted::file).thenComparing(p -> p.line() == null ? 0 : p.line()));
		StringBuilder sb = new StringBuilder("file,line,code\n");
		for (Planted p : planted) {
			sb.append(SeedFiles.quote(p.file())).append(',').append(p.line() == null ? "" : p.line()).append(',')
					.append(p.code()).append('\n');
		}
		SeedFiles.write(out.resolve("expected-rejects.csv"), sb.toString().getBytes(UTF_8));
	}

	static void writeCsv(Path p, String header, List<Rec> rows) {
		SeedFiles.write(p, SeedFiles.renderCsv(header, rows, "\n", p.toString(), new ArrayList<>()).getBytes(UTF_8));
	}

	static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> s = Files.walk(p)) {
			for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(x);
			}
		}
	}

	static long sizeCheck(Path out) throws IOException {
		long total = 0;
		try (Stream<Path> s = Files.walk(out)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) {
				long n = Files.size(p);
				if (n > 1_000_000) {
					throw new IllegalStateException(p + " is over 1 MB");
				}
				total += n;
			}
		}
		if (total > 10_000_000) {
			throw new IllegalStateException("seeds over 10 MB");
		}
		return total;
	}

	static long countFiles(Path out) throws IOException {
		try (Stream<Path> s = Files.walk(out)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

	// ------------------------------------------------------------------ README

	void writeReadme(Path out, SeedCheck.Report report) {
		SeedFiles.write(out.resolve("README.md"), SeedReadme.render(this, report).getBytes(UTF_8));
	}

	Map<String, Long> formatCounts() {
		Map<String, Long> m = new HashMap<>();
		for (SubFile f : files) {
			m.merge(f.xlsx ? "xlsx" : "csv", 1L, Long::sum);
		}
		return m;
	}
}
