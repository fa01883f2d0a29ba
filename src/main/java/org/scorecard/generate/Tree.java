package org.scorecard.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated agency tree: one nation, ministries and provinces under it, trade offices abroad
 * (missions) under the first ministry, departments under provinces (about two thirds) and ministries.
 * Every agency reports except the nation and every fourth ministry (aggregators, whose figures are
 * rolled up). Nations, ministries and provinces report every indicator; departments and missions a
 * subset (the two procedure counts together or not at all).
 */
final class Tree {

	/** One agency; {@code parent} is -1 for the nation. */
	static final class Node {

		final int index;

		final String code;

		final String name;

		final String nameVi;

		final String kind;

		final int parent;

		final String email;

		final boolean reports;

		final List<Integer> children = new ArrayList<>();

		boolean[] indicators;

		int reported;

		Node(int index, String code, String name, String nameVi, String kind, int parent, String email, boolean reports) {
			this.index = index;
			this.code = code;
			this.name = name;
			this.nameVi = nameVi;
			this.kind = kind;
			this.parent = parent;
			this.email = email;
			this.reports = reports;
		}

		boolean reports(int indicator) {
			return reports && indicators[indicator];
		}

		String csv(List<Node> all) {
			return String.join(",", code, Csv.quote(name), Csv.quote(nameVi), kind, parent < 0 ? "" : all.get(parent).code,
					email == null ? "" : email, reports ? "yes" : "no");
		}

	}

	private static final String[][] MINISTRIES = { { "MOIT", "Ministry of Industry and Trade", "Bộ Công Thương" },
			{ "MOF", "Ministry of Finance", "Bộ Tài chính" }, { "MOFA", "Ministry of Foreign Affairs", "Bộ Ngoại giao" },
			{ "MOJ", "Ministry of Justice", "Bộ Tư pháp" }, { "MOH", "Ministry of Health", "Bộ Y tế" },
			{ "MOET", "Ministry of Education and Training", "Bộ Giáo dục và Đào tạo" },
			{ "MAE", "Ministry of Agriculture and Environment", "Bộ Nông nghiệp và Môi trường" },
			{ "MOC", "Ministry of Construction", "Bộ Xây dựng" }, { "MOHA", "Ministry of Home Affairs", "Bộ Nội vụ" },
			{ "MOST", "Ministry of Science and Technology", "Bộ Khoa học và Công nghệ" },
			{ "MOCST", "Ministry of Culture, Sports and Tourism", "Bộ Văn hóa, Thể thao và Du lịch" },
			{ "MPS", "Ministry of Public Security", "Bộ Công an" }, { "MND", "Ministry of National Defence", "Bộ Quốc phòng" },
			{ "MEM", "Ministry of Ethnic and Religious Affairs", "Bộ Dân tộc và Tôn giáo" },
			{ "SBV", "State Bank of Viet Nam", "Ngân hàng Nhà nước Việt Nam" },
			{ "GI", "Government Inspectorate", "Thanh tra Chính phủ" },
			{ "GO", "Government Office", "Văn phòng Chính phủ" } };

