package dev.minutes.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code minutes} command. Exit codes are listed in {@link ExitCodes} and in the README. */
@Command(name = "minutes", mixinStandardHelpOptions = true, version = "minutes 0.1.0",
    description = "Turns exported meeting-minutes PDFs into structured data.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:internal error (a bug: please report it)",
        "2:usage error",
        "3:unreadable input (not a PDF, damaged, password, no text layer, cannot be read)",
        "4:bulk, dataset, export, people: at least one input could not be read",
        "5:eval: a structural field's F1 is below --min-f1"})
public final class Main implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * The subcommands, in the order the usage lists them. Only the one the arguments name is built: picocli
   * reads each command's annotations and makes its object, and the others' (the bulk coordinator's JSON
   * mapper, eval's and dataset's classes) are start-up work a {@code parse} does not need. Without a
   * subcommand, or with {@code help}, all are built, for the usage.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("parse", ParseCommand::new);
    SUBCOMMANDS.put("bulk", dev.minutes.cli.bulk.BulkCommand::new);
    SUBCOMMANDS.put("eval", EvalCommand::new);
    SUBCOMMANDS.put("score", ScoreCommand::new);
    SUBCOMMANDS.put("dataset", DatasetCommand::new);
    SUBCOMMANDS.put("export", ExportCommand::new);
    SUBCOMMANDS.put("people", PeopleCommand::new);
    SUBCOMMANDS.put("inspect", InspectCommand::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** PDFBox logs every repair it makes to a damaged file; the command reports problems itself. */
  private static final java.util.logging.Logger PDF_LIBRARIES = java.util.logging.Logger.getLogger("org.apache");

  public static void main(String[] args) {
    if (!java.util.Arrays.asList(args).contains("--debug")) PDF_LIBRARIES.setLevel(java.util.logging.Level.OFF);
    if (args.length > 0 && args[0].equals("parse")) ParseCommand.prepare();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; the CLI's tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    ParseCommand plain = ParseCommand.plain(args);
    if (plain != null) return plain.execute(out, err);
    CommandLine cl = commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The command line for these arguments: with only the subcommand they name, or with all. */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Main());
    String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
    for (var e : SUBCOMMANDS.entrySet()) {
      if (named == null || named.equals(e.getKey())) cl.addSubcommand(e.getKey(), e.getValue().get());
    }
    // after the subcommands: a setting reaches those added before it
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(ExitCodes::of);
    cl.setExecutionExceptionHandler(ExitCodes::handle);
    return cl;
  }
}
