package dev.minutes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageWeights} ranks every language as OpenNLP's detector with the model itself does, with the same
 * probabilities to the last bit. {@code scripts/check-language-sample.sh} checks the same on every document of
 * the repository, 1,000 generated ones and the shared corpora.
 */
class LanguageWeightsTest {
  @Test
  void ranksEveryLanguageAsTheModelDoes() throws Exception {
    LanguageDetectorModel model = Models.load("/langdetect-183.bin", LanguageDetectorModel::new);
    LanguageWeights weights;
    try (InputStream in = getClass().getResourceAsStream(LanguageWeights.RESOURCE)) {
      weights = LanguageWeights.read(in);
    }
    List<String> texts = new ArrayList<>(List.of(
        "Kommunchefsgruppen gick igenom och förberedde ärenden till kommande regionrådsmöte den 22 november.",
        "The group discussed the shared catalogue and the training plan for staff in all member libraries.",
        "Der Gemeinderat beschließt die Änderung des Bebauungsplans Nr. 12 „Am Lindenhof“ (TOP 5.1).",
        "Kokouksen puheenjohtajana toimi Anna Virtanen ja sihteerinä Mikko Korhonen.",
        "Styret vedtok å utsette saken til neste møte, jf. sak 14/23.",
        "Заседание открыл председатель совета; повестка дня утверждена единогласно.",
        "会议由主席主持，议程获得一致通过。", "😀 https://example.org/x?y=1 @someone #tag 1234,56 kr",
        "a", "", "   ", "ﬁ ﬂ ß Æ ø å ÿ Ǆ İ ı"));
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(400); k > 0; k--) s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26)
          : random.nextInt(0x3000)));
      texts.add(s.toString());
    }
    for (String text : texts) {
      Language[] expected = new LanguageDetectorME(model).predictLanguages(text);
      LanguageWeights.Scored[] actual = weights.rank(text);
      assertEquals(expected.length, actual.length, text);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i].getLang(), actual[i].lang(), text);
        assertEquals(Double.doubleToLongBits(expected[i].getConfidence()), Double.doubleToLongBits(actual[i].confidence()),
            text);
      }
    }
  }

  @Test
  void aWeightsFileCutShortOrRunningOnIsRefused() throws Exception {
    byte[] file;
    try (InputStream in = getClass().getResourceAsStream(LanguageWeights.RESOURCE)) {
      file = in.readAllBytes();
    }
    java.io.IOException cut = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> LanguageWeights.read(new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(file, file.length / 2))));
    assertEquals("language weights file ends early", cut.getMessage());
    java.io.IOException more = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> LanguageWeights.read(new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(file, file.length + 1))));
    assertEquals("language weights file has bytes too many", more.getMessage());
    assertEquals(LanguageWeights.read(new java.io.ByteArrayInputStream(file)).rank("Styrelsen beslutade att godkänna budgeten.")[0].lang(),
        "swe");
  }

  @Test
  void packsAnNgramWithItsLength() {
    assertEquals(LanguageWeights.key("a") != LanguageWeights.key("a\0"), true);
    assertEquals(-1, LanguageWeights.key("abcd"));
    assertEquals(-1, LanguageWeights.key(""));
  }
}
