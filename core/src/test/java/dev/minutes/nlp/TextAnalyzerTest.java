package dev.minutes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  @Test
  void swedishAbbreviationsDoNotEndSentences() {
    TextAnalyzer sv = TextAnalyzer.forLanguage("sv");
    assertEquals(List.of("Kostnaderna ökade bl.a. p.g.a. nya licenser, t.ex. för e-tjänster.",
        "Beslut fattas fr.o.m. nästa möte."),
        sv.sentences("Kostnaderna ökade bl.a. p.g.a. nya licenser, t.ex. för e-tjänster. Beslut fattas fr.o.m. nästa möte."));
    List<String> tokens = sv.tokens("Kostnaderna ökade bl.a. med 500 000 kr (exkl. moms).");
    assertTrue(tokens.contains("bl.a."), tokens.toString());
    assertTrue(tokens.contains("exkl."), tokens.toString());
    assertEquals(".", tokens.get(tokens.size() - 1));
  }

  @Test
  void englishUsesTheModelsFromMavenCentral() {
    TextAnalyzer en = TextAnalyzer.forLanguage("en");
    assertEquals("en", en.language());
    assertEquals(List.of("Tom Hughes reported progress.", "The remaining records need review."),
        en.sentences("Tom Hughes reported progress. The remaining records need review."));
    assertEquals(List.of("The", "group", "doesn't", "agree", "."), en.tokens("The group doesn't agree."));
  }

  @Test
  void languageOfADocument() {
    assertEquals("sv", LanguageGuess.of("Kommunchefsgruppen gick igenom och förberedde ärenden till kommande "
        + "regionrådsmöte den 22 november. Se underpunkter. Regionrådet informeras om läget när det gäller växeln."));
    assertEquals("en", LanguageGuess.of("The group discussed the shared catalogue and the training plan for staff "
        + "in all member libraries. The migration of records continues as planned."));
    assertEquals(null, LanguageGuess.of("Kort."));
    assertEquals("sv", LanguageGuess.iso6391("swe"));
  }
}
