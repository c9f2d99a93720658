package dev.minutes.learn.train;

import dev.minutes.MinutesParser;
import dev.minutes.learn.HeadingModels;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the heading models the library ships on every real document with gold and the project's fixtures.
 * Arguments: the folder to write the models to, then pairs of a real corpus's PDF folder and its gold folder, then
 * {@code --fixtures} and the fixture folders.
 */
public final class TrainReader {
  private TrainReader() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    MinutesParser parser = MinutesParser.builder().build();
    List<Sample> samples = new ArrayList<>();
    int a = 1;
    for (; a + 1 < args.length && !args[a].equals("--fixtures"); a += 2) {
      samples.addAll(Corpus.real(Path.of(args[a]), Path.of(args[a + 1]), parser));
    }
    if (a < args.length && args[a].equals("--fixtures")) {
      for (a++; a < args.length; a++) samples.addAll(Corpus.fixtures(Path.of(args[a]), parser));
    }
    HeadingModels models = HeadingTraining.train(samples);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve(Path.of(HeadingModels.NUMBERED).getFileName()))) {
      models.numbered().write(o);
    }
    try (OutputStream o = Files.newOutputStream(out.resolve(Path.of(HeadingModels.UNNUMBERED).getFileName()))) {
      models.unnumbered().write(o);
    }
    System.out.println("trained on " + samples.size() + " documents into " + out);
  }
}
