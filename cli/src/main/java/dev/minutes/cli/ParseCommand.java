package dev.minutes.cli;

import dev.minutes.MinutesParser;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import dev.minutes.nlp.LanguageGuess;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  @Option(names = "--provenance", description = "add each element's page and box, and the page furniture set aside")
  boolean provenance;

  @Option(names = "--debug", description = "print stack traces of errors")
  boolean debug;

  @Option(names = "--ocr", paramLabel = "MODE", description = "read pages by OCR (Tesseract): auto (pages without usable "
      + "text, the default), always (every page) or never")
  OcrMode ocr = OcrMode.AUTO;

  /**
   * Work a parse will need, started on a thread of its own before the command line is read, so that it is
   * done while PDFBox reads the file: loading the language model's weights and building the default profiles (the
   * lexicon, label sets and heading models), which the parse asks for only once the text is extracted.
   */
  static void prepare() {
    LanguageGuess.preload();
    Thread profiles = new Thread(MinutesParser::defaultProfiles, "profiles");
    profiles.setDaemon(true);
    profiles.start();
  }

  /**
   * {@code parse FILE [-o OUT] [--compact] [--debug]}, each option at most once, read without picocli, whose
   * set-up costs a tenth of a second, a tenth of a short parse: the command, or null for any other
   * arguments (help, other spellings, other options such as {@code --ocr} and {@code --provenance}, errors),
   * which picocli then reads and answers. Options it does not read keep their defaults, as with picocli:
   * {@code --ocr auto}, no provenance.
   */
  static ParseCommand plain(String[] args) {
    if (args.length < 2 || !args[0].equals("parse")) return null;
    ParseCommand c = new ParseCommand();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--compact") && !c.compact) {
        c.compact = true;
      } else if (a.equals("--debug") && !c.debug) {
        c.debug = true;
      } else if ((a.equals("-o") || a.equals("--output")) && c.output == null && i + 1 < args.length
          && !args[i + 1].startsWith("-")) {
        c.output = Path.of(args[++i]);
      } else if (!a.startsWith("-") && c.file == null) {
        c.file = Path.of(a);
      } else {
        return null;
      }
    }
    return c.file == null ? null : c;
  }

  /** Runs the command read by {@link #plain}, reporting failures as picocli's handler does. */
  int execute(PrintWriter out, PrintWriter err) {
    try {
      return write(out);
    } catch (Exception e) {
      return ExitCodes.report(e, debug, err);
    }
  }

  @Override
  public Integer call() throws Exception {
    return write(spec.commandLine().getOut());
  }

  private int write(PrintWriter out) throws Exception {
    Minutes minutes = MinutesParser.builder().ocr(ocr).provenance(provenance).build().parse(file);
    String json = MinutesJson.toJson(minutes, !compact) + "\n";
    if (output == null) {
      out.print(json);
      out.flush();
    } else {
      dev.minutes.cli.bulk.AtomicFiles.write(output, json.getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
