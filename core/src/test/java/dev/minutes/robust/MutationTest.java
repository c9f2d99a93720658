package dev.minutes.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutated fixtures, {@value #COUNT} of them with fixed seeds: each gets a result or the parser's own
 * error, within {@value #LIMIT_MILLIS} ms, in the test JVM's 256 MB heap. A mutant that ever failed is kept
 * in {@code testdata/regressions/}. {@code MutationRun} runs more as a command.
 */
class MutationTest {
  static final int COUNT = 2_000;
  static final long LIMIT_MILLIS = 20_000;

  static List<Path> sources() throws Exception {
    try (var files = Files.list(Fixtures.testdata())) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  /** The defects among mutants {@code first} to {@code first + count - 1}. */
  static List<String> run(long first, int count, long limitMillis) throws Exception {
    List<Path> sources = sources();
    List<byte[]> pdfs = new ArrayList<>();
    for (Path p : sources) pdfs.add(Files.readAllBytes(p));
    List<String> defects = new ArrayList<>();
    for (long seed = first; seed < first + count; seed++) {
      int i = (int) Math.floorMod(seed, (long) pdfs.size());
      Mutants.Mutant m = Mutants.of(pdfs.get(i), seed);
      Robustness.Outcome o = Robustness.parse(m.bytes(), "mutant-" + seed + ".pdf", limitMillis);
      if (!o.acceptable()) defects.add("seed " + seed + " (" + sources.get(i).getFileName() + ", " + m.how() + "): " + o);
    }
    return defects;
  }

  @Test
  void everyMutantGetsAResultOrTheParsersErrorInTime() throws Exception {
    assertEquals(List.of(), run(1, COUNT, LIMIT_MILLIS));
  }
}
