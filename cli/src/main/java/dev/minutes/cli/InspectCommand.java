package dev.minutes.cli;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.inspect.Inspection;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Draws what the parser found over the pages: DIR/page-001.png … with a box per element, a colour "
        + "per role and a legend, and DIR/index.html, the pages beside the JSON tree (choose a node to see its box)."})
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the minutes PDF")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into")
  Path out;

  @Option(names = "--pages", paramLabel = "PAGES", description = "pages to draw: 2, 1-3, 1,4-5 (default: all)")
  String pages;

  @Option(names = "--dpi", paramLabel = "DPI", description = "resolution of the images (default: ${DEFAULT-VALUE})")
  float dpi = 110;

  @Option(names = "--debug", description = "print stack traces of errors")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    System.setProperty("java.awt.headless", "true");
    Set<Integer> chosen = pages(pages);
    if (dpi < 18 || dpi > 600) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dpi must lie between 18 and 600: " + dpi);
    }
    byte[] pdf = read(file);
    Minutes minutes = MinutesParser.builder().provenance(true).build().parse(pdf, file.getFileName().toString());
    List<Path> written = Inspection.write(pdf, minutes, out, chosen, dpi);
    spec.commandLine().getErr().printf("minutes inspect: %d page image(s) and index.html in %s%n", written.size(), out);
    return ExitCodes.OK;
  }

  private Set<Integer> pages(String spec) {
    Set<Integer> out = new TreeSet<>();
    if (spec == null) return out;
    for (String part : spec.split(",")) {
      String[] range = part.strip().split("-", -1);
      try {
        int from = Integer.parseInt(range[0].strip());
        int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
        if (range.length > 2 || from < 1 || to < from) throw new NumberFormatException();
        for (int p = from; p <= to; p++) out.add(p);
      } catch (NumberFormatException e) {
        throw new CommandLine.ParameterException(this.spec.commandLine(), "--pages: not a page list: " + spec);
      }
    }
    return out;
  }

  private static byte[] read(Path file) throws MinutesException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      if (Files.isDirectory(file)) throw new MinutesException(MinutesException.Kind.IO, name + ": cannot be read: it is a directory");
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new MinutesException(MinutesException.Kind.IO, name + ": cannot be read: no such file", e);
    } catch (IOException e) {
      throw new MinutesException(MinutesException.Kind.IO, name + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
