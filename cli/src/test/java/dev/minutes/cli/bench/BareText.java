package dev.minutes.cli.bench;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Bare PDFBox text extraction of one PDF to standard output: the benchmark's yardstick for a whole process. */
public final class BareText {
  public static void main(String[] args) throws Exception {
    try (PDDocument d = Loader.loadPDF(new File(args[0]))) {
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      out.print(new PDFTextStripper().getText(d));
      out.flush();
    }
  }
}
