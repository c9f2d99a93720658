package dev.minutes.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A document's language, by Apache OpenNLP's language detector and the model Maven Central serves
 * ({@code opennlp-models-langdetect}, 103 languages), evaluated from its weights as {@link LanguageWeights}
 * holds them (the same answer as OpenNLP's {@code LanguageDetectorME}, loaded in milliseconds instead of
 * half a second). The weights are loaded once, on first use, or ahead of it by {@link #preload}.
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
    static final CompletableFuture<LanguageWeights> WEIGHTS = new CompletableFuture<>();
    static {
      Thread loader = new Thread(() -> {
        try (InputStream in = LanguageGuess.class.getResourceAsStream(LanguageWeights.RESOURCE)) {
          if (in == null) throw new IllegalStateException(LanguageWeights.RESOURCE + " is not on the class path");
          WEIGHTS.complete(LanguageWeights.read(in));
        } catch (IOException e) {
          WEIGHTS.completeExceptionally(new UncheckedIOException(e));
        } catch (Throwable e) {
          WEIGHTS.completeExceptionally(e);
        }
      }, "language-weights");
      loader.setDaemon(true);
      loader.start();
    }

    static LanguageWeights weights() {
      try {
        return WEIGHTS.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the language weights loaded", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error r) throw r;
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * Starts loading the weights on a thread of their own, if that has not begun, and returns at once: a
   * command calls this before it reads the PDF, so that the two overlap.
   */
  public static void preload() {
    Holder.WEIGHTS.isDone();
  }

  /** The ISO 639-1 code of the text's language ({@code "sv"}, {@code "en"}), or null when unsure. */
  public static String of(CharSequence text) {
    String sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS).toString() : text.toString();
    if (sample.strip().length() < MIN_CHARS) return null;
    LanguageWeights.Scored[] ranked = Holder.weights().rank(sample);
    if (ranked.length == 0) return null;
    if (ranked.length > 1 && ranked[0].confidence() < MIN_LEAD * ranked[1].confidence()) return null;
    return iso6391(ranked[0].lang());
  }

  private static final java.util.Map<String, String> ISO_639_1 = new java.util.concurrent.ConcurrentHashMap<>();

  /** ISO 639-3 to ISO 639-1 where there is a two-letter code ({@code swe} to {@code sv}). */
  static String iso6391(String iso6393) {
    return ISO_639_1.computeIfAbsent(iso6393, LanguageGuess::lookUp);
  }

  private static String lookUp(String iso6393) {
    String two = Locale.forLanguageTag(iso6393).getLanguage();
    if (two.length() == 2) return two;
    for (String code : Locale.getISOLanguages()) {
      if (new Locale(code).getISO3Language().equals(iso6393)) return code;
    }
    return iso6393;
  }
}