	private static final String[][] PROVINCES = { { "HN", "Hanoi", "Hà Nội" }, { "HCM", "Ho Chi Minh City", "Thành phố Hồ Chí Minh" },
			{ "HP", "Hai Phong", "Hải Phòng" }, { "DNG", "Da Nang", "Đà Nẵng" }, { "CT", "Can Tho", "Cần Thơ" },
			{ "LC", "Lao Cai", "Lào Cai" }, { "QN", "Quang Ninh", "Quảng Ninh" }, { "BN", "Bac Ninh", "Bắc Ninh" },
			{ "HY", "Hung Yen", "Hưng Yên" }, { "HD", "Hai Duong", "Hải Dương" }, { "TB", "Thai Binh", "Thái Bình" },
			{ "ND", "Nam Dinh", "Nam Định" }, { "NB", "Ninh Binh", "Ninh Bình" }, { "HNA", "Ha Nam", "Hà Nam" },
			{ "VP", "Vinh Phuc", "Vĩnh Phúc" }, { "PT", "Phu Tho", "Phú Thọ" }, { "TN", "Thai Nguyen", "Thái Nguyên" },
			{ "BG", "Bac Giang", "Bắc Giang" }, { "LS", "Lang Son", "Lạng Sơn" }, { "CB", "Cao Bang", "Cao Bằng" },
			{ "HG", "Ha Giang", "Hà Giang" }, { "TQ", "Tuyen Quang", "Tuyên Quang" }, { "YB", "Yen Bai", "Yên Bái" },
			{ "BK", "Bac Kan", "Bắc Kạn" }, { "DB", "Dien Bien", "Điện Biên" }, { "LCH", "Lai Chau", "Lai Châu" },
			{ "SL", "Son La", "Sơn La" }, { "HB", "Hoa Binh", "Hòa Bình" }, { "TH", "Thanh Hoa", "Thanh Hóa" },
			{ "NA", "Nghe An", "Nghệ An" }, { "HT", "Ha Tinh", "Hà Tĩnh" }, { "QB", "Quang Binh", "Quảng Bình" },
			{ "QT", "Quang Tri", "Quảng Trị" }, { "HUE", "Hue", "Huế" }, { "QNA", "Quang Nam", "Quảng Nam" },
			{ "QNG", "Quang Ngai", "Quảng Ngãi" }, { "BDI", "Binh Dinh", "Bình Định" }, { "PY", "Phu Yen", "Phú Yên" },
			{ "KH", "Khanh Hoa", "Khánh Hòa" }, { "NT", "Ninh Thuan", "Ninh Thuận" }, { "BTH", "Binh Thuan", "Bình Thuận" },
			{ "KT", "Kon Tum", "Kon Tum" }, { "GL", "Gia Lai", "Gia Lai" }, { "DLK", "Dak Lak", "Đắk Lắk" },
			{ "DNO", "Dak Nong", "Đắk Nông" }, { "LD", "Lam Dong", "Lâm Đồng" }, { "BP", "Binh Phuoc", "Bình Phước" },
			{ "TNI", "Tay Ninh", "Tây Ninh" }, { "BD", "Binh Duong", "Bình Dương" }, { "DNA", "Dong Nai", "Đồng Nai" },
			{ "BRVT", "Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu" }, { "LA", "Long An", "Long An" },
			{ "TG", "Tien Giang", "Tiền Giang" }, { "BTR", "Ben Tre", "Bến Tre" }, { "TV", "Tra Vinh", "Trà Vinh" },
			{ "VL", "Vinh Long", "Vĩnh Long" }, { "DT", "Dong Thap", "Đồng Tháp" }, { "AG", "An Giang", "An Giang" },
			{ "KG", "Kien Giang", "Kiên Giang" }, { "HGI", "Hau Giang", "Hậu Giang" }, { "ST", "Soc Trang", "Sóc Trăng" },
			{ "BL", "Bac Lieu", "Bạc Liêu" }, { "CM", "Ca Mau", "Cà Mau" } };

	private static final String[][] PROVINCE_DEPARTMENTS = {
			{ "SCT", "Department of Industry and Trade", "Sở Công Thương" },
			{ "STC", "Department of Finance", "Sở Tài chính" }, { "SNV", "Department of Home Affairs", "Sở Nội vụ" },
			{ "STP", "Department of Justice", "Sở Tư pháp" }, { "SYT", "Department of Health", "Sở Y tế" },
			{ "SGDDT", "Department of Education and Training", "Sở Giáo dục và Đào tạo" },
			{ "SXD", "Department of Construction", "Sở Xây dựng" },
			{ "SNNMT", "Department of Agriculture and Environment", "Sở Nông nghiệp và Môi trường" },
			{ "SKHCN", "Department of Science and Technology", "Sở Khoa học và Công nghệ" },
			{ "SVHTTDL", "Department of Culture, Sports and Tourism", "Sở Văn hóa, Thể thao và Du lịch" },
			{ "BQLKCN", "Industrial Zones Authority", "Ban Quản lý các khu công nghiệp" },
			{ "TTPVHCC", "Public Administration Service Centre", "Trung tâm Phục vụ hành chính công" } };

