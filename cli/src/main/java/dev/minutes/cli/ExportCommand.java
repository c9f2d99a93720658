package dev.minutes.cli;

import dev.minutes.cli.bulk.AtomicFiles;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes CSV (RFC 4180, UTF-8): one row per action, and one row per decision.")
final class ExportCommand implements Callable<Integer> {
  static final String[] ACTION_COLUMNS = {"meeting", "date", "file", "item", "item_title", "text", "due", "due_raw",
      "responsible", "participant_index"};
  static final String[] DECISION_COLUMNS = {"meeting", "date", "file", "item", "item_title", "decision"};

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "PDFs, JSON outputs of parse or bulk, or folders")
  List<Path> inputs;

  @Option(names = "--actions", paramLabel = "FILE", description = "CSV of actions")
  Path actions;

  @Option(names = "--decisions", paramLabel = "FILE", description = "CSV of decisions")
  Path decisions;

  @Override
  public Integer call() throws Exception {
    if (actions == null && decisions == null) {
      spec.commandLine().getErr().println("minutes: export needs --actions FILE, --decisions FILE or both");
      return ExitCodes.USAGE;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    Path actionsTmp = actions == null ? null : AtomicFiles.part(actions);
    Path decisionsTmp = decisions == null ? null : AtomicFiles.part(decisions);
    Inputs in = new Inputs(spec.commandLine().getErr());
    int[] rows = {0, 0};
    try (CSVPrinter a = printer(actionsTmp, format, ACTION_COLUMNS);
         CSVPrinter d = printer(decisionsTmp, format, DECISION_COLUMNS)) {
      in.forEach(inputs, m -> {
        String file = m.source() == null ? null : m.source().file();
        for (Item i : m.allItems()) {
          if (a != null) {
            for (Action x : i.actions()) {
              a.printRecord(m.meeting().title(), m.meeting().date(), file, i.number(), i.title(), x.text(), x.due(),
                  x.dueRaw(), x.responsible(), x.participantIndex());
              rows[0]++;
            }
          }
          if (d != null) {
            for (String x : i.decisions()) {
              d.printRecord(m.meeting().title(), m.meeting().date(), file, i.number(), i.title(), x);
              rows[1]++;
            }
          }
        }
      });
    }
    if (actionsTmp != null) AtomicFiles.moveIntoPlace(actionsTmp, actions);
    if (decisionsTmp != null) AtomicFiles.moveIntoPlace(decisionsTmp, decisions);
    spec.commandLine().getErr().printf("minutes export: %d actions, %d decisions%n", rows[0], rows[1]);
    return in.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static CSVPrinter printer(Path file, CSVFormat format, String[] header) throws java.io.IOException {
    if (file == null) return null;
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, format.builder().setHeader(header).get());
  }
}
