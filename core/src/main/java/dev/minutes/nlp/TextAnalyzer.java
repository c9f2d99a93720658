package dev.minutes.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentences and tokens of a language, by OpenNLP's SentenceDetectorME and TokenizerME. English uses the
 * models Maven Central serves ({@code opennlp-models-sentdetect-en}, {@code opennlp-models-tokenizer-en});
 * Swedish, for which none is served, the models trained at build time by {@link TrainSwedish}; any other
 * language the Swedish ones. Models are loaded once and shared; each call makes its own detector, so an
 * analyzer is thread-safe.
 */
public final class TextAnalyzer {
  private static final Map<String, TextAnalyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final String language;
  private final SentenceModel sentences;
  private final TokenizerModel tokens;

  private TextAnalyzer(String language, SentenceModel sentences, TokenizerModel tokens) {
    this.language = language;
    this.sentences = sentences;
    this.tokens = tokens;
  }

  /** The analyzer for an ISO 639-1 code; Swedish for anything without models of its own. */
  public static TextAnalyzer forLanguage(String language) {
    String lang = "en".equals(language) ? "en" : "sv";
    return BY_LANGUAGE.computeIfAbsent(lang, l -> l.equals("en")
        ? new TextAnalyzer("en", sentenceModel("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin"),
            tokenModel("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin"))
        : new TextAnalyzer("sv", sentenceModel("/dev/minutes/nlp/sv-sentence.bin"), tokenModel("/dev/minutes/nlp/sv-token.bin")));
  }

  /** The language whose models this analyzer uses. */
  public String language() {
    return language;
  }

  public List<String> sentences(String text) {
    return List.of(new SentenceDetectorME(sentences).sentDetect(text));
  }

  public List<String> tokens(String text) {
    return List.of(new TokenizerME(tokens).tokenize(text));
  }

  private static SentenceModel sentenceModel(String resource) {
    return Models.load(resource, SentenceModel::new);
  }

  private static TokenizerModel tokenModel(String resource) {
    return Models.load(resource, TokenizerModel::new);
  }
}
