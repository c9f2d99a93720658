package dev.minutes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Swedish sentence model ({@code core/src/main/nlp/sv-sentences.txt}, trained by {@code TrainSwedish}
 * in the build) against two splits made by hand:
 * <ul>
 *   <li>the seed's paragraphs ({@code testdata/src/seed.sentences.tsv}): a development split. The training
 *       sample holds none of the seed's text, but it was written while looking at the seed's errors;</li>
 *   <li>paragraphs of real Swedish minutes ({@code testdata/src/real.sentences.tsv}): held out. They were
 *       split by reading, after the sample was cleaned; do not extend the sample by looking at their
 *       errors, or this figure becomes a training score too.</li>
 * </ul>
 * Prints the figures the README gives: {@code mvn -B -q -pl core test -Dtest=SentenceEvaluationTest}. The
 * bounds below are the measured figures, so that a worse model fails the build.
 */
class SentenceEvaluationTest {
  @Test
  void printsTheFiguresOnTheSeedAndOnRealMinutes() throws Exception {
    List<SentenceEvaluation.Result> results = SentenceEvaluation.reported(Fixtures.testdata());
    for (SentenceEvaluation.Result r : results) {
      System.out.println(r.summary());
      r.wrongSentences().forEach(s -> System.out.println("  split wrongly: " + s));
    }
    SentenceEvaluation.Result seed = results.get(0), real = results.get(1);
    assertEquals(133, seed.sentences());
    assertTrue(seed.wrongSentences().size() <= 0, seed.summary());
    assertEquals(272, real.sentences());
    assertTrue(real.wrongSentences().size() <= 10, real.summary());
  }

  /**
   * No sentence of the training sample is a copy or a near copy of evaluation text: of a sentence of either
   * hand split, or of any text of the seed's content model (titles, paragraphs, actions). Near: the same
   * words, a run of five words in common, or at least half of the two sentences' distinct words shared.
   */
  @Test
  void theTrainingSampleHoldsNoEvaluationText() throws Exception {
    Path testdata = Fixtures.testdata();
    List<String> evaluation = new ArrayList<>();
    for (String split : List.of("src/seed.sentences.tsv", "src/real.sentences.tsv")) {
      SentenceEvaluation.read(testdata.resolve(split)).forEach(p -> evaluation.addAll(p.sentences()));
    }
    strings(MinutesJson.mapper().readTree(testdata.resolve("src/seed.content.json").toFile()), evaluation);
    List<String> copies = new ArrayList<>();
    Path sample = testdata.resolveSibling("core/src/main/nlp/sv-sentences.txt");
    List<String> sentences = Files.readAllLines(sample, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    System.out.println("training sample: " + sentences.size() + " sentences, checked against " + evaluation.size()
        + " strings of evaluation text");
    for (String line : sentences) {
      for (String e : evaluation) {
        if (nearCopy(line, e)) copies.add(line + "  ~  " + e);
      }
    }
    assertEquals(List.of(), copies);
  }

  @Test
  void nearCopiesAreFound() {
    assertTrue(nearCopy("Se bifogad fil.", "Se bifogad fil"));
    assertTrue(nearCopy("Utbildningen är webbaserad och lektionerna skickas ut per e-post.",
        "Utbildningen är webb-baserad och lektioner skickas ut per e-post."));
    assertTrue(nearCopy("Magnus föredrar ärendet vid regionrådet.", "Magnus Haglund föredrar ärendet vid Regionrådsmötet."));
    assertTrue(!nearCopy("Ärendet bordlades.", "Ärendet antecknades för kännedom."));
  }

  static boolean nearCopy(String a, String b) {
    List<String> ta = words(a), tb = words(b);
    if (ta.equals(tb)) return true;
    Set<String> runs = runs(ta, 5);
    runs.retainAll(runs(tb, 5));
    if (!runs.isEmpty()) return true;
    Set<String> sa = new HashSet<>(ta), sb = new HashSet<>(tb);
    if (sa.size() < 3 || sb.size() < 3) return false;
    Set<String> both = new HashSet<>(sa);
    both.retainAll(sb);
    Set<String> either = new HashSet<>(sa);
    either.addAll(sb);
    return both.size() * 2 >= either.size();
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Set<String> runs(List<String> words, int n) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + n <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + n)));
    return out;
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) out.add(node.asText());
    node.forEach(child -> strings(child, out));
  }
}
