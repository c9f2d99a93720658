package dev.minutes.cli;

import dev.minutes.MinutesParser;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
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

  @Override
  public Integer call() throws Exception {
    Minutes minutes = MinutesParser.builder().ocr(ocr).provenance(provenance).build().parse(file);
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
