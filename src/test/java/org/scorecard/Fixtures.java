package org.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small reference folders and submission files written into a test's temporary folder. */
public final class Fixtures {

	public static final String SUBMISSION_HEADER = "agency,period,indicator,value,unit,submitted_at,note\n";

	private Fixtures() {
	}

	/** A reference folder: a nation, a province with Vietnamese name, a department, five indicators. */
	public static Path reference(Path dir) {
		write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				""");
		write(dir.resolve("indicators.csv"), """
				code,name,name_vi,unit,aggregation,numerator,denominator,direction,decimals
				EXPORTS,Exports,Xuất khẩu,USD_M,sum,,,up,2
				IMPORTS,Imports,Nhập khẩu,USD_M,sum,,,up,2
				BALANCE,Trade balance,Cán cân,USD_M,difference,EXPORTS,IMPORTS,up,2
				PROC_TOTAL,Procedures,Thủ tục,COUNT,last,,,up,0
				PROC_DEC,Procedures decentralised,Thủ tục phân cấp,COUNT,last,,,up,0
				PROC_SHARE,Share decentralised,Tỷ lệ,PERCENT,ratio,PROC_DEC,PROC_TOTAL,up,1
				GDP_GROWTH,GDP growth,Tăng trưởng GDP,PERCENT,avg,,,up,1
				COST,Compliance cost saved,Chi phí,VND_BN,sum,,,up,2
				""");
		write(dir.resolve("targets.csv"), """
				indicator,agency,year,measure,operator,value,value_max,tolerance
				EXPORTS,HN,2026,growth_ytd,>=,5,,
				""");
		write(dir.resolve("tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on
				T1,Report trade,Resolution 59,HN,2026-06-30,
				""");
		write(dir.resolve("rules.csv"), """
				left,operator,right,message
				PROC_DEC,<=,PROC_TOTAL,Decentralised cannot exceed the total
				""");
		return dir;
	}

	public static Path write(Path file, String content) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path submission(Path file, String... rows) {
		return write(file, SUBMISSION_HEADER + String.join("\n", rows) + "\n");
	}

	/** An XLSX whose sheet inflates from about 250 KB to 256 MB of white space: a zip bomb. */
	public static Path zipBomb(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
					+ "<sheets><sheet name=\"Form\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
			zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			OutputStream out = zip;
			out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			// 256 MB of white space inflates from about 250 KB
			for (int i = 0; i < 256; i++) {
				out.write(spaces);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

}
