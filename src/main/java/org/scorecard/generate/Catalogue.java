package org.scorecard.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated indicators: the first {@code M} of a list of plausible ones (sum, last and avg, in
 * USD_M, VND_BN, COUNT, PERCENT and INDEX), of which two are derived when {@code M >= 6}: the trade
 * balance (EXPORTS - IMPORTS) and the share of procedures decentralised (a ratio of two {@code last}
 * counts). Past the list, indicators are numbered.
 */
final class Catalogue {

	/** One indicator; {@code scale} is a typical monthly figure of a department. */
	record Ind(int index, String code, String name, String nameVi, String unit, String aggregation, String numerator,
			String denominator, String direction, int decimals, double scale) {

		boolean derived() {
			return aggregation.equals("ratio") || aggregation.equals("difference");
		}

		boolean rollsUp() {
			return aggregation.equals("sum") || aggregation.equals("last");
		}

		String csv() {
			return String.join(",", code, Csv.quote(name), Csv.quote(nameVi), unit, aggregation,
					numerator == null ? "" : numerator, denominator == null ? "" : denominator, direction,
					Integer.toString(decimals));
		}

	}

	private static final Object[][] POOL = {
			{ "EXPORTS", "Export turnover", "Kim ngạch xuất khẩu", "USD_M", "sum", "up", 2, 40.0 },
			{ "IMPORTS", "Import turnover", "Kim ngạch nhập khẩu", "USD_M", "sum", "up", 2, 35.0 },
			{ "PROC_TOTAL", "Administrative procedures in force", "Thủ tục hành chính đang có hiệu lực", "COUNT", "last",
					"up", 0, 150.0 },
			{ "PROC_DECENTRALISED", "Procedures decentralised", "Thủ tục hành chính được phân cấp", "COUNT", "last", "up",
					0, 150.0 },
			{ "BUDGET_REVENUE", "State budget revenue", "Thu ngân sách nhà nước", "VND_BN", "sum", "up", 2, 500.0 },
			{ "CPI", "Consumer price index (same month last year = 100)", "Chỉ số giá tiêu dùng", "INDEX", "avg", "down",
					2, 103.0 },
			{ "DISBURSEMENT_RATE", "Public investment disbursement rate", "Tỷ lệ giải ngân vốn đầu tư công", "PERCENT",
					"avg", "up", 1, 60.0 },
			{ "ONLINE_SERVICES", "Full online public services", "Dịch vụ công trực tuyến toàn trình", "COUNT", "last", "up",
					0, 80.0 },
			{ "FDI_REGISTERED", "Registered foreign direct investment", "Vốn đầu tư trực tiếp nước ngoài đăng ký", "USD_M",
					"sum", "up", 2, 20.0 },
			{ "NEW_ENTERPRISES", "Newly registered enterprises", "Doanh nghiệp thành lập mới", "COUNT", "sum", "up", 0,
					50.0 },
			{ "RETAIL_SALES", "Retail sales of goods and services", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
					"VND_BN", "sum", "up", 2, 900.0 },
			{ "IIP", "Index of industrial production", "Chỉ số sản xuất công nghiệp", "INDEX", "avg", "up", 2, 106.0 },
			{ "SATISFACTION", "Satisfaction with public services", "Mức độ hài lòng về dịch vụ công", "PERCENT", "avg", "up",
					1, 82.0 },
			{ "BORDER_TRADE", "Goods through border gates", "Giá trị hàng hóa qua các cửa khẩu", "USD_M", "sum", "up", 2,
					25.0 },
			{ "TOURIST_ARRIVALS", "International visitors", "Khách quốc tế đến", "COUNT", "sum", "up", 0, 20000.0 },
			{ "PUBLIC_INVESTMENT", "Public investment disbursed", "Vốn đầu tư công đã giải ngân", "VND_BN", "sum", "up", 2,
					300.0 },
			{ "ONLINE_FILINGS", "Dossiers filed online", "Hồ sơ nộp trực tuyến", "COUNT", "sum", "up", 0, 3000.0 },
			{ "OVERDUE_DOSSIERS", "Overdue dossiers outstanding", "Hồ sơ quá hạn tồn đọng", "COUNT", "last", "down", 0,
					40.0 },
			{ "TAX_ARREARS", "Tax arrears", "Nợ thuế", "VND_BN", "last", "down", 2, 120.0 },
			{ "JOBS_CREATED", "Jobs created", "Việc làm mới tạo ra", "COUNT", "sum", "up", 0, 900.0 },
			{ "AGRI_EXPORTS", "Agricultural, forestry and fishery exports", "Xuất khẩu nông, lâm, thủy sản", "USD_M", "sum",
					"up", 2, 12.0 },
			{ "ECOMMERCE_SHARE", "E-commerce share of retail sales", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ",
					"PERCENT", "avg", "up", 1, 9.0 },
			{ "LOGISTICS_COST", "Logistics cost to GDP", "Chi phí logistics so với GDP", "PERCENT", "avg", "down", 1,
					17.0 },
			{ "SOCIAL_HOUSING", "Social housing units completed", "Nhà ở xã hội hoàn thành", "COUNT", "last", "up", 0,
					400.0 },
			{ "SEA_FREIGHT", "Freight through seaports", "Hàng hóa thông qua cảng biển", "INDEX", "avg", "up", 2, 104.0 } };

