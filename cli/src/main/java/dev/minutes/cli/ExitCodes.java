package dev.minutes.cli;

import dev.minutes.MinutesException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The command's exit codes, and the mapping of failures to a one-line message and a code. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;
  public static final int SOME_FAILED = 4;
  public static final int BELOW_THRESHOLD = 5;

  private ExitCodes() {}

  static int of(Throwable t) {
    if (t instanceof CommandLine.ParameterException) return USAGE;
    return t instanceof MinutesException ? UNREADABLE : INTERNAL;
  }

  /** Prints {@code minutes: <message>} and, only with {@code --debug}, the stack trace. */
  static int handle(Exception e, CommandLine cl, ParseResult parsed) {
    boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
        || parsed.hasMatchedOption("--debug");
    return report(e, debug, cl.getErr());
  }

  /** Prints {@code minutes: <message>} and, only when {@code debug}, the stack trace; gives the exit code. */
  static int report(Exception e, boolean debug, java.io.PrintWriter err) {
    String message = e instanceof MinutesException ? e.getMessage()
        : "internal error: " + e + " (run with --debug for details)";
    err.println("minutes: " + message);
    if (debug) e.printStackTrace(err);
    err.flush();
    return of(e);
  }
}
