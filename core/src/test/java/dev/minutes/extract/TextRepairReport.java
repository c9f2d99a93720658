package dev.minutes.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures the glyph text repair ({@link GlyphTextRepair}) on a folder of PDFs: per file, the glyphs whose
 * text the repair changed, the share of tokens that are not words ({@link TextQuality}) before and after,
 * in the whole file and on its worst page (of {@value TextQuality#MIN_TOKENS} tokens or more), the pages
 * judged garbled before and after, and, where word lists are given, the share of letter runs
 * that no list holds, before and after.
 *
 * <pre>TextRepairReport [FOLDER] [--words LIST]...</pre>
 *
 * Run it through {@code scripts/text-repair.sh}.
 */
public final class TextRepairReport {
  private TextRepairReport() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of("../shared/corpora/real-minutes");
    Set<String> words = new HashSet<>();
    List<String> lists = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--words") && i + 1 < args.length) {
        Path list = Path.of(args[++i]);
        if (Files.isRegularFile(list)) {
          for (String w : read(list).split("\\R")) if (!w.isBlank()) words.add(w.strip().toLowerCase(Locale.ROOT));
          lists.add(list.getFileName().toString());
        }
      } else {
        folder = Path.of(args[i]);
      }
    }
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(folder)) {
      pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
    }
    System.out.printf("%s: %d PDFs%s%n", folder, pdfs.size(),
        lists.isEmpty() ? "" : "; word lists " + String.join(", ", lists) + " (" + words.size() + " words)");
    System.out.printf("%-58s %8s %16s %16s %10s %16s%n", "file", "repaired", "non-words", "worst page", "garbled",
        "not in lists");
    for (Path pdf : pdfs) {
      byte[] bytes = Files.readAllBytes(pdf);
      Result before, after;
      try {
        before = extract(bytes, false, words);
        after = extract(bytes, true, words);
      } catch (IOException | RuntimeException e) {
        System.out.printf("%-58s %s%n", name(folder, pdf), "unreadable: " + e.getMessage());
        continue;
      }
      System.out.printf("%-58s %8d %7s → %-6s %7s → %-6s %4d → %-3d %16s%n", name(folder, pdf), after.repaired,
          percent(before.count.share()), percent(after.count.share()), percent(before.worstPage),
          percent(after.worstPage), before.garbledPages, after.garbledPages,
          words.isEmpty() ? "-" : percent(before.unknown()) + " → " + percent(after.unknown()));
    }
  }

  private record Result(int repaired, TextQuality.Count count, int garbledPages, double worstPage, int runs,
      int unknownRuns) {
    double unknown() {
      return runs == 0 ? 0 : (double) unknownRuns / runs;
    }
  }

  private static Result extract(byte[] bytes, boolean repair, Set<String> words) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      FontGuard.apply(document);
      LineCollector collector = new LineCollector(repair);
      List<PageText> pages = collector.collect(document);
      TextQuality.Count count = new TextQuality.Count(0, 0);
      int garbled = 0, runs = 0, unknown = 0;
      double worst = 0;
      for (PageText page : pages) {
        TextQuality.Count c = TextQuality.count(page.lines());
        if (c.tokens() >= TextQuality.MIN_TOKENS) worst = Math.max(worst, c.share());
        count = new TextQuality.Count(count.tokens() + c.tokens(), count.nonWords() + c.nonWords());
        if (TextQuality.garbled(page)) garbled++;
        if (words.isEmpty()) continue;
        for (TextLine line : page.lines()) {
          for (String run : line.text().split("[^\\p{L}]+")) {
            if (run.length() < 2) continue;
            runs++;
            if (!words.contains(run.toLowerCase(Locale.ROOT))) unknown++;
          }
        }
      }
      return new Result(collector.repairedGlyphs(), count, garbled, worst, runs, unknown);
    }
  }

  /** A word list in UTF-8, else in ISO 8859-1 (Debian's Swedish list). */
  private static String read(Path list) throws IOException {
    byte[] bytes = Files.readAllBytes(list);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static String name(Path folder, Path pdf) {
    String n = folder.relativize(pdf).toString();
    return n.length() > 58 ? n.substring(0, 55) + "…" : n;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
