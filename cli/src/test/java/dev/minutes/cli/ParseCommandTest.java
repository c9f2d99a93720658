package dev.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command run in-process: exit codes, output, and one-line errors. */
class ParseCommandTest extends InProcessCommand {
  @Test
  void printsTheJsonOfAFixture() throws Exception {
    Path pdf = Fixtures.testdata().resolve("seed-chromium.pdf");
    assertEquals(0, run("parse", pdf.toString()));
    assertEquals(Files.readString(Fixtures.testdata().resolve("seed-chromium.gold.json")), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void writesToAFileAndCompactly() throws Exception {
    Path target = dir.resolve("sub/out.json");
    assertEquals(0, run("parse", Fixtures.testdata().resolve("english.pdf").toString(), "-o", target.toString(), "--compact"));
    String json = Files.readString(target);
    assertTrue(json.startsWith("{\"schemaVersion\":\"1\""), json);
    assertEquals(1, json.strip().lines().count());
    assertEquals("", out.toString());
    try (var files = Files.list(target.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void unreadableInputGetsOneLineAndExitCode3() throws Exception {
    Path bad = dir.resolve("minutes.pdf");
    Files.writeString(bad, "not a pdf at all");
    assertEquals(3, run("parse", bad.toString()));
    assertEquals("minutes: minutes.pdf is text/plain, not a PDF\n", err.toString().replace("\r", ""));
    assertEquals("", out.toString());
  }

  @Test
  void debugAddsTheStackTrace() throws Exception {
    Path bad = dir.resolve("empty.pdf");
    Files.write(bad, new byte[0]);
    assertEquals(3, run("parse", "--debug", bad.toString()));
    assertTrue(err.toString().contains("at dev.minutes."), err.toString());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("parse"));
    assertTrue(err.toString().contains("Missing required parameter: 'FILE'"), err.toString());
    assertEquals(2, run("frobnicate"));
  }

  @Test
  void onlyTheNamedSubcommandIsBuiltAndTheUsageStillListsThemAll() {
    assertEquals(java.util.Set.of("parse"), Main.commandLine("parse", "x.pdf").getSubcommands().keySet());
    assertEquals(java.util.List.of("parse", "bulk", "eval", "score", "dataset", "export", "people", "inspect", "help"),
        java.util.List.copyOf(Main.commandLine().getSubcommands().keySet()));
    assertEquals(9, Main.commandLine("help", "parse").getSubcommands().size());
    assertEquals(0, run("help", "bulk"));
    assertTrue(out.toString().contains("--jobs"), out.toString());
  }

  @Test
  void theCommonFormsAreReadWithoutPicocliAndTheRestByIt() throws Exception {
    assertTrue(ParseCommand.plain(new String[] {"parse", "a.pdf", "-o", "x.json", "--compact", "--debug"}) != null);
    for (String[] other : new String[][] {{"parse"}, {"parse", "--help"}, {"parse", "--output=x.json", "a.pdf"},
        {"parse", "a.pdf", "b.pdf"}, {"parse", "a.pdf", "-o"}, {"parse", "--compact", "--compact", "a.pdf"}, {"bulk", "x"},
        {"parse", "a.pdf", "--ocr", "never"}, {"parse", "a.pdf", "--provenance"}}) {
      assertEquals(null, ParseCommand.plain(other), String.join(" ", other));
    }
    // The options the plain form does not read have picocli's defaults.
    ParseCommand plain = ParseCommand.plain(new String[] {"parse", "a.pdf"});
    ParseCommand byPicocli = new ParseCommand();
    new picocli.CommandLine(byPicocli).parseArgs("a.pdf");
    assertEquals(byPicocli.ocr, plain.ocr);
    assertEquals(dev.minutes.extract.ocr.OcrMode.AUTO, plain.ocr);
    assertEquals(byPicocli.provenance, plain.provenance);
    // Either way, the same output.
    Path pdf = Fixtures.testdata().resolve("english.pdf");
    assertEquals(0, run("parse", pdf.toString(), "--output", dir.resolve("a.json").toString(), "--compact"));
    assertEquals(0, run("parse", "--output=" + dir.resolve("b.json"), "--compact", pdf.toString()));
    assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve("b.json")));
  }
}
