package dev.minutes.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.minutes.internal.OneToOne;
import dev.minutes.model.Minutes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A parsed document scored softly against the gold of a real document, as the held-out corpus's
 * {@code score.py} scores it, field for field: {@code date} (1 when equal), {@code people} (F1 of names as
 * token sets), {@code items} (F1 of items with the same number and a title similarity of at least 0.85),
 * {@code order} (1 when the numbers run alike), {@code decide} (the mean similarity of each gold item's
 * decisions to those of its first matching item, 1 when no gold item has decisions) and {@code actions} (F1 of
 * actions with a text similarity of at least 0.8). Similarity is difflib's ratio of the normalised texts.
 */
@JsonPropertyOrder({"date", "people", "items", "order", "decide", "actions", "mean"})
public record SoftScore(double date, double people, double items, double order, double decide, double actions) {
  public static final List<String> FIELDS = List.of("date", "people", "items", "order", "decide", "actions");
  /** The score of a document the parser cannot read. */
  public static final SoftScore ZERO = new SoftScore(0, 0, 0, 0, 0, 0);

  /** Python's {@code \s}: Unicode white space, the separators U+001C to U+001F included. */
  private static final String SPACE =
      "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  private static final Pattern PUNCTUATION = Pattern.compile("[§.:;,()\\[\\]\"'’]");
  private static final Pattern SPACES = Pattern.compile("[" + SPACE + "]+");
  private static final Pattern NUMBER_HEAD = Pattern.compile("^[§" + SPACE + "]+");
  private static final Pattern NUMBER_TAIL = Pattern.compile("[§." + SPACE + "]+$");

  public static SoftScore of(RealGold gold, Minutes parsed) {
    return of(gold, RealGold.of(parsed));
  }

  /** {@code score.py}'s {@code score(truth, got)}. */
  static SoftScore of(RealGold gold, RealGold got) {
    double date = Objects.equals(gold.date(), got.date()) ? 1.0 : 0.0;
    double people = matchF1(names(gold.participants()), names(got.participants()), Set::equals);
    List<RealGold.Item> ti = gold.allItems(), gi = got.allItems();
    double items = matchF1(ti, gi, SoftScore::sameItem);
    double order = ti.stream().map(i -> num(i.number())).toList()
        .equals(gi.stream().map(i -> num(i.number())).toList()) ? 1.0 : 0.0;
    List<Double> vals = new ArrayList<>();
    for (RealGold.Item i : ti) {
      if (i.decisions().isEmpty()) continue;
      List<String> theirs = gi.stream().filter(x -> sameItem(i, x)).findFirst().map(RealGold.Item::decisions)
          .orElse(List.of());
      vals.add(sim(String.join(" ", i.decisions()), String.join(" ", theirs)));
    }
    double decide = 1.0;
    if (!vals.isEmpty()) {
      double sum = 0;
      for (double v : vals) sum += v;
      decide = sum / vals.size();
    }
    double actions = matchF1(actions(ti), actions(gi), (a, b) -> sim(a.text(), b.text()) >= 0.8);
    return new SoftScore(date, people, items, order, decide, actions);
  }

  @JsonProperty("mean")
  public double mean() {
    return (date + people + items + order + decide + actions) / 6;
  }

  /** The fields in the order of {@link #FIELDS}. */
  public double[] values() {
    return new double[] {date, people, items, order, decide, actions};
  }

  /** The field-by-field mean of the scores (none: {@link #ZERO}). */
  public static SoftScore average(List<SoftScore> scores) {
    double[] sum = new double[FIELDS.size()];
    for (SoftScore s : scores) {
      double[] v = s.values();
      for (int f = 0; f < sum.length; f++) sum[f] += v[f];
    }
    int n = Math.max(1, scores.size());
    return new SoftScore(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
  }

  /** Folds Unicode compatibility forms, soft hyphens, zero-width spaces, case, punctuation and white space. */
  static String norm(String s) {
    s = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replace("\u00ad", "").replace("\u200b", "");
    s = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static double sim(String a, String b) {
    a = norm(a);
    b = norm(b);
    if (a.isEmpty() && b.isEmpty()) return 1.0;
    return SequenceMatcher.ratio(a, b);
  }

  /** An item number without § and white space around it or dots after it; null is empty. */
  public static String num(String n) {
    String s = NUMBER_HEAD.matcher(n == null ? "" : n).replaceAll("");
    return NUMBER_TAIL.matcher(s).replaceAll("").strip();
  }

  /** Same number, and titles at least 0.85 alike. */
  private static boolean sameItem(RealGold.Item a, RealGold.Item b) {
    return num(a.number()).equals(num(b.number())) && sim(a.title(), b.title()) >= 0.85;
  }

  /**
   * F1 of a greedy matching: each gold value takes the first unused value that is the same. 1 when both are
   * empty.
   */
  public static <G, T> double matchF1(List<G> gold, List<T> got, BiPredicate<G, T> same) {
    if (gold.isEmpty() && got.isEmpty()) return 1.0;
    int tp = OneToOne.matches(gold, got, same);
    if (tp == 0) return 0.0;
    double p = (double) tp / got.size(), r = (double) tp / gold.size();
    return 2 * p * r / (p + r);
  }

  private static List<Set<String>> names(List<String> names) {
    List<Set<String>> sets = new ArrayList<>();
    for (String n : names) {
      String s = norm(n);
      sets.add(s.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(s.split(" "))));
    }
    return sets;
  }

  private static List<RealGold.Action> actions(List<RealGold.Item> items) {
    return items.stream().flatMap(i -> i.actions().stream()).toList();
  }
}
