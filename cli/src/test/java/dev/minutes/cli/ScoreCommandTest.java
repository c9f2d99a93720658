package dev.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code minutes score}: a fixture against its own gold in the contract's layout, a file that is no PDF against
 * gold in the SPEC's layout, and the usage errors.
 */
class ScoreCommandTest extends InProcessCommand {
  Path pdfs;
  Path gold;

  @BeforeEach
  void corpus() throws Exception {
    pdfs = dir.resolve("pdfs");
    gold = dir.resolve("gold");
    Files.createDirectories(pdfs.resolve("fixtures"));
    Files.createDirectories(pdfs.resolve("other"));
    Files.createDirectories(gold.resolve("fixtures"));
    Files.copy(Fixtures.testdata().resolve("traps.pdf"), pdfs.resolve("fixtures/traps.pdf"));
    Files.copy(Fixtures.testdata().resolve("traps.gold.json"), gold.resolve("fixtures/traps.gold.json"));
    Files.writeString(pdfs.resolve("other/notes.pdf"), "not a PDF");
    Files.writeString(gold.resolve("other__notes.json"),
        "{\"file\": \"other/notes.pdf\", \"date\": \"2020-01-27\", \"participants\": [], \"items\": []}");
  }

  @Test
  void scoresEachDocumentAndAnUnreadableOneZero() throws Exception {
    Path json = dir.resolve("report.json");
    assertEquals(0, run("score", pdfs.toString(), gold.toString(), "--json", json.toString()), err.toString());
    String table = out.toString();
    assertTrue(table.contains("fixtures/traps          1.000   1.000   1.000   1.000   1.000   1.000   1.000"), table);
    assertTrue(table.contains("other/notes             0.000   0.000   0.000   0.000   0.000   0.000   0.000"), table);
    assertTrue(table.contains("mean over 2 documents   0.500   0.500   0.500   0.500   0.500   0.500   0.500"), table);
    assertTrue(table.contains("unreadable: other/notes: notes.pdf is text/plain, not a PDF"), table);
    assertTrue(Files.readString(json).contains("\"error\": \"notes.pdf is text/plain, not a PDF\""));
  }

  @Test
  void onlyScoresTheNamedSources() {
    assertEquals(0, run("score", pdfs.toString(), gold.toString(), "--only", "fixtures"), err.toString());
    assertTrue(out.toString().contains("mean over 1 sources"), out.toString());
    assertFalse(out.toString().contains("other"), out.toString());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("score", pdfs.toString(), gold.toString(), pdfs.toString()));
    assertTrue(err.toString().contains("a GOLD_DIR for each CORPUS_DIR"), err.toString());
    assertEquals(2, run("score", pdfs.toString(), gold.toString(), "--only", "nope"));
    assertTrue(err.toString().contains("--only: no source nope"), err.toString());
    assertEquals(2, run("score", pdfs.toString(), dir.resolve("none").toString()));
  }
}
