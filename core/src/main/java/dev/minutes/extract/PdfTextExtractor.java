package dev.minutes.extract;

import dev.minutes.MinutesException;
import dev.minutes.MinutesException.Kind;
import dev.minutes.extract.ocr.OcrReader;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Stage 1: PDF bytes to positioned lines and metadata. Unreadable input becomes a {@link MinutesException}. */
public final class PdfTextExtractor {
  private final boolean bundledFonts;
  private final OcrReader.Settings ocr;

  /** @param bundledFonts map fonts the PDF does not embed to PDFBox's bundled font (no system scan); no OCR */
  public PdfTextExtractor(boolean bundledFonts) {
    this(bundledFonts, OcrReader.Settings.never());
  }

  /**
   * @param bundledFonts map fonts the PDF does not embed to PDFBox's bundled font (no system scan)
   * @param ocr which pages are read by OCR, and how ({@link OcrReader})
   */
  public PdfTextExtractor(boolean bundledFonts, OcrReader.Settings ocr) {
    this.bundledFonts = bundledFonts;
    this.ocr = ocr;
  }

  public DocumentText extract(byte[] pdf, String name) throws MinutesException {
    checkHeader(pdf, name);
    if (bundledFonts) BundledFontMapper.install();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.setAllSecurityToBeRemoved(true);
      if (document.getNumberOfPages() == 0) {
        throw new MinutesException(Kind.DAMAGED, name + ": damaged PDF: no pages could be read");
      }
      FontGuard.apply(document);
      List<PageText> pages = new LineCollector().collect(document);
      // Pages without usable text are read by OCR; a document left without any text is unreadable.
      OcrReader.Result read = OcrReader.read(document, pages, name, ocr);
      PDDocumentInformation info = document.getDocumentInformation();
      return new DocumentText(read.pages(), clean(info.getProducer()), clean(info.getTitle()),
          clean(info.getAuthor()), instant(info.getCreationDate()), read.ocrPages(), read.warnings());
    } catch (InvalidPasswordException e) {
      throw new MinutesException(Kind.PASSWORD_REQUIRED, name + ": the PDF is encrypted and needs a password", e);
    } catch (IOException e) {
      throw new MinutesException(Kind.DAMAGED, name + ": damaged PDF: " + oneLine(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox signals some malformed structures with runtime exceptions or unbounded recursion.
      throw new MinutesException(Kind.DAMAGED, name + ": damaged PDF: " + oneLine(e), e);
    }
  }

  /**
   * A PDF starts with {@code %PDF-} within its first kilobyte (readers allow leading junk). Bytes without
   * it that still hold PDF objects are a PDF whose header was damaged: they go to the reader, and count
   * as damaged if it cannot read them. Anything else is not a PDF.
   */
  private static void checkHeader(byte[] bytes, String name) throws MinutesException {
    if (bytes.length == 0) throw new MinutesException(Kind.NOT_A_PDF, name + ": not a PDF: the file is empty");
    if (indexOf(bytes, "%PDF-", 1024) >= 0) return;
    boolean pdfObjects = indexOf(bytes, " obj", 1 << 20) >= 0
        && (indexOf(bytes, "endobj", 1 << 20) >= 0 || indexOf(bytes, "trailer", 1 << 20) >= 0);
    if (!pdfObjects) {
      String type = FileType.detect(bytes);
      throw new MinutesException(Kind.NOT_A_PDF, "application/octet-stream".equals(type)
          ? name + ": not a PDF: no %PDF- header" : name + " is " + type + ", not a PDF");
    }
  }

  private static int indexOf(byte[] bytes, String ascii, int within) {
    byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int limit = Math.min(bytes.length, within) - needle.length;
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) continue outer;
      }
      return i;
    }
    return -1;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static String clean(String s) {
    if (s == null) return null;
    s = s.replace('\u0000', ' ').strip();
    return s.isEmpty() ? null : s;
  }

  private static String instant(Calendar c) {
    if (c == null) return null;
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.toInstant().atZone(c.getTimeZone().toZoneId())
          .toOffsetDateTime());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
