package dev.minutes.extract;

import dev.minutes.MinutesException;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.gen.MinutesGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The lines {@code minutes} extracts ({@link PdfTextExtractor}: {@code GlyphLines} and
 * {@code LineCollector}) against the lines of PDFBox's own {@code PDFTextStripper}, page by page: each
 * page's lines, white space collapsed, compared as multisets (the stripper keeps the order text is drawn
 * in, {@code minutes} puts lines in reading order). Run by {@code scripts/compare-stripper.sh
 * [GENERATED_COUNT]}: the fixtures, the committed generated and long documents, GENERATED_COUNT (default
 * 200) freshly generated documents, and the qpdf and real minutes corpora when they are beside the
 * repository. Prints, per group, the pages whose lines are the same and some of the lines that differ.
 */
public final class StripperComparison {
  private static final int EXAMPLES = 8;
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "compare");
    t.setDaemon(true);
    return t;
  });

  /** The counts of one group of documents. */
  static final class Tally {
    int documents, skipped, pages, samePages, oursOnly, stripperOnly;
    final List<String> examples = new ArrayList<>();
  }

  public static void main(String[] args) throws Exception {
    int generated = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path testdata = Fixtures.testdata();
    Map<String, Tally> groups = new LinkedHashMap<>();
    groups.put("fixtures", compareFiles(pdfs(testdata, 1)));
    List<Path> committed = new ArrayList<>(pdfs(testdata.resolve("generated"), 1));
    committed.addAll(pdfs(testdata.resolve("long"), 1));
    groups.put("testdata/generated and testdata/long", compareFiles(committed));
    Tally fresh = new Tally();
    for (long seed = 1; seed <= generated; seed++) {
      MinutesGenerator.Case c = MinutesGenerator.generate(seed);
      compare(PdfRenderer.render(c.truth(), c.style()), "generated seed " + seed, fresh);
    }
    groups.put(generated + " generated documents (seeds 1 to " + generated + ")", fresh);
    Path shared = testdata.toAbsolutePath().getParent().getParent().resolve("shared/corpora");
    for (String corpus : List.of("qpdf-qtest", "real-minutes")) {
      Path dir = shared.resolve(corpus);
      if (Files.isDirectory(dir)) groups.put("../shared/corpora/" + corpus, compareFiles(pdfs(dir, 3)));
      else System.out.println("(no " + dir + ")");
    }
    int pages = 0, same = 0;
    for (var e : groups.entrySet()) {
      Tally t = e.getValue();
      pages += t.pages;
      same += t.samePages;
      System.out.printf(Locale.ROOT, "%s: %d documents (%d not readable), %d pages, %d with the same lines; lines only "
          + "minutes has %d, only the stripper has %d%n", e.getKey(), t.documents, t.skipped, t.pages, t.samePages,
          t.oursOnly, t.stripperOnly);
      t.examples.forEach(x -> System.out.println("  " + x));
    }
    System.out.printf(Locale.ROOT, "all: %d pages, %d with the same lines (%.1f%%)%n", pages, same, 100.0 * same / pages);
  }

  static List<Path> pdfs(Path dir, int depth) throws Exception {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
    }
  }

  static Tally compareFiles(List<Path> files) throws Exception {
    Tally t = new Tally();
    for (Path f : files) compare(Files.readAllBytes(f), f.getFileName().toString(), t);
    return t;
  }

  static void compare(byte[] pdf, String name, Tally t) {
    t.documents++;
    Future<List<List<String>[]>> job = POOL.submit(() -> pages(pdf, name));
    List<List<String>[]> pages;
    try {
      pages = job.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      job.cancel(true);
      t.skipped++;
      return;
    }
    if (pages == null) {
      t.skipped++;
      return;
    }
    for (int i = 0; i < pages.size(); i++) {
      List<String> ours = new ArrayList<>(pages.get(i)[0]), theirs = new ArrayList<>(pages.get(i)[1]);
      List<String> onlyOurs = new ArrayList<>(ours), onlyTheirs = new ArrayList<>(theirs);
      for (String s : theirs) onlyOurs.remove(s);
      for (String s : ours) onlyTheirs.remove(s);
      t.pages++;
      if (onlyOurs.isEmpty() && onlyTheirs.isEmpty()) t.samePages++;
      t.oursOnly += onlyOurs.size();
      t.stripperOnly += onlyTheirs.size();
      if (t.examples.size() < EXAMPLES && !(onlyOurs.isEmpty() && onlyTheirs.isEmpty())) {
        t.examples.add(name + " p" + (i + 1) + ": minutes " + cut(onlyOurs) + " / stripper " + cut(onlyTheirs));
      }
    }
  }

  /** Each page's lines, ours then the stripper's; null when the parser cannot read the file. */
  @SuppressWarnings("unchecked")
  static List<List<String>[]> pages(byte[] pdf, String name) throws Exception {
    DocumentText text;
    try {
      text = new PdfTextExtractor(true).extract(pdf, name);
    } catch (MinutesException e) {
      return null;
    }
    List<List<String>[]> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.setAllSecurityToBeRemoved(true);
      FontGuard.apply(doc);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < text.pages().size(); i++) {
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        List<String> ours = new ArrayList<>();
        for (TextLine l : text.pages().get(i).lines()) add(ours, l.text());
        List<String> theirs = new ArrayList<>();
        for (String l : stripper.getText(doc).split("\\R")) add(theirs, l);
        out.add(new List[] {ours, theirs});
      }
    }
    return out;
  }

  private static void add(List<String> lines, String line) {
    String s = line.replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) lines.add(s);
  }

  private static String cut(List<String> lines) {
    String s = lines.toString();
    return s.length() > 160 ? s.substring(0, 160) + "…]" : s;
  }
}