	private static final String[][] MINISTRY_DEPARTMENTS = { { "XNK", "Agency of Foreign Trade", "Cục Xuất nhập khẩu" },
			{ "TMDT", "E-commerce and Digital Economy Agency", "Cục Thương mại điện tử và Kinh tế số" },
			{ "KSTT", "Administrative Procedures Control Agency", "Cục Kiểm soát thủ tục hành chính" },
			{ "TK", "Statistics Office", "Cục Thống kê" }, { "DTNN", "Foreign Investment Agency", "Cục Đầu tư nước ngoài" },
			{ "HQ", "Customs Department", "Cục Hải quan" }, { "THUE", "Tax Department", "Cục Thuế" },
			{ "QLTT", "Market Surveillance Department", "Cục Quản lý thị trường" },
			{ "CNTT", "Information Technology Department", "Cục Công nghệ thông tin" },
			{ "KHTC", "Planning and Finance Department", "Vụ Kế hoạch - Tài chính" } };

	private static final String[][] COUNTRIES = { { "CN", "China", "Trung Quốc" }, { "US", "the United States", "Hoa Kỳ" },
			{ "JP", "Japan", "Nhật Bản" }, { "KR", "the Republic of Korea", "Hàn Quốc" }, { "DE", "Germany", "Đức" },
			{ "FR", "France", "Pháp" }, { "GB", "the United Kingdom", "Vương quốc Anh" }, { "AU", "Australia", "Úc" },
			{ "IN", "India", "Ấn Độ" }, { "SG", "Singapore", "Xinh-ga-po" }, { "TH", "Thailand", "Thái Lan" },
			{ "RU", "Russia", "Liên bang Nga" }, { "CA", "Canada", "Ca-na-đa" }, { "IT", "Italy", "I-ta-li-a" },
			{ "NL", "the Netherlands", "Hà Lan" }, { "LA", "Laos", "Lào" }, { "KH", "Cambodia", "Cam-pu-chia" },
			{ "BR", "Brazil", "Bra-xin" }, { "AE", "the United Arab Emirates", "Các Tiểu vương quốc Ả-rập Thống nhất" },
			{ "ZA", "South Africa", "Nam Phi" } };

	private Tree() {
	}

