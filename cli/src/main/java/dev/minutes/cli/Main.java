package dev.minutes.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code minutes} command. Exit codes are listed in {@link ExitCodes} and in the README. */
@Command(name = "minutes", mixinStandardHelpOptions = true, version = "minutes 0.1.0",
    description = "Turns exported meeting-minutes PDFs into structured data.",
    subcommands = {ParseCommand.class, dev.minutes.cli.bulk.BulkCommand.class, EvalCommand.class,
        DatasetCommand.class, ExportCommand.class, PeopleCommand.class, InspectCommand.class,
        CommandLine.HelpCommand.class},
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
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; the CLI's tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(ExitCodes::of);
    cl.setExecutionExceptionHandler(ExitCodes::handle);
    return cl;
  }
}
