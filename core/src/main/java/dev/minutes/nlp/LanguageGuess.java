package dev.minutes.nlp;

import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * A document's language, by Apache OpenNLP's language detector and the model Maven Central serves
 * ({@code opennlp-models-langdetect}, 103 languages). The model is loaded once, on first use.
 */
public final class LanguageGuess {
  /**
   * A language is claimed when its score leads the runner-up's by this factor: the detector's scores are
   * spread over 103 languages and grow with the text, so a lead says more than a level.
   */
  static final double MIN_LEAD = 2.5;
  /** Less text than this says too little. */
  static final int MIN_CHARS = 40;
  /**
   * Enough text to decide: the rest is not read. The detector's cost grows with the text; 1,000 characters
   * gave the same answer as 4,000 on every one of the 1,172 documents with text that
   * {@code scripts/check-language-sample.sh} reads (fixtures, generated, the shared corpora), in under
   * half the time (median 0.79 ms against 1.83 ms).
   */
  public static final int MAX_CHARS = 1_000;

  private LanguageGuess() {}

  private static final class Holder {
    static final LanguageDetectorModel MODEL = Models.load("/langdetect-183.bin", LanguageDetectorModel::new);
  }

  /** The ISO 639-1 code of the text's language ({@code "sv"}, {@code "en"}), or null when unsure. */
  public static String of(CharSequence text) {
    String sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS).toString() : text.toString();
    if (sample.strip().length() < MIN_CHARS) return null;
    Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
    if (ranked.length == 0) return null;
    if (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) return null;
    return iso6391(ranked[0].getLang());
  }

  /** ISO 639-3 to ISO 639-1 where there is a two-letter code ({@code swe} to {@code sv}). */
  static String iso6391(String iso6393) {
    String two = Locale.forLanguageTag(iso6393).getLanguage();
    if (two.length() == 2) return two;
    for (String code : Locale.getISOLanguages()) {
      if (new Locale(code).getISO3Language().equals(iso6393)) return code;
    }
    return iso6393;
  }
}
