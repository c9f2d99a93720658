package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesException.Kind;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.OddPdfs;
import dev.minutes.model.Minutes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable input throws one exception whose kind says why, with a message naming the file. */
class BadInputTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();
  @TempDir Path dir;

  private MinutesException fails(String name, byte[] bytes, Kind kind) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    MinutesException e = assertThrows(MinutesException.class, () -> PARSER.parse(file));
    assertEquals(kind, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith(name + ": ") || e.getMessage().startsWith(name + " is "), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  @Test
  void emptyFile() throws Exception {
    assertEquals("empty.pdf: not a PDF: the file is empty", fails("empty.pdf", new byte[0], Kind.NOT_A_PDF).getMessage());
  }

  @Test
  void randomBytes() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    fails("random.pdf", bytes, Kind.NOT_A_PDF);
  }

  @Test
  void textFileNamedPdf() throws Exception {
    assertEquals("notes.pdf is text/plain, not a PDF",
        fails("notes.pdf", "Kommunchefsmöte\n1. Mötet öppnas\n".getBytes(StandardCharsets.UTF_8), Kind.NOT_A_PDF).getMessage());
  }

  @Test
  void wordDocumentNamedPdf() throws Exception {
    // A .docx is a zip archive; Tika's core detector names the container.
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
      z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("minutes.pdf is application/zip, not a PDF", fails("minutes.pdf", zip.toByteArray(), Kind.NOT_A_PDF).getMessage());
  }

  @Test
  void aPdfCutInsideItsFirstPageIsDamaged() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.testdata().resolve("english.pdf"));
    // Cut inside the first page's content: PDFBox can rebuild nothing useful from 600 bytes.
    fails("truncated.pdf", Arrays.copyOf(whole, 600), Kind.DAMAGED);
  }

  @Test
  void passwordProtectedPdf() throws Exception {
    MinutesException e = fails("secret.pdf", OddPdfs.encrypted("user-secret"), Kind.PASSWORD_REQUIRED);
    assertEquals("secret.pdf: the PDF is encrypted and needs a password", e.getMessage());
  }

  @Test
  void pdfProtectedOnlyByAnOwnerPasswordParsesNormally() throws Exception {
    Path file = dir.resolve("owner-only.pdf");
    Files.write(file, OddPdfs.encrypted(""));
    Minutes m = PARSER.parse(file);
    assertEquals("Steering group meeting, Northern Libraries", m.meeting().title());
    assertEquals(5, m.items().size());
  }

  @Test
  void imageOnlyPdfHasNoTextLayer() throws Exception {
    // With OCR off; with OCR (the default) Tesseract reads the picture's word: see OcrRulesTest and ScannedTest.
    MinutesException e = assertThrows(MinutesException.class, () -> MinutesParser.builder()
        .ocr(dev.minutes.extract.ocr.OcrMode.NEVER).build().parse(OddPdfs.imageOnly(), "scan.pdf"));
    assertEquals(Kind.NO_TEXT, e.kind());
    assertTrue(e.getMessage().endsWith("it looks scanned, and OCR is off"), e.getMessage());
  }

  @Test
  void missingFileAndDirectory() {
    MinutesException e = assertThrows(MinutesException.class, () -> PARSER.parse(dir.resolve("nope.pdf")));
    assertEquals(Kind.IO, e.kind());
    assertEquals("nope.pdf: cannot be read: no such file", e.getMessage());
    assertEquals(Kind.IO, assertThrows(MinutesException.class, () -> PARSER.parse(dir)).kind());
  }

  @Test
  void aStreamParsesLikeTheFile() throws Exception {
    Path file = Fixtures.testdata().resolve("english.pdf");
    Minutes fromFile = PARSER.parse(file);
    try (var in = Files.newInputStream(file)) {
      Minutes fromStream = PARSER.parse(in);
      assertEquals(fromFile.items(), fromStream.items());
      assertEquals(fromFile.source().sha256(), fromStream.source().sha256());
      assertEquals(null, fromStream.source().file());
    }
    MinutesException e = assertThrows(MinutesException.class,
        () -> PARSER.parse(new java.io.ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8))));
    assertEquals("stream is text/plain, not a PDF", e.getMessage());
  }
}
