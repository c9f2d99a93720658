package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesException.Kind;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Minutes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
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
    assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
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
    fails("notes.pdf", "Kommunchefsmöte\n1. Mötet öppnas\n".getBytes(StandardCharsets.UTF_8), Kind.NOT_A_PDF);
  }

  @Test
  void truncatedPdfIsDamagedOrReadInPart() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.testdata().resolve("english.pdf"));
    // Cut inside the first page's content: PDFBox can rebuild nothing useful from 600 bytes.
    fails("truncated.pdf", Arrays.copyOf(whole, 600), Kind.DAMAGED);
  }

  @Test
  void passwordProtectedPdf() throws Exception {
    MinutesException e = fails("secret.pdf", encrypted("user-secret"), Kind.PASSWORD_REQUIRED);
    assertEquals("secret.pdf: the PDF is encrypted and needs a password", e.getMessage());
  }

  @Test
  void pdfProtectedOnlyByAnOwnerPasswordParsesNormally() throws Exception {
    Path file = dir.resolve("owner-only.pdf");
    Files.write(file, encrypted(""));
    Minutes m = PARSER.parse(file);
    assertEquals("Steering group meeting, Northern Libraries", m.meeting().title());
    assertEquals(5, m.items().size());
  }

  @Test
  void imageOnlyPdfHasNoTextLayer() throws Exception {
    MinutesException e = fails("scan.pdf", imageOnly(), Kind.NO_TEXT);
    assertTrue(e.getMessage().contains("OCR is not supported"), e.getMessage());
  }

  @Test
  void missingFileAndDirectory() {
    MinutesException e = assertThrows(MinutesException.class, () -> PARSER.parse(dir.resolve("nope.pdf")));
    assertEquals(Kind.IO, e.kind());
    assertEquals("nope.pdf: cannot be read: no such file", e.getMessage());
    assertEquals(Kind.IO, assertThrows(MinutesException.class, () -> PARSER.parse(dir)).kind());
  }

  /** The English fixture encrypted with an owner password and the given user password, printing only. */
  static byte[] encrypted(String userPassword) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Fixtures.testdata().resolve("english.pdf").toFile())) {
      AccessPermission perms = new AccessPermission();
      perms.setCanExtractContent(false);
      perms.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, perms);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** One page holding only a picture, as a scanner makes it. */
  static byte[] imageOnly() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      image.getGraphics().drawString("Kommunchefsmöte", 10, 50);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(LosslessFactory.createFromImage(doc, image), 50, 500, 400, 200);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
