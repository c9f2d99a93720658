package dev.minutes.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the malformed-PDF corpus in {@code testdata/malformed/}: each file a way a PDF goes wrong,
 * and {@code expected.tsv}, the outcome each must get (a result, or the parser's error of a kind).
 * Run by {@code testdata/make-malformed.sh}; deterministic.
 */
public final class MakeMalformed {
  public static void main(String[] args) throws Exception {
    Path testdata = Path.of(args[0]);
    Path dir = testdata.resolve("malformed");
    Files.createDirectories(dir);
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    byte[] plain = Files.readAllBytes(testdata.resolve("seed-plain.pdf"));
    byte[] english = Files.readAllBytes(testdata.resolve("english.pdf"));

    for (int percent : new int[] {1, 5, 10, 25, 50, 75, 90, 99}) {
      // seed-plain.pdf keeps its page tree in an object stream near the end: cut before it, no page is left.
      put(files, expected, "truncated-" + percent + ".pdf", Arrays.copyOf(plain, plain.length * percent / 100),
          percent < 99 ? "DAMAGED" : "ok");
    }
    Random random = new Random(2018_11_14L);
    for (int i = 1; i <= 4; i++) {
      byte[] b = english.clone();
      for (int k = 0; k < 10 * i; k++) b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
      // The flips (fixed seed) leave no page that PDFBox can read.
      put(files, expected, "flipped-" + i + ".pdf", b, "DAMAGED");
    }
    put(files, expected, "valid-minimal.pdf", pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 4), text("1. Mötet öppnas"))), "ok");
    put(files, expected, "broken-xref.pdf", breakXref(pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 4),
        text("1. Mötet öppnas")))), "ok");
    put(files, expected, "no-xref.pdf", dropXref(pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 4),
        text("1. Mötet öppnas")))), "ok");
    put(files, expected, "missing-content-object.pdf", pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 9))), "NO_TEXT");
    put(files, expected, "missing-pages-object.pdf", pdf(List.of(catalog(7))), "DAMAGED");
    put(files, expected, "deep-nesting-array.pdf", pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 4),
        "<< /Length 0 /Deep " + "[".repeat(100_000) + "]".repeat(100_000) + " >>\nstream\n\nendstream")), "NO_TEXT");
    put(files, expected, "deep-nesting-dict.pdf", pdf(List.of(catalog(2), pages("3 0 R", 1), page(2, 4),
        "<< /Length 0 /D " + "<< /D ".repeat(50_000) + ">> ".repeat(50_000) + ">>\nstream\n\nendstream")), "NO_TEXT");
    put(files, expected, "deep-nesting-forms.pdf", formLoop(), "NO_TEXT");
    put(files, expected, "page-tree-loop.pdf", pdf(List.of(catalog(2), "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        page(2, 4), text("1. Mötet öppnas"))), "ok");
    put(files, expected, "huge-page-count.pdf", pdf(List.of(catalog(2), pages("3 0 R", 2_000_000_000), page(2, 4),
        text("1. Mötet öppnas"))), "ok");
    put(files, expected, "empty-page.pdf", pdf(List.of(catalog(2), pages("3 0 R", 1), "<< /Type /Page /Parent 2 0 R "
        + "/MediaBox [0 0 595 842] >>")), "NO_TEXT");
    put(files, expected, "zero-pages.pdf", pdf(List.of(catalog(2), "<< /Type /Pages /Kids [] /Count 0 >>")), "DAMAGED");
    put(files, expected, "header-only.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "DAMAGED");
    put(files, expected, "garbage-after-header.pdf", garbage(random), "DAMAGED");
    // a result where Tesseract reads the picture's word, no text where it is not installed
    put(files, expected, "image-only.pdf", dev.minutes.fixtures.OddPdfs.imageOnly(), "ocr");
    put(files, expected, "encrypted-user-password.pdf", dev.minutes.fixtures.OddPdfs.encrypted("user-secret"),
        "PASSWORD_REQUIRED");
    put(files, expected, "encrypted-owner-password-only.pdf", dev.minutes.fixtures.OddPdfs.encrypted(""), "ok");

    StringBuilder tsv = new StringBuilder("# file\texpected outcome: ok (a result) or the kind of the parser's error\n");
    for (var e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
      tsv.append(e.getKey()).append('\t').append(expected.get(e.getKey())).append('\n');
    }
    Files.writeString(dir.resolve("expected.tsv"), tsv.toString());
    System.out.println(files.size() + " malformed files in " + dir);
  }

  private static void put(Map<String, byte[]> files, Map<String, String> expected, String name, byte[] bytes,
                          String outcome) {
    files.put(name, bytes);
    expected.put(name, outcome);
  }

  private static String catalog(int pagesObject) {
    return "<< /Type /Catalog /Pages " + pagesObject + " 0 R >>";
  }

  private static String pages(String kids, int count) {
    return "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>";
  }

  private static String page(int parent, int content) {
    return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 595 842] /Contents " + content
        + " 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        + "/Encoding /WinAnsiEncoding >> >> >> >>";
  }

  private static String text(String s) {
    String ops = "BT /F1 12 Tf 56 780 Td (" + s.replace("ö", "\\366") + ") Tj ET";
    return "<< /Length " + ops.length() + " >>\nstream\n" + ops + "\nendstream";
  }

  /** A page whose form XObject draws itself: unbounded recursion unless the reader guards it. */
  private static byte[] formLoop() {
    String ops = "q /X1 Do Q";
    return pdf(List.of(catalog(2), pages("3 0 R", 1),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /X1 5 0 R >> >> >>",
        "<< /Length " + ops.length() + " >>\nstream\n" + ops + "\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >> /Length "
            + ops.length() + " >>\nstream\n" + ops + "\nendstream"));
  }

  private static byte[] garbage(Random random) {
    byte[] b = new byte[8192];
    random.nextBytes(b);
    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  /** A PDF of the given objects, numbered from 1, with a correct cross-reference table. */
  static byte[] pdf(List<String> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int o : offsets) x.append(String.format("%010d 00000 n \n", o));
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    write(out, x.toString());
    return out.toByteArray();
  }

  /** Every offset in the table shifted, as an editor that rewrote the file without fixing it leaves it. */
  private static byte[] breakXref(byte[] pdf) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      out.append(line.matches("\\d{10} 00000 n ") ? String.format("%010d 00000 n ", Long.parseLong(line.substring(0, 10)) + 7)
          : line).append('\n');
    }
    return out.substring(0, out.length() - 1).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The cross-reference table and trailer cut off. */
  private static byte[] dropXref(byte[] pdf) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    return s.substring(0, s.indexOf("xref\n")).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