	/** {@code n} agencies (at least 4) in file order: parents before their children. */
	static List<Node> of(int n, long seed, List<Catalogue.Ind> indicators) {
		int ministries = Math.clamp(Math.round(n * 0.03), 1, MINISTRIES.length);
		int missions = n >= 10 ? Math.clamp(n / 40, 1, COUNTRIES.length * 5) : 0;
		int provinces = (int) Math.max(1, Math.round(n * 0.06));
		int departments = n - 1 - ministries - missions - provinces;
		if (departments < 1) {
			provinces = Math.max(1, provinces + departments - 1);
			departments = n - 1 - ministries - missions - provinces;
		}
		List<Node> nodes = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		nodes.add(new Node(0, "VN", "Viet Nam", "Việt Nam", "nation", -1, "tonghop@chinhphu.vn", false));
		codes.add("VN");
		List<Integer> ministryIndex = new ArrayList<>();
		for (int i = 0; i < ministries; i++) {
			String[] m = MINISTRIES[i];
			boolean aggregator = i % 4 == 1;
			ministryIndex.add(add(nodes, codes, m[0], m[1], m[2], "ministry", 0, email(m[0], i), !aggregator));
		}
		List<Integer> provinceIndex = new ArrayList<>();
		for (int i = 0; i < provinces; i++) {
			String[] p = PROVINCES[i % PROVINCES.length];
			int round = i / PROVINCES.length;
			String suffix = round == 0 ? "" : " " + (round + 1);
			String en = p[1].endsWith("City") || p[1].equals("Hanoi") || p[1].equals("Hai Phong") || p[1].equals("Da Nang")
					|| p[1].equals("Can Tho") || p[1].equals("Hue") ? p[1] : p[1] + " Province";
			String vi = p[2].startsWith("Thành phố") ? p[2] : (i < 5 || p[1].equals("Hue") ? "Thành phố " : "Tỉnh ") + p[2];
			provinceIndex.add(add(nodes, codes, p[0] + (round == 0 ? "" : Integer.toString(round + 1)), en + suffix,
					vi + suffix, "province", 0, email(p[0], i), true));
		}
		int trade = ministryIndex.get(0);
		for (int i = 0; i < missions; i++) {
			String[] c = COUNTRIES[i % COUNTRIES.length];
			int round = i / COUNTRIES.length;
			String suffix = round == 0 ? "" : " (" + (round + 1) + ")";
			add(nodes, codes, "TO-" + c[0] + (round == 0 ? "" : Integer.toString(round + 1)), "Trade Office in " + c[1] + suffix,
					"Thương vụ Việt Nam tại " + c[2] + suffix, "mission", trade, i % 3 == 2 ? null : email("to-" + c[0], i),
					true);
		}
		int[] perParent = new int[n];
		for (int i = 0; i < departments; i++) {
			boolean underProvince = i % 3 != 2;
			int parent = underProvince ? provinceIndex.get((i - i / 3) % provinceIndex.size())
					: ministryIndex.get((i / 3) % ministryIndex.size());
			String[][] kinds = underProvince ? PROVINCE_DEPARTMENTS : MINISTRY_DEPARTMENTS;
			int k = perParent[parent]++;
			String[] d = kinds[k % kinds.length];
			int round = k / kinds.length;
			Node p = nodes.get(parent);
			String code = p.code + "-" + d[0] + (round == 0 ? "" : Integer.toString(round + 1));
			String place = underProvince ? stripKind(p.name) : p.name;
			String placeVi = underProvince ? stripKindVi(p.nameVi) : p.nameVi;
			String suffix = round == 0 ? "" : " " + (round + 1);
			String en = underProvince ? d[1] + suffix + " of " + place : d[1] + suffix + " (" + place + ")";
			String vi = underProvince ? d[2] + suffix + " " + placeVi : d[2] + suffix + " - " + placeVi;
			add(nodes, codes, code, en, vi, "department", parent, i % 5 == 4 ? null : email(code, i), true);
		}
		for (Node node : nodes) {
			if (node.parent >= 0) {
				nodes.get(node.parent).children.add(node.index);
			}
			node.indicators = subset(node, seed, indicators);
			for (boolean b : node.indicators) {
				node.reported += b ? 1 : 0;
			}
		}
		return nodes;
	}

	private static int add(List<Node> nodes, Set<String> codes, String code, String name, String nameVi, String kind,
			int parent, String email, boolean reports) {
		String unique = code;
		for (int k = 2; !codes.add(unique); k++) {
			unique = code + "_" + k;
		}
		if (!unique.matches("[A-Z0-9_-]{1,32}")) {
			throw new IllegalStateException("generated agency code " + unique + " is not valid");
		}
		nodes.add(new Node(nodes.size(), unique, name, nameVi, kind, parent, email, reports));
		return nodes.size() - 1;
	}

	private static String email(String code, int i) {
		return "baocao" + (i % 7 == 6 ? "+" + i : "") + "@" + code.toLowerCase(java.util.Locale.ROOT) + ".gov.vn";
	}

	private static String stripKind(String name) {
		return name.endsWith(" Province") ? name.substring(0, name.length() - " Province".length()) : name;
	}

	private static String stripKindVi(String name) {
		return name.startsWith("Tỉnh ") ? name.substring("Tỉnh ".length()) : name;
	}

	/** Which of the indicators the agency reports (none of the derived ones). */
	private static boolean[] subset(Node node, long seed, List<Catalogue.Ind> indicators) {
		boolean[] out = new boolean[indicators.size()];
		boolean all = node.kind.equals("nation") || node.kind.equals("ministry") || node.kind.equals("province");
		double share = node.kind.equals("mission") ? 0.5 : 0.85;
		int count = 0;
		int firstPlain = -1;
		for (Catalogue.Ind ind : indicators) {
			if (ind.derived()) {
				continue;
			}
			firstPlain = firstPlain < 0 ? ind.index() : firstPlain;
			String key = ind.code().equals("PROC_DECENTRALISED") ? "PROC_TOTAL" : ind.code();
			out[ind.index()] = all || Hash.unit(seed, 11, node.index, key.hashCode()) < share;
			count += out[ind.index()] ? 1 : 0;
		}
		if (count == 0) {
			out[firstPlain] = true;
		}
		return out;
	}

}
