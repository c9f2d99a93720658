package dev.minutes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SequenceMatcher#ratio} against Python's {@code SequenceMatcher(None, a, b, autojunk=False).ratio()}: the
 * expected values are Python 3.11's, printed with {@code repr}.
 */
class SequenceMatcherTest {
  private static final String DECISION = "Nämnden beslutar att godkänna budgeten för 2023 och att uppdra åt "
      + "förvaltningen att redovisa utfallet per den 30 april, per den 31 augusti och per den 31 december, samt att "
      + "ge ordföranden i uppdrag att justera paragrafen omedelbart; beslutet delges kommunstyrelsen och revisorerna "
      + "för kännedom.";
  private static final String REWORDED = "Nämnden beslutade att godkänna budget för år 2023 samt uppdra åt "
      + "förvaltningen att redovisa utfallet per 30 april och per 31 augusti och per 31 december, och att "
      + "ordföranden får i uppdrag att justera paragrafen omedelbart. Beslutet delges kommunstyrelsen och "
      + "revisorerna.";

  record Case(String a, String b, double ratio) {}

  @Test
  void ratioIsDifflibs() {
    List<Case> cases = List.of(
        new Case("", "", 1.0),
        new Case("", "abc", 0.0),
        new Case("abc", "abc", 1.0),
        // repeated characters: the longest run first, the earliest on ties, then each side of it
        new Case("aaaaaaaaab", "abaaaaaaaa", 0.8),
        new Case("abcabcabc", "cbacbacba", 0.4444444444444444),
        // code points, not UTF-16 units
        new Case("a\uD83D\uDE00b", "a\uD83D\uDE00c", 0.6666666666666666),
        // over 200 characters, where autojunk would drop the popular characters (Python then gives 0.0 and
        // 0.7433628318584071)
        new Case("ab".repeat(150), "ba".repeat(150) + "x", 0.9950083194675541),
        new Case(DECISION, REWORDED, 0.8884955752212389));
    for (Case c : cases) assertEquals(c.ratio(), SequenceMatcher.ratio(c.a(), c.b()), 0.0, c.a() + " | " + c.b());
  }
}
