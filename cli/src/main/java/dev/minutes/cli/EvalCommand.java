package dev.minutes.cli;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.eval.Evaluation;
import dev.minutes.eval.Evaluation.FieldReport;
import dev.minutes.eval.Field;
import dev.minutes.extract.ocr.OcrMode;
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

  @Option(names = "--pdfs", paramLabel = "DIR",
      description = "read each x.pdf from DIR at the gold's relative path instead of beside its gold (gold kept "
          + "apart from its PDFs); gold whose PDF is absent is skipped")
  Path pdfs;

  @Option(names = "--fields", paramLabel = "FIELD", split = ",",
      description = "score only these fields (default: all), e.g. meeting.date,meeting.participants,item.title")
  List<String> fields;

  @Option(names = "--exclude", paramLabel = "PATH", split = ",",
      description = "leave out gold under PATH, relative to GOLD_DIR (default: scanned, the scanned fixtures, which "
          + "take minutes of OCR and are scored on their own: eval testdata/scanned); --exclude= leaves out nothing")
  List<Path> exclude = new ArrayList<>(List.of(Path.of("scanned")));

  @Option(names = "--ocr", paramLabel = "MODE", description = "read pages by OCR: auto (the default), always or never")
  OcrMode ocr = OcrMode.AUTO;

  @Option(names = "--index", paramLabel = "FILE",
      description = "a TSV of file (relative, without .pdf), group and split: also report each group and split")
  Path index;

  @Override
  public Integer call() throws Exception {
    java.util.Set<Field> scored = java.util.EnumSet.allOf(Field.class);
    if (fields != null) {
      scored.clear();
      for (String f : fields) {
        Field field = Field.of(f.strip());
        if (field == null) {
          spec.commandLine().getErr().println("minutes: --fields: no field " + f.strip());
          return ExitCodes.USAGE;
        }
        scored.add(field);
      }
    }
    MinutesParser parser = MinutesParser.builder().ocr(ocr).build();
    List<Evaluation.Document> docs = new ArrayList<>();
    int skipped = 0;
    for (Path goldFile : golds()) {
      Path pdf = pdfFor(goldFile);
      if (!Files.exists(pdf)) {
        skipped++;
        continue;
      }
      Minutes gold;
      try (InputStream in = Files.newInputStream(goldFile)) {
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
      String name = dir.relativize(goldFile).toString().replaceAll("\\.gold\\.json$", ".pdf");
      docs.add(new Evaluation.Document(name, gold, parsed, (System.nanoTime() - start) / 1e9));
    }
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("minutes: " + dir + ": no x.pdf with an x.gold.json "
          + (pdfs == null ? "beside it" : "whose PDF is in " + pdfs));
      return ExitCodes.USAGE;
    }
    Evaluation.Report report = Evaluation.evaluate(docs, scored);
    PrintWriter out = spec.commandLine().getOut();
    if (skipped > 0) out.printf("(%d gold files skipped: their PDFs are not in %s)%n%n", skipped, pdfs == null ? dir : pdfs);
    if (index != null) {
      java.util.Map<String, List<Evaluation.Document>> groups = groups(docs);
      for (var g : groups.entrySet()) {
        out.printf("== %s (%d documents)%n", g.getKey(), g.getValue().size());
        print(Evaluation.evaluate(g.getValue(), scored), out);
        out.println();
      }
      out.printf("== all (%d documents)%n", docs.size());
    }
    print(report, out);
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

  private List<Path> golds() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".gold.json"))
          .filter(p -> exclude.stream().noneMatch(x -> !x.toString().isEmpty() && dir.relativize(p).startsWith(x)))
          .sorted().toList();
    }
  }

  /** Beside the gold, or under --pdfs at the gold's relative path. */
  private Path pdfFor(Path gold) {
    String name = gold.getFileName().toString();
    Path beside = gold.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".pdf");
    return pdfs == null ? beside : pdfs.resolve(dir.relativize(beside).toString());
  }

  /** Documents by "group" and by "group, split", from the index. */
  private java.util.Map<String, List<Evaluation.Document>> groups(List<Evaluation.Document> docs) throws IOException {
    java.util.Map<String, String[]> rows = new java.util.HashMap<>();
    for (String line : Files.readAllLines(index)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t");
      rows.put(cells[0].strip() + ".pdf", cells);
    }
    java.util.Map<String, List<Evaluation.Document>> groups = new java.util.TreeMap<>();
    for (Evaluation.Document d : docs) {
      String[] row = rows.get(d.name().replace('\\', '/'));
      String group = row == null || row.length < 2 ? "(not in index)" : row[1].strip();
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(d);
      if (row != null && row.length > 2) groups.computeIfAbsent(group + ", " + row[2].strip(), k -> new ArrayList<>()).add(d);
    }
    return groups;
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
    out.printf("documents with self-check warnings: %d%n", r.flaggedDocuments().size());
    r.flaggedDocuments().forEach((doc, codes) -> out.printf("  to look at: %s: %s%n", doc, String.join(", ", codes)));
    out.flush();
  }
}
