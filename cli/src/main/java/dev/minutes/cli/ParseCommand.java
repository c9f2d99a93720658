package dev.minutes.cli;

import dev.minutes.MinutesParser;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Action;
import dev.minutes.model.Attachment;
import dev.minutes.model.Format;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Mention;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import dev.minutes.model.Source;
import dev.minutes.model.Warning;
import dev.minutes.nlp.LanguageGuess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parses one minutes PDF and prints its JSON (or writes it to OUT).")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the minutes PDF")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write the JSON to OUT instead of standard output")
  Path output;

  @Option(names = "--compact", description = "JSON on one line")
  boolean compact;

  @Option(names = "--debug", description = "print stack traces of errors")
  boolean debug;

  /**
   * Work a parse will need, started on threads of their own before the command line is read, so that it is
   * done while PDFBox reads the file: loading the language model's weights, and Jackson's set-up for the
   * document model (its serializers, built once per type, by writing a small document of every type).
   */
  static void prepare() {
    LanguageGuess.preload();
    Thread json = new Thread(() -> {
      try {
        MinutesJson.toJson(sample(), true);
      } catch (RuntimeException e) {
        // a warm-up only: the real document is written on the command's thread, which reports any failure
      }
    }, "json-warm-up");
    json.setDaemon(true);
    json.start();
  }

  /** A small document that holds every type of the model. */
  static Minutes sample() {
    var participant = new Participant("A B", "organizer", null, null, null);
    var action = new Action("a", "2020-01-01", "1/1/2020", "A B", 0);
    var item = new Item("1", 1, "t", null, List.of(1), List.of("d"), List.of("n"), List.of(), List.of(action),
        List.of("x"), List.of(new Attachment("a.pdf")), List.of(new Mention("A", 0, "notes")), List.of());
    var source = new Source("x.pdf", "0", 1, 1, null, "sv", null, null, null,
        new Format("export", "minutes", List.of("e")));
    var meeting = new Meeting("t", null, null, null, null, null, List.of(participant));
    return new Minutes(Minutes.SCHEMA_VERSION, source, meeting, List.of(item), List.of(new Warning("w", "m", 1)));
  }

  @Override
  public Integer call() throws Exception {
    Minutes minutes = MinutesParser.builder().build().parse(file);
    String json = MinutesJson.toJson(minutes, !compact) + "\n";
    if (output == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else {
      dev.minutes.cli.bulk.AtomicFiles.write(output, json.getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