	/** Units and aggregations of the numbered indicators past the list, in turn. */
	private static final String[][] NUMBERED = { { "USD_M", "sum" }, { "VND_BN", "sum" }, { "COUNT", "last" },
			{ "PERCENT", "avg" }, { "COUNT", "sum" }, { "INDEX", "avg" } };

	private Catalogue() {
	}

	/** {@code m} indicators, derived ones (when {@code m >= 6}) after their sides. */
	static List<Ind> of(int m) {
		int derived = m >= 6 ? 2 : 0;
		int plain = m - derived;
		List<Ind> out = new ArrayList<>();
		for (int i = 0; i < plain; i++) {
			if (derived > 0 && i == 4) {
				out.add(new Ind(0, "TRADE_BALANCE", "Trade balance (exports - imports)",
						"Cán cân thương mại (xuất khẩu - nhập khẩu)", "USD_M", "difference", "EXPORTS", "IMPORTS", "up",
						2, 0));
				out.add(new Ind(0, "PROC_SHARE", "Share of procedures decentralised", "Tỷ lệ thủ tục hành chính được phân cấp",
						"PERCENT", "ratio", "PROC_DECENTRALISED", "PROC_TOTAL", "up", 1, 0));
			}
			out.add(plainIndicator(i));
		}
		List<Ind> numbered = new ArrayList<>();
		for (Ind ind : out) {
			numbered.add(new Ind(numbered.size(), ind.code(), ind.name(), ind.nameVi(), ind.unit(), ind.aggregation(),
					ind.numerator(), ind.denominator(), ind.direction(), ind.decimals(), ind.scale()));
		}
		return numbered;
	}

	private static Ind plainIndicator(int i) {
		if (i < POOL.length) {
			Object[] p = POOL[i];
			return new Ind(0, (String) p[0], (String) p[1], (String) p[2], (String) p[3], (String) p[4], null, null,
					(String) p[5], (Integer) p[6], (Double) p[7]);
		}
		int n = i + 1;
		String[] kind = NUMBERED[(i - POOL.length) % NUMBERED.length];
		String unit = kind[0];
		int decimals = unit.equals("COUNT") ? 0 : unit.equals("PERCENT") ? 1 : 2;
		double scale = switch (unit) {
			case "PERCENT" -> 50.0;
			case "INDEX" -> 101.0;
			case "COUNT" -> 200.0;
			default -> 100.0;
		};
		return new Ind(0, String.format("IND_%03d", n), "Indicator no. " + n, "Chỉ tiêu số " + n + " (tổng hợp)", unit,
				kind[1], null, null, "up", decimals, scale);
	}

}
