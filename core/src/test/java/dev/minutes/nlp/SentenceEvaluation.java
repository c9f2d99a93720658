package dev.minutes.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence detector scored against a split made by hand: a TSV of paragraphs, two columns that say where
 * each comes from, then one sentence per column. Each paragraph is given to the detector as its sentences
 * joined by one space. Counted: the sentences the detector does not give back exactly ("split wrongly"),
 * and the sentence boundaries inside paragraphs it misses or adds.
 */
public final class SentenceEvaluation {
  /** One paragraph of the hand split. */
  public record Paragraph(String where, List<String> sentences) {
    String text() {
      return String.join(" ", sentences);
    }
  }

  /** The scores of one split. */
  public record Result(String name, int paragraphs, int sentences, int boundaries, List<String> wrongSentences,
                       List<String> missedBoundaries, List<String> addedBoundaries) {
    public String summary() {
      return String.format(Locale.ROOT, "%s: %d paragraphs, %d sentences, %d boundaries inside paragraphs; "
          + "%d sentences split wrongly; boundaries missed %d, added %d", name, paragraphs, sentences, boundaries,
          wrongSentences.size(), missedBoundaries.size(), addedBoundaries.size());
    }
  }

  private SentenceEvaluation() {}

  public static List<Paragraph> read(Path tsv) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] cols = line.split("\t");
      out.add(new Paragraph(cols[0] + " " + cols[1], List.copyOf(Arrays.asList(cols).subList(2, cols.length))));
    }
    return out;
  }

  public static Result score(String name, List<Paragraph> split, TextAnalyzer analyzer) {
    int sentences = 0, boundaries = 0;
    List<String> wrong = new ArrayList<>(), missed = new ArrayList<>(), added = new ArrayList<>();
    for (Paragraph p : split) {
      String text = p.text();
      List<String> got = analyzer.sentences(text);
      sentences += p.sentences().size();
      boundaries += p.sentences().size() - 1;
      List<String> notGiven = new ArrayList<>(p.sentences());
      for (String g : got) notGiven.remove(g);
      for (String s : notGiven) wrong.add(p.where() + ": " + s + " -> " + got);
      Set<Integer> gold = starts(text, p.sentences()), found = starts(text, got);
      for (int at : gold) if (!found.contains(at)) missed.add(p.where() + ": " + around(text, at));
      for (int at : found) if (!gold.contains(at)) added.add(p.where() + ": " + around(text, at));
    }
    return new Result(name, split.size(), sentences, boundaries, wrong, missed, added);
  }

  /** Where each sentence after the first starts in the paragraph's text. */
  private static Set<Integer> starts(String text, List<String> sentences) {
    Set<Integer> out = new TreeSet<>();
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int at = text.indexOf(sentences.get(i), from);
      if (at < 0) throw new IllegalStateException("not in order in the paragraph: " + sentences.get(i));
      if (i > 0) out.add(at);
      from = at + sentences.get(i).length();
    }
    return out;
  }

  private static String around(String text, int at) {
    return "…" + text.substring(Math.max(0, at - 30), at) + " | " + text.substring(at, Math.min(text.length(), at + 30)) + "…";
  }

  /** The splits the README reports: the seed's (development) and the real minutes' (held out). */
  public static List<Result> reported(Path testdata) throws IOException {
    TextAnalyzer sv = TextAnalyzer.forLanguage("sv");
    return List.of(score("seed (testdata/src/seed.sentences.tsv)", read(testdata.resolve("src/seed.sentences.tsv")), sv),
        score("real minutes (testdata/src/real.sentences.tsv)", read(testdata.resolve("src/real.sentences.tsv")), sv));
  }

  /** Prints the figures and every error. Argument: the testdata folder. */
  public static void main(String[] args) throws IOException {
    for (Result r : reported(Path.of(args.length > 0 ? args[0] : "testdata"))) {
      System.out.println(r.summary());
      r.wrongSentences().forEach(s -> System.out.println("  split wrongly: " + s));
      r.missedBoundaries().forEach(s -> System.out.println("  boundary missed: " + s));
      r.addedBoundaries().forEach(s -> System.out.println("  boundary added: " + s));
    }
  }
}
