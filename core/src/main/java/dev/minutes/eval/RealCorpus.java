package dev.minutes.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of a real corpus whose gold is kept apart from its PDFs: {@code <pdfs>/<source>/<name>.pdf}
 * with its gold at {@code <gold>/<source>/<name>.gold.json} or {@code <gold>/<source>__<name>.json}, in
 * order of source and name. Gold whose PDF is absent is skipped, and named in {@code skipped}.
 */
public record RealCorpus(List<Document> documents, List<String> skipped) {
  public record Document(String source, String name, Path pdf, Path gold) {}

  public RealCorpus {
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
  }

  public static RealCorpus of(Path pdfs, Path gold) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Stream<Path> files = Files.walk(gold, 2)) {
      for (Path g : files.filter(Files::isRegularFile).sorted().toList()) {
        Document d = document(pdfs, gold, g);
        if (d == null) continue;
        if (Files.isRegularFile(d.pdf())) {
          documents.add(d);
        } else {
          skipped.add(gold.relativize(g) + ": no PDF at " + d.pdf());
        }
      }
    }
    documents.sort(Comparator.comparing(Document::source).thenComparing(Document::name));
    return new RealCorpus(documents, skipped);
  }

  /** The document a gold file is for, by its place and name; null for a file that is not gold. */
  private static Document document(Path pdfs, Path gold, Path g) {
    Path relative = gold.relativize(g);
    String file = g.getFileName().toString();
    String source, name;
    if (relative.getNameCount() == 2 && file.endsWith(".gold.json")) {
      source = relative.getName(0).toString();
      name = file.substring(0, file.length() - ".gold.json".length());
    } else if (relative.getNameCount() == 1 && file.endsWith(".json") && file.indexOf("__") > 0) {
      source = file.substring(0, file.indexOf("__"));
      name = file.substring(file.indexOf("__") + 2, file.length() - ".json".length());
    } else {
      return null;
    }
    return new Document(source, name, pdfs.resolve(source).resolve(name + ".pdf"), g);
  }
}
