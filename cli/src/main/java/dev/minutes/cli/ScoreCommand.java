package dev.minutes.cli;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.eval.RealCorpus;
import dev.minutes.eval.RealGold;
import dev.minutes.eval.SoftScore;
import dev.minutes.eval.SoftScoreReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Scores the parser softly on real minutes whose gold is kept apart from their PDFs: "
        + "CORPUS_DIR/<source>/<name>.pdf against GOLD_DIR/<source>/<name>.gold.json or "
        + "GOLD_DIR/<source>__<name>.json.",
        "Per document, per source and overall: date, people (F1 of names as token sets), items (F1 on number and "
            + "title), order, decide (decisions' similarity) and actions (F1 on text similarity)."})
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "CORPUS_DIR GOLD_DIR",
      description = "pairs of a folder of PDFs by source and the folder of their gold")
  List<Path> dirs;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON to FILE")
  Path json;

  @Option(names = "--only", paramLabel = "SOURCE", split = ",", description = "score only these sources")
  Set<String> only;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (dirs.size() % 2 != 0) {
      err.println("minutes: score: a GOLD_DIR for each CORPUS_DIR");
      return ExitCodes.USAGE;
    }
    List<RealCorpus.Document> documents = new ArrayList<>();
    for (int i = 0; i < dirs.size(); i += 2) {
      for (Path dir : dirs.subList(i, i + 2)) {
        if (!Files.isDirectory(dir)) {
          err.println("minutes: score: no folder " + dir);
          return ExitCodes.USAGE;
        }
      }
      RealCorpus corpus = RealCorpus.of(dirs.get(i), dirs.get(i + 1));
      corpus.skipped().forEach(s -> out.println("(skipped " + s + ")"));
      documents.addAll(corpus.documents());
    }
    Set<String> sources = new LinkedHashSet<>(documents.stream().map(RealCorpus.Document::source).toList());
    if (only != null) {
      for (String s : only) {
        if (!sources.contains(s)) {
          err.println("minutes: --only: no source " + s);
          return ExitCodes.USAGE;
        }
      }
      documents.removeIf(d -> !only.contains(d.source()));
    }
    if (documents.isEmpty()) {
      err.println("minutes: score: no gold with its PDF in " + dirs);
      return ExitCodes.USAGE;
    }
    MinutesParser parser = MinutesParser.builder().build();
    List<SoftScoreReport.DocumentScore> scores = new ArrayList<>();
    for (RealCorpus.Document d : documents) {
      RealGold gold = RealGold.read(d.gold());
      try {
        scores.add(new SoftScoreReport.DocumentScore(d.source(), d.name(), SoftScore.of(gold, parser.parse(d.pdf())),
            null));
      } catch (MinutesException e) {
        err.println("minutes: " + e.getMessage());
        scores.add(new SoftScoreReport.DocumentScore(d.source(), d.name(), SoftScore.ZERO, e.getMessage()));
      }
    }
    SoftScoreReport report = SoftScoreReport.of(scores);
    out.print(report.table());
    out.flush();
    if (json != null) {
      dev.minutes.cli.bulk.AtomicFiles.write(json, (report.json() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
