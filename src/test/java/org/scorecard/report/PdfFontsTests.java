package org.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts' fonts are registered with AWT from files in the output folder: given a stream, AWT copies
 * a font to a temporary file ({@code +~JF...tmp}, about 400 KB) in the system's temp folder, which a
 * killed run leaves behind.
 */
class PdfFontsTests {

	@TempDir
	Path dir;

	@Test
	void shouldRegisterTheChartFontsFromFilesInTheOutputFolder() throws IOException {
		FileTime started = FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime());
		Pdf.registerWithAwt(dir.resolve(".fonts"));
		new Pdf();
		assertThat(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
			.contains(Pdf.AWT_FAMILY);
		try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(temp.filter(f -> f.getFileName().toString().startsWith("+~JF")).filter(f -> {
				try {
					return Files.getLastModifiedTime(f).compareTo(started) >= 0;
				}
				catch (IOException ex) {
					return false;
				}
			})).as("AWT's temporary font copies made since this JVM started").isEmpty();
		}
	}

}
