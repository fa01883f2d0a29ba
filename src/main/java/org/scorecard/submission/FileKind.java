package org.scorecard.submission;

import java.util.Locale;

import org.scorecard.text.Message;

/**
 * What a file of the inbox is, by its name: a CSV or a workbook to read (XLSX and XLSM, Excel 97-2003
 * XLS), a spreadsheet of a kind this program does not read (refused whole as an unreadable file, so
 * the agency learns why its submission did not count), or anything else, which is listed as skipped.
 */
public enum FileKind {

	CSV, XLSX, XLS, REFUSED, SKIPPED;

	public static FileKind of(String path) {
		if (skipReason(path) != null) {
			return SKIPPED;
		}
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return CSV;
		}
		if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
			return XLSX;
		}
		if (lower.endsWith(".xls")) {
			return XLS;
		}
		if (refusal(path) != null) {
			return REFUSED;
		}
		return SKIPPED;
	}

	/** Whether the file's rows are read (a refused file is not, but it counts as unreadable). */
	public boolean isRead() {
		return this == CSV || this == XLSX || this == XLS;
	}

	/** Why a file the program never reads is skipped, or null for one it reads or refuses. */
	public static Message skipReason(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.startsWith("~$")) {
			return Message.of("skip.excel_lock");
		}
		if (name.startsWith(".~lock.") && name.endsWith("#")) {
			return Message.of("skip.libreoffice_lock");
		}
		if (name.startsWith("._")) {
			return Message.of("skip.macos");
		}
		if (lower.equals("thumbs.db") || lower.equals("desktop.ini") || lower.equals(".ds_store")) {
			return Message.of("skip.system");
		}
		String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.')) : "";
		return switch (extension) {
			case ".csv", ".xlsx", ".xlsm", ".xls", ".ods", ".xlsb", ".numbers", ".fods" -> null;
			default -> Message.of("skip.extension");
		};
	}

	/** Why a spreadsheet of a kind this program does not read is refused, or null for any other file. */
	public static Message refusal(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".ods") || lower.endsWith(".fods")) {
			return Message.of("refuse.ods");
		}
		if (lower.endsWith(".xlsb")) {
			return Message.of("refuse.xlsb");
		}
		if (lower.endsWith(".numbers")) {
			return Message.of("refuse.numbers");
		}
		return null;
	}

}
