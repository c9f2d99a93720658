package dev.minutes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents named on a command line: PDFs (parsed here), JSON outputs of {@code parse} or
 * {@code bulk}, and folders searched for both. What cannot be read is reported on standard error and
 * counted; the rest goes on.
 */
final class Inputs {
  private final MinutesParser parser;
  private final PrintWriter err;
  int failed;

  Inputs(PrintWriter err) {
    this(err, false);
  }

  /** {@code provenance}: PDFs are parsed with each element's page and box. */
  Inputs(PrintWriter err, boolean provenance) {
    this.err = err;
    this.parser = MinutesParser.builder().provenance(provenance).build();
  }

  /** Calls {@code each} with every readable document, in path order. */
  void forEach(List<Path> paths, Each each) throws IOException {
    for (Path p : expand(paths)) {
      Minutes m = read(p);
      if (m != null) each.accept(m);
    }
  }

  interface Each {
    void accept(Minutes m) throws IOException;
  }

  private List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          files.filter(Files::isRegularFile).filter(Inputs::wanted).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean wanted(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".pdf") || n.endsWith(".json") && !n.endsWith(".gold.json");
  }

  private Minutes read(Path p) {
    try {
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        JsonNode json = MinutesJson.mapper().readTree(p.toFile());
        if (!json.has("schemaVersion") || !json.has("items")) return null;  // not a minutes document (a report, say)
        return MinutesJson.mapper().treeToValue(json, Minutes.class);
      }
      return parser.parse(p);
    } catch (MinutesException e) {
      err.println("minutes: " + e.getMessage());
    } catch (IOException e) {
      err.println("minutes: " + p.getFileName() + ": cannot be read: " + e.getMessage());
    }
    failed++;
    return null;
  }
}
