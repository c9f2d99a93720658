package dev.minutes.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed malformed corpus ({@code testdata/malformed/}, made by {@code make-malformed.sh}) and the
 * kept regression cases ({@code testdata/regressions/}): each gets its expected outcome, within the
 * time limit.
 */
class MalformedCorpusTest {
  static final long LIMIT_MILLIS = 20_000;

  static Stream<String[]> malformed() throws Exception {
    return Files.readAllLines(Fixtures.testdata().resolve("malformed/expected.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformed")
  void getsItsExpectedOutcome(String file, String expected) throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.testdata().resolve("malformed").resolve(file));
    Robustness.Outcome o = Robustness.parse(bytes, file, LIMIT_MILLIS);
    assertTrue(o.acceptable(), file + ": " + o);
    switch (expected) {
      case "ok" -> assertEquals(Robustness.Outcome.Kind.RESULT, o.kind(), file + ": " + o);
      // a scan: a result where Tesseract reads it, no text where it is not installed
      case "ocr" -> assertEquals(dev.minutes.extract.ocr.Tesseract.of("tesseract").available() ? "RESULT null"
          : "PARSER_ERROR NO_TEXT", o.kind() + " " + o.detail(), file + ": " + o);
      default -> assertEquals("PARSER_ERROR " + expected, o.kind() + " " + o.detail(), file + ": " + o);
    }
  }

  static Stream<Path> regressions() throws Exception {
    Path dir = Fixtures.testdata().resolve("regressions");
    if (!Files.isDirectory(dir)) return Stream.empty();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("regressions")
  void aKeptRegressionCaseGetsAResultOrTheParsersError(Path file) throws Exception {
    Robustness.Outcome o = Robustness.parse(Files.readAllBytes(file), file.getFileName().toString(), LIMIT_MILLIS);
    assertTrue(o.acceptable(), file.getFileName() + ": " + o);
  }
}
