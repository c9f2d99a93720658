package dev.minutes.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.minutes.json.MinutesJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Soft scores of real documents: each document's, each source's (the mean of its documents, sources in the
 * order they first come), and overall both as the mean over documents and as the mean over sources
 * ({@code macro}, where a source of many documents weighs as much as one of few).
 */
@JsonPropertyOrder({"overall", "macro", "sources", "documents"})
public record SoftScoreReport(Row overall, Row macro, List<Row> sources, List<DocumentScore> documents) {
  /**
   * One document's score; {@code error} says why the parser could not read it (it then scores 0 on every
   * field), else null.
   */
  @JsonPropertyOrder({"source", "name", "score", "error"})
  public record DocumentScore(String source, String name, SoftScore score,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String error) {}

  /** A mean score over {@code documents} documents. */
  @JsonPropertyOrder({"label", "documents", "score"})
  public record Row(String label, int documents, SoftScore score) {}

  public SoftScoreReport {
    sources = List.copyOf(sources);
    documents = List.copyOf(documents);
  }

  public static SoftScoreReport of(List<DocumentScore> documents) {
    Map<String, List<SoftScore>> bySource = new LinkedHashMap<>();
    for (DocumentScore d : documents) bySource.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d.score());
    List<Row> sources = new ArrayList<>();
    bySource.forEach((source, scores) -> sources.add(new Row(source, scores.size(), SoftScore.average(scores))));
    Row overall = new Row("documents", documents.size(),
        SoftScore.average(documents.stream().map(DocumentScore::score).toList()));
    Row macro = new Row("sources", documents.size(), SoftScore.average(sources.stream().map(Row::score).toList()));
    return new SoftScoreReport(overall, macro, sources, documents);
  }

  /**
   * The report as a plain-text table: a line for each document, then for each source, then the mean over
   * documents and over sources; then the documents the parser could not read, with the reason.
   */
  public String table() {
    List<List<Row>> blocks = List.of(
        documents.stream().map(d -> new Row(d.source() + "/" + d.name(), 1, d.score())).toList(),
        sources.stream().map(s -> new Row(s.label() + " (" + s.documents() + ")", s.documents(), s.score())).toList(),
        List.of(new Row("mean over " + documents.size() + " documents", overall.documents(), overall.score()),
            new Row("mean over " + sources.size() + " sources", macro.documents(), macro.score())));
    int width = blocks.stream().flatMap(List::stream).mapToInt(r -> r.label().length()).max().orElse(0);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ""));
    for (String f : SoftScore.FIELDS) out.append(String.format(Locale.ROOT, " %7s", f));
    out.append(String.format(Locale.ROOT, " %7s%n", "mean"));
    for (List<Row> block : blocks) {
      for (Row r : block) {
        out.append(String.format(Locale.ROOT, "%-" + width + "s", r.label()));
        for (double v : r.score().values()) out.append(String.format(Locale.ROOT, " %7.3f", v));
        out.append(String.format(Locale.ROOT, " %7.3f%n", r.score().mean()));
      }
      out.append(String.format("%n"));
    }
    for (DocumentScore d : documents) {
      if (d.error() != null) out.append(String.format("unreadable: %s/%s: %s%n", d.source(), d.name(), d.error()));
    }
    return out.toString();
  }

  public String json() {
    return MinutesJson.toJson(this, true);
  }
}
