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
 * of a document's cleaned text as on the first 4,000, and what each costs; and whether {@link LanguageWeights}
 * ranks every language exactly as OpenNLP's {@code LanguageDetectorME} with the model itself does (the same
 * order, the same probabilities to the last bit) on both samples of every document. Run by
 * {@code scripts/check-language-sample.sh [GENERATED_COUNT]}: every PDF below {@code testdata/} (fixtures,
 * generated, long, zoo, families, malformed, regressions), GENERATED_COUNT (default 1,000) freshly generated
 * documents, and the real minutes and qpdf corpora when they are beside the repository (the documents of those that have text). The text is
 * the parser's sample (cleaned lines, one a line); the rule is {@link LanguageGuess}'s.
 */
public final class LanguageSampleCheck {
  static final int LONG = 4_000;
  private static final LanguageDetectorModel MODEL;
  private static final LanguageWeights WEIGHTS;
  private static final double MODEL_MS, WEIGHTS_MS;

  static {
    long start = System.nanoTime();
    MODEL = Models.load("/langdetect-183.bin", LanguageDetectorModel::new);
    MODEL_MS = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    try (var in = LanguageSampleCheck.class.getResourceAsStream(LanguageWeights.RESOURCE)) {
      WEIGHTS = LanguageWeights.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    WEIGHTS_MS = (System.nanoTime() - start) / 1e6;
  }
  private static final PdfTextExtractor EXTRACTOR = new PdfTextExtractor(true);

  private int documents, same, tooShort, rankedAlike;
  private final List<String> different = new ArrayList<>(), rankedOtherwise = new ArrayList<>();
  private final List<Double> shortMs = new ArrayList<>(), longMs = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    LanguageSampleCheck check = new LanguageSampleCheck();
    Path testdata = Fixtures.testdata();
    for (Path f : pdfs(testdata, Integer.MAX_VALUE)) check.file(f);
    System.out.printf(Locale.ROOT, "  testdata/ (every PDF below it): %d with text%n", check.documents);
    int fromTestdata = check.documents;
    for (long seed = 1; seed <= generated; seed++) {
      MinutesGenerator.Case c = MinutesGenerator.generate(seed);
      check.document(PdfRenderer.render(c.truth(), c.style()), "generated seed " + seed);
    }
    Path shared = testdata.toAbsolutePath().getParent().getParent().resolve("shared/corpora");
    System.out.printf(Locale.ROOT, "  freshly generated: %d with text%n", check.documents - fromTestdata);
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
    System.out.printf(Locale.ROOT, "LanguageWeights against the model: every language ranked alike, with the same "
        + "probabilities, on both samples of %d of %d documents%n", check.rankedAlike, check.documents);
    check.rankedOtherwise.forEach(d -> System.out.println("  ranked otherwise: " + d));
    System.out.printf(Locale.ROOT, "loading (in this JVM, not cold): the model %.0f ms, the weights %.0f ms%n", MODEL_MS,
        WEIGHTS_MS);
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
    if (alike(all.substring(0, Math.min(all.length(), LanguageGuess.MAX_CHARS)))
        & alike(all.substring(0, Math.min(all.length(), LONG)))) {
      rankedAlike++;
    } else {
      rankedOtherwise.add(name);
    }
    if (java.util.Objects.equals(a, b)) same++;
    else different.add(name + ": " + a + " from " + LanguageGuess.MAX_CHARS + ", " + b + " from " + LONG);
  }

  /** Whether the weights rank every language as the model does, with bit-for-bit the same probabilities. */
  static boolean alike(String sample) {
    Language[] model = new LanguageDetectorME(MODEL).predictLanguages(sample);
    LanguageWeights.Scored[] weights = WEIGHTS.rank(sample);
    if (model.length != weights.length) return false;
    for (int i = 0; i < model.length; i++) {
      if (!model[i].getLang().equals(weights[i].lang())
          || Double.doubleToLongBits(model[i].getConfidence()) != Double.doubleToLongBits(weights[i].confidence())) {
        return false;
      }
    }
    return true;
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
