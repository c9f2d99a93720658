package dev.minutes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RealCorpus}: both gold layouts, gold without its PDF, and the two real corpora where they are present. */
class RealCorpusTest {
  @TempDir Path dir;

  @Test
  void listsBothLayoutsAndSkipsGoldWithoutPdf() throws Exception {
    Path pdfs = dir.resolve("pdfs"), gold = dir.resolve("gold");
    for (String pdf : List.of("kent/CPP_Minutes_10.12.24.pdf", "fcr/minutes_2024_03_28.pdf")) touch(pdfs.resolve(pdf));
    for (String g : List.of("kent__CPP_Minutes_10.12.24.json", "fcr/minutes_2024_03_28.gold.json",
        "fcr/minutes_2025-09-25.gold.json", "SPEC.md", "score.py", "index.tsv", "notes.json")) touch(gold.resolve(g));
    RealCorpus corpus = RealCorpus.of(pdfs, gold);
    assertEquals(List.of(
        new RealCorpus.Document("fcr", "minutes_2024_03_28", pdfs.resolve("fcr/minutes_2024_03_28.pdf"),
            gold.resolve("fcr/minutes_2024_03_28.gold.json")),
        new RealCorpus.Document("kent", "CPP_Minutes_10.12.24", pdfs.resolve("kent/CPP_Minutes_10.12.24.pdf"),
            gold.resolve("kent__CPP_Minutes_10.12.24.json"))), corpus.documents());
    assertEquals(List.of(Path.of("fcr", "minutes_2025-09-25.gold.json") + ": no PDF at "
        + pdfs.resolve("fcr/minutes_2025-09-25.pdf")), corpus.skipped());
  }

  @Test
  void listsTheRealCorpora() throws Exception {
    Path shared = Fixtures.testdata().toAbsolutePath().getParent().getParent().resolve("shared/corpora");
    Path first = shared.resolve("real-minutes"), second = shared.resolve("real-minutes-2");
    assumeTrue(Files.isDirectory(first) && Files.isDirectory(second), "no real minutes corpora at " + shared);
    RealCorpus one = RealCorpus.of(first, Fixtures.testdata().resolve("real-gold"));
    RealCorpus two = RealCorpus.of(second, second.resolve("gold"));
    assertEquals(23, one.documents().size());
    assertEquals(5, one.documents().stream().map(RealCorpus.Document::source).distinct().count());
    assertEquals(22, two.documents().size());
    assertEquals(12, two.documents().stream().map(RealCorpus.Document::source).distinct().count());
    assertEquals(List.of(), one.skipped());
    assertEquals(List.of(), two.skipped());
    for (RealCorpus.Document d : two.documents()) {
      assertEquals(d.source() + "/" + d.name() + ".pdf", RealGold.read(d.gold()).file());
    }
  }

  private static void touch(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }
}
