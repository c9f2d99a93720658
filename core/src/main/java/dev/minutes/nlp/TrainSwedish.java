package dev.minutes.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.tokenize.TokenSampleStream;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Swedish sentence and token models at build time, since Maven Central serves none: from
 * {@code src/main/nlp/sv-sentences.txt} (Swedish meeting prose we wrote, one sentence a line, a blank
 * line between paragraphs) and {@code sv-abbreviations.txt} ({@code t.ex.}, {@code bl.a.}, {@code m.m.},
 * {@code ev.}, {@code p.g.a.}, {@code kl.}, {@code dvs.}, {@code fr.o.m.}, {@code t.o.m.}, {@code resp.},
 * {@code tom.} …). Token training data is made from the same sentences: words split at white space,
 * leading and trailing punctuation split off except on an abbreviation. Arguments: the folder of the
 * sample, the folder to write {@code sv-sentence.bin} and {@code sv-token.bin} to.
 */
public final class TrainSwedish {
  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<String> lines = Files.readAllLines(source.resolve("sv-sentences.txt"), StandardCharsets.UTF_8);
    List<String> abbreviations = Files.readAllLines(source.resolve("sv-abbreviations.txt"), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    Dictionary dict = new Dictionary(false);
    for (String a : abbreviations) dict.put(new StringList(a));

    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.ITERATIONS_PARAM, 150);

    SentenceDetectorFactory sentenceFactory = new SentenceDetectorFactory("sv", true, dict, new char[] {'.', '?', '!'});
    try (ObjectStream<String> text = lines(String.join("\n", lines));
         SentenceSampleStream samples = new SentenceSampleStream(text)) {
      SentenceModel model = SentenceDetectorME.train("sv", samples, sentenceFactory, params);
      try (OutputStream out = Files.newOutputStream(target.resolve("sv-sentence.bin"))) {
        model.serialize(out);
      }
    }

    List<String> tokenLines = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) tokenLines.add(annotate(line, abbreviations));
    }
    TokenizerFactory tokenFactory = new TokenizerFactory("sv", dict, true, null);
    try (ObjectStream<String> text = lines(String.join("\n", tokenLines));
         TokenSampleStream samples = new TokenSampleStream(text)) {
      TokenizerModel model = TokenizerME.train(samples, tokenFactory, params);
      try (OutputStream out = Files.newOutputStream(target.resolve("sv-token.bin"))) {
        model.serialize(out);
      }
    }
  }

  private static ObjectStream<String> lines(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    InputStreamFactory in = () -> new ByteArrayInputStream(bytes);
    return new PlainTextByLineStream(in, StandardCharsets.UTF_8);
  }

  /** A sentence in OpenNLP's token training format: tokens that touch are joined by {@code <SPLIT>}. */
  static String annotate(String sentence, List<String> abbreviations) {
    StringBuilder out = new StringBuilder();
    for (String word : sentence.strip().split("\\s+")) {
      if (out.length() > 0) out.append(' ');
      out.append(String.join("<SPLIT>", RuleTokens.split(word, abbreviations)));
    }
    return out.toString();
  }
}
