package dev.minutes.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores parsed documents against gold documents field by field, as GROBID's end-to-end evaluation
 * does: per field, precision, recall and F1 over the field's values, under strict matching (values equal)
 * and soft matching (Unicode NFC, case, punctuation and white space folded); for text fields also the
 * Levenshtein ratio of each item's text; and the share of documents with every field right.
 */
public final class Evaluation {
  /** One document: its name, its gold, what the parser gave (null when it failed) and the seconds it took. */
  public record Document(String name, Minutes gold, Minutes parsed, double seconds) {}

  @JsonPropertyOrder({"precision", "recall", "f1"})
  public record Scores(double precision, double recall, double f1) {
    static Scores of(long tp, long fp, long fn) {
      double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  @JsonPropertyOrder({"field", "structural", "strict", "soft", "levenshtein", "support"})
  public record FieldReport(String field, boolean structural, Scores strict, Scores soft, Double levenshtein,
                            long support) {}

  /**
   * The scores; {@code flaggedDocuments} names the documents whose result carries a self-check warning (see
   * {@link dev.minutes.check.SelfChecks}), with those warnings' codes.
   */
  @JsonPropertyOrder({"documents", "failed", "allFieldsRight", "secondsPerDocument", "fields", "wrongDocuments",
      "flaggedDocuments"})
  public record Report(int documents, int failed, double allFieldsRight, double secondsPerDocument,
                       List<FieldReport> fields, Map<String, List<String>> wrongDocuments,
                       Map<String, List<String>> flaggedDocuments) {
    public FieldReport field(Field f) {
      return fields.stream().filter(r -> r.field().equals(f.label())).findFirst().orElseThrow();
    }
  }

  private Evaluation() {}

  public static Report evaluate(List<Document> documents) {
    return evaluate(documents, java.util.EnumSet.allOf(Field.class));
  }

  /** Scores only {@code scored}: gold that annotates some fields only (real documents) is scored on those. */
  public static Report evaluate(List<Document> documents, Set<Field> scored) {
    List<Field> fieldList = java.util.Arrays.stream(Field.values()).filter(scored::contains).toList();
    Map<Field, long[]> strict = new EnumMap<>(Field.class), soft = new EnumMap<>(Field.class);
    Map<Field, double[]> lev = new EnumMap<>(Field.class);
    Map<String, List<String>> wrong = new java.util.TreeMap<>();
    int allRight = 0, failed = 0;
    double seconds = 0;
    for (Field f : fieldList) {
      strict.put(f, new long[3]);
      soft.put(f, new long[3]);
      lev.put(f, new double[2]);
    }
    Map<String, List<String>> flagged = new java.util.TreeMap<>();
    for (Document d : documents) {
      seconds += d.seconds();
      Minutes parsed = d.parsed() == null ? empty() : d.parsed();
      List<String> checks = parsed.warnings().stream().map(dev.minutes.model.Warning::code)
          .filter(dev.minutes.check.SelfChecks::isCheck).distinct().sorted().toList();
      if (!checks.isEmpty()) flagged.put(d.name(), checks);
      if (d.parsed() == null) failed++;
      List<String> wrongFields = new ArrayList<>();
      for (Field f : fieldList) {
        List<List<String>> g = f.values(d.gold()), p = f.values(parsed);
        long[] s = count(g, p, false);
        add(strict.get(f), s);
        add(soft.get(f), count(g, p, true));
        if (s[1] + s[2] > 0) wrongFields.add(f.label());
        if (!f.structural()) {
          for (String item : itemKeys(d.gold())) {
            String a = f.textOf(d.gold(), item), b = f.textOf(parsed, item);
            if (a.isEmpty() && b.isEmpty()) continue;
            lev.get(f)[0] += ratio(a, b) * Math.max(a.length(), b.length());
            lev.get(f)[1] += Math.max(a.length(), b.length());
          }
        }
      }
      if (wrongFields.isEmpty()) allRight++;
      else wrong.put(d.name(), wrongFields);
    }
    List<FieldReport> fields = new ArrayList<>();
    for (Field f : fieldList) {
      long[] s = strict.get(f), o = soft.get(f);
      double[] l = lev.get(f);
      fields.add(new FieldReport(f.label(), f.structural(), Scores.of(s[0], s[1], s[2]), Scores.of(o[0], o[1], o[2]),
          f.structural() ? null : l[1] == 0 ? 1.0 : l[0] / l[1], s[0] + s[2]));
    }
    int n = documents.size();
    return new Report(n, failed, n == 0 ? 0 : (double) allRight / n, n == 0 ? 0 : seconds / n, fields, wrong, flagged);
  }

  private static void add(long[] into, long[] c) {
    for (int i = 0; i < 3; i++) into[i] += c[i];
  }

  /** True positives, false positives, false negatives between two multisets of values. */
  static long[] count(List<List<String>> gold, List<List<String>> parsed, boolean soft) {
    Map<List<String>, Integer> remaining = new HashMap<>();
    for (List<String> g : gold) remaining.merge(key(g, soft), 1, Integer::sum);
    long tp = 0;
    for (List<String> p : parsed) {
      List<String> k = key(p, soft);
      Integer left = remaining.get(k);
      if (left != null && left > 0) {
        remaining.put(k, left - 1);
        tp++;
      }
    }
    return new long[] {tp, parsed.size() - tp, gold.size() - tp};
  }

  private static List<String> key(List<String> value, boolean soft) {
    List<String> v = value.stream().map(Evaluation::redact).toList();
    return soft ? v.stream().map(Evaluation::fold).toList() : v;
  }

  private static final java.util.regex.Pattern PERSONNUMMER = java.util.regex.Pattern.compile("\\b\\d{6}-\\d{4}\\b");

  /** Swedish personal identity numbers stand as {@code [personnummer]} on both sides: gold does not copy them. */
  static String redact(String s) {
    return s.indexOf('-') < 0 ? s : PERSONNUMMER.matcher(s).replaceAll("[personnummer]");
  }

  /** Soft matching: NFC, lower case, punctuation dropped, white space collapsed. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ").strip();
  }

  private static Set<String> itemKeys(Minutes m) {
    Set<String> out = new LinkedHashSet<>();
    for (Item i : m.allItems()) out.add(Field.key(i));
    return out;
  }

  /** 1 minus the edit distance over the longer length; 1 for two empty strings. */
  static double ratio(String a, String b) {
    int n = Math.max(a.length(), b.length());
    return n == 0 ? 1 : 1 - (double) levenshtein(a, b) / n;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Minutes empty() {
    return new Minutes(Minutes.SCHEMA_VERSION, null, dev.minutes.model.Meeting.empty(), List.of(), List.of());
  }
}
