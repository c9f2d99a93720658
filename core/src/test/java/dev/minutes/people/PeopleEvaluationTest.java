package dev.minutes.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people linker against the lists written by reading the documents (see {@link PeopleEvaluation}).
 * Prints the figures the README gives: {@code mvn -B -q -pl core test -Dtest=PeopleEvaluationTest}; the real
 * minutes are scored when {@code ../shared/corpora/real-minutes} is beside the repository.
 */
class PeopleEvaluationTest {
  /**
   * The seed is the linker's development document: its rules (initials, a genitive -s, a first name alone)
   * were written for it. Every link, by item and section, as the reader's list has it.
   */
  @Test
  void theSeedsNamesLinkWithoutError() throws Exception {
    PeopleEvaluation.Result seed = PeopleEvaluation.reported().get(0);
    assertEquals(27, seed.goldLinks());
    assertEquals(List.of(), seed.missedRows(), "links the seed should have");
    assertEquals(List.of(), seed.wrongRows(), "links the seed should not have");
    assertEquals(List.of(), seed.missedForms());
    assertEquals(List.of(), seed.wrongForms());
  }

  /** Held out: printed, not held to a figure (the parser's support for these families is under way). */
  @Test
  void printsTheFigures() throws Exception {
    PeopleEvaluation.main(new String[0]);
  }
}
