package dev.minutes.cli;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.eval.Evaluation;
import dev.minutes.eval.Evaluation.FieldReport;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the parser against gold data: every x.pdf under GOLD_DIR that has an x.gold.json.",
        "Per field: precision, recall and F1 under strict and soft matching, the Levenshtein ratio of text "
            + "fields, and the share of documents with every field right."})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD_DIR", description = "folder with x.pdf and x.gold.json pairs (searched recursively)")
  Path dir;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON to FILE")
  Path json;

  @Option(names = "--min-f1", paramLabel = "F1",
      description = "exit with code 5 when a structural field's strict F1 is below F1")
  Double minF1;

  @Override
  public Integer call() throws Exception {
    MinutesParser parser = MinutesParser.builder().build();
    List<Evaluation.Document> docs = new ArrayList<>();
    for (Path pdf : pairs()) {
      Minutes gold;
      try (InputStream in = Files.newInputStream(gold(pdf))) {
        gold = MinutesJson.read(in);
      }
      long start = System.nanoTime();
      Minutes parsed;
      try {
        parsed = parser.parse(pdf);
      } catch (MinutesException e) {
        spec.commandLine().getErr().println("minutes: " + e.getMessage());
        parsed = null;
      }
      docs.add(new Evaluation.Document(dir.relativize(pdf).toString(), gold, parsed, (System.nanoTime() - start) / 1e9));
    }
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("minutes: " + dir + ": no x.pdf with an x.gold.json beside it");
      return ExitCodes.USAGE;
    }
    Evaluation.Report report = Evaluation.evaluate(docs);
    print(report, spec.commandLine().getOut());
    if (json != null) {
      dev.minutes.cli.bulk.AtomicFiles.write(json, (MinutesJson.toJson(report, true) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    if (minF1 != null) {
      List<String> below = report.fields().stream().filter(f -> f.structural() && f.strict().f1() < minF1 - 1e-9)
          .map(FieldReport::field).toList();
      if (!below.isEmpty()) {
        spec.commandLine().getErr().printf("minutes: strict F1 below %.2f: %s%n", minF1, String.join(", ", below));
        return ExitCodes.BELOW_THRESHOLD;
      }
    }
    return ExitCodes.OK;
  }

  private List<Path> pairs() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
          .filter(p -> Files.exists(gold(p))).sorted().toList();
    }
  }

  private static Path gold(Path pdf) {
    String name = pdf.getFileName().toString();
    return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".gold.json");
  }

  static void print(Evaluation.Report r, PrintWriter out) {
    out.printf("%-22s %-23s %-23s %-7s %s%n", "", "strict", "soft", "", "");
    out.printf("%-22s %-7s %-7s %-7s  %-7s %-7s %-7s  %-7s %s%n", "field", "P", "R", "F1", "P", "R", "F1", "lev", "support");
    for (FieldReport f : r.fields()) {
      out.printf("%-22s %-7.3f %-7.3f %-7.3f  %-7.3f %-7.3f %-7.3f  %-7s %d%n", f.field(), f.strict().precision(),
          f.strict().recall(), f.strict().f1(), f.soft().precision(), f.soft().recall(), f.soft().f1(),
          f.levenshtein() == null ? "-" : String.format("%.3f", f.levenshtein()), f.support());
    }
    out.printf("%ndocuments: %d (%d unreadable); every field right: %.1f%%; %.3f s per document%n", r.documents(),
        r.failed(), 100 * r.allFieldsRight(), r.secondsPerDocument());
    r.wrongDocuments().forEach((doc, fields) -> out.printf("  wrong in %s: %s%n", doc, String.join(", ", fields)));
    out.flush();
  }
}
