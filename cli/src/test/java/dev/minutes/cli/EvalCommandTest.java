package dev.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code minutes eval}: the table, and exit code 5 when a structural field's strict F1 is below --min-f1. */
class EvalCommandTest extends InProcessCommand {
  void goldBesidePdf(String gold) throws Exception {
    Files.copy(Fixtures.testdata().resolve("traps.pdf"), dir.resolve("traps.pdf"));
    Files.writeString(dir.resolve("traps.gold.json"), gold);
  }

  @Test
  void rightGoldPassesMinF1() throws Exception {
    goldBesidePdf(Files.readString(Fixtures.testdata().resolve("traps.gold.json")));
    assertEquals(0, run("eval", dir.toString(), "--min-f1", "1.0"), err.toString());
    assertTrue(out.toString().contains("item.title"), out.toString());
    assertTrue(out.toString().contains("every field right: 100.0%"), out.toString());
  }

  @Test
  void aStructuralFieldBelowMinF1ExitsWith5() throws Exception {
    String gold = Files.readString(Fixtures.testdata().resolve("traps.gold.json"));
    // The first item's title in the gold is wrong: the parser's title for it no longer matches.
    int t = gold.indexOf("\"title\"", gold.indexOf("\"items\""));
    String changed = gold.substring(0, t) + "\"title\": \"Not the title" + gold.substring(gold.indexOf("\",", t));
    assertTrue(changed.contains("\"title\": \"Not the title\","), changed);
    goldBesidePdf(changed);
    assertEquals(5, run("eval", dir.toString(), "--min-f1", "1.0"), err.toString());
    assertTrue(err.toString().startsWith("minutes: strict F1 below 1.00: item.title"), err.toString());
    // Without --min-f1 the same scores are only reported.
    assertEquals(0, run("eval", dir.toString()));
  }
}
