package dev.minutes.nlp;

import dev.minutes.MinutesException;
import dev.minutes.clean.PageFurniture;
import dev.minutes.extract.DocumentText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextLine;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.gen.MinutesGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Whether the language detector answers the same on the first {@link LanguageGuess#MAX_CHARS} characters
 * of a document's cleaned text as on the first 4,000, and what each costs. Run by
 * {@code scripts/check-language-sample.sh [GENERATED_COUNT]}: the fixtures, the committed generated and
 * long documents, GENERATED_COUNT (default 1,000) freshly generated documents, and the real minutes and
 * qpdf corpora when they are beside the repository (the documents of those that have text). The text is
 * the parser's sample (cleaned lines, one a line); the rule is {@link LanguageGuess}'s.
 */
public final class LanguageSampleCheck {
  static final int LONG = 4_000;
  private static final LanguageDetectorModel MODEL = Models.load("/langdetect-183.bin", LanguageDetectorModel::new);
  private static final PdfTextExtractor EXTRACTOR = new PdfTextExtractor(true);

  private int documents, same, tooShort;
  private final List<String> different = new ArrayList<>();
  private final List<Double> shortMs = new ArrayList<>(), longMs = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    LanguageSampleCheck check = new LanguageSampleCheck();
    Path testdata = Fixtures.testdata();
    for (Path f : pdfs(testdata, 1)) check.file(f);
    for (Path f : pdfs(testdata.resolve("generated"), 1)) check.file(f);
    for (Path f : pdfs(testdata.resolve("long"), 1)) check.file(f);
    for (long seed = 1; seed <= generated; seed++) {
      MinutesGenerator.Case c = MinutesGenerator.generate(seed);
      check.document(PdfRenderer.render(c.truth(), c.style()), "generated seed " + seed);
    }
    Path shared = testdata.toAbsolutePath().getParent().getParent().resolve("shared/corpora");
    System.out.printf(Locale.ROOT, "  fixtures and generated: %d with text%n", check.documents);
    for (String corpus : List.of("real-minutes", "qpdf-qtest")) {
      int before = check.documents;
      for (Path f : pdfs(shared.resolve(corpus), 3)) check.file(f);
      System.out.printf(Locale.ROOT, "  %s: %d with text%n", corpus, check.documents - before);
    }
    System.out.printf(Locale.ROOT, "%d documents with text (%d more with under %d characters): the same language from "
        + "%d and from %d characters for %d%n", check.documents, check.tooShort, LanguageGuess.MIN_CHARS,
        LanguageGuess.MAX_CHARS, LONG, check.same);
    check.different.forEach(d -> System.out.println("  different: " + d));
    System.out.printf(Locale.ROOT, "detector time, median: %.2f ms on %d characters, %.2f ms on %d%n",
        median(check.shortMs), LanguageGuess.MAX_CHARS, median(check.longMs), LONG);
  }

  static List<Path> pdfs(Path dir, int depth) throws Exception {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
    }
  }

  void file(Path f) throws Exception {
    document(Files.readAllBytes(f), f.getFileName().toString());
  }

  void document(byte[] pdf, String name) {
    DocumentText text;
    try {
      text = EXTRACTOR.extract(pdf, name);
    } catch (MinutesException e) {
      return;
    } catch (RuntimeException e) {
      System.out.println("  not read: " + name + ": " + e);
      return;
    }
    StringBuilder s = new StringBuilder();
    for (TextLine line : PageFurniture.clean(text.pages()).lines()) {
      if (s.length() >= LONG) break;
      s.append(line.text()).append('\n');
    }
    String all = s.toString();
    if (all.strip().length() < LanguageGuess.MIN_CHARS) {
      tooShort++;
      return;
    }
    documents++;
    String a = timed(all.substring(0, Math.min(all.length(), LanguageGuess.MAX_CHARS)), shortMs);
    String b = timed(all.substring(0, Math.min(all.length(), LONG)), longMs);
    if (java.util.Objects.equals(a, b)) same++;
    else different.add(name + ": " + a + " from " + LanguageGuess.MAX_CHARS + ", " + b + " from " + LONG);
  }

  /** {@link LanguageGuess#of}'s rule on exactly this sample, timed. */
  private static String timed(String sample, List<Double> ms) {
    long start = System.nanoTime();
    Language[] ranked = new LanguageDetectorME(MODEL).predictLanguages(sample);
    ms.add((System.nanoTime() - start) / 1e6);
    if (ranked.length == 0) return null;
    if (ranked.length > 1 && ranked[0].getConfidence() < LanguageGuess.MIN_LEAD * ranked[1].getConfidence()) return null;
    return LanguageGuess.iso6391(ranked[0].getLang());
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
  }
}
