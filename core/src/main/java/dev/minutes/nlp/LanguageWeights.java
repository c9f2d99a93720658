package dev.minutes.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of OpenNLP's language detector model ({@code langdetect-183.bin}, Maven Central's
 * {@code opennlp-models-langdetect}) in a form that loads in milliseconds, and the model's evaluation
 * done the way OpenNLP does it, so that {@link #rank} gives exactly {@code LanguageDetectorME.predictLanguages}'s
 * answer: the same n-gram features (OpenNLP's own context generator), each distinct n-gram counted once,
 * added up for each language in the order OpenNLP adds them (the order of a {@link HashSet} of its n-grams, filled
 * in the same order as OpenNLP's {@code HashMap} of them), the same uniform prior, {@link StrictMath#exp}, the same
 * normalisation and the same stable sort. Nothing is left out or rounded: every one of the model's
 * 145,895 n-grams keeps its weights for all 103 languages, as doubles.
 *
 * <p>Loading the model itself takes about half a second of a cold start and holds 36 MB of heap (its
 * n-grams as strings in a hash map, each with an object of two arrays); this form is three arrays read
 * whole from one resource ({@code langdetect-183.weights}, written at build time by {@link #main} from
 * the model) and holds 13 MB: the n-grams packed into longs (at most three UTF-16 characters and their
 * count) and sorted, found by binary search.
 */
public final class LanguageWeights {
  static final String RESOURCE = "/dev/minutes/nlp/langdetect-183.weights";
  private static final int MAGIC = 0x4d4e4c57;  // MNLW
  private static final int VERSION = 1;

  private final String[] outcomes;
  private final double logPrior;
  private final long[] keys;
  private final int[] starts;
  private final byte[] outcomeOf;
  private final double[] weights;
  private final LanguageDetectorContextGenerator contexts = new LanguageDetectorFactory().getContextGenerator();

  private LanguageWeights(String[] outcomes, long[] keys, int[] starts, byte[] outcomeOf, double[] weights) {
    this.outcomes = outcomes;
    this.logPrior = StrictMath.log(1.0 / outcomes.length);  // OpenNLP's UniformPrior
    this.keys = keys;
    this.starts = starts;
    this.outcomeOf = outcomeOf;
    this.weights = weights;
  }

  /** A language and the model's probability for it, as OpenNLP's {@code Language}. */
  public record Scored(String lang, double confidence) {}

  /** Every language of the model, the most probable first, with the probabilities OpenNLP gives. */
  public Scored[] rank(CharSequence text) {
    CharSequence[] grams = contexts.getContext(text);
    Set<CharSequence> distinct = new HashSet<>();
    for (CharSequence g : grams) distinct.add(g);
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    for (CharSequence g : distinct) {
      long key = key(g);
      if (key < 0) continue;
      int p = Arrays.binarySearch(keys, key);
      if (p < 0) continue;
      for (int i = starts[p]; i < starts[p + 1]; i++) sums[outcomeOf[i] & 0xff] += weights[i];
    }
    double normal = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    Scored[] ranked = new Scored[outcomes.length];
    for (int o = 0; o < sums.length; o++) ranked[o] = new Scored(outcomes[o], sums[o] / normal);
    Arrays.sort(ranked, (a, b) -> Double.compare(b.confidence(), a.confidence()));
    return ranked;
  }

  /** An n-gram of one to three UTF-16 characters as a long (its length above its characters); -1 for longer ones. */
  static long key(CharSequence gram) {
    int n = gram.length();
    if (n < 1 || n > 3) return -1;
    long k = n;
    for (int i = 0; i < 3; i++) k = (k << 16) | (i < n ? gram.charAt(i) : 0);
    return k;
  }

  /**
   * Reads the weights {@link #main} wrote. Rule: the file is read in blocks of 64 KB straight into its arrays,
   * never whole: a copy of its 13 MB is memory a cold process must fault in and zero, which took longer than
   * the reading itself.
   */
  static LanguageWeights read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      if (d.readInt() != MAGIC || d.readInt() != VERSION) throw new IOException("not a language weights file of version " + VERSION);
      String[] outcomes = new String[d.readInt()];
      for (int i = 0; i < outcomes.length; i++) {
        byte[] name = new byte[d.readUnsignedByte()];
        d.readFully(name);
        outcomes[i] = new String(name, StandardCharsets.UTF_8);
      }
      long[] keys = new long[d.readInt()];
      double[] weights = new double[d.readInt()];
      int[] starts = new int[keys.length + 1];
      byte[] outcomeOf = new byte[weights.length];
      byte[] block = new byte[1 << 16];
      for (int i = 0, n; i < keys.length; i += n) {
        n = Math.min(block.length / 8, keys.length - i);
        d.readFully(block, 0, 8 * n);
        ByteBuffer.wrap(block, 0, 8 * n).asLongBuffer().get(keys, i, n);
      }
      for (int i = 0, n; i < starts.length; i += n) {
        n = Math.min(block.length / 4, starts.length - i);
        d.readFully(block, 0, 4 * n);
        ByteBuffer.wrap(block, 0, 4 * n).asIntBuffer().get(starts, i, n);
      }
      for (int i = 0, n; i < weights.length; i += n) {
        n = Math.min(block.length / 8, weights.length - i);
        d.readFully(block, 0, 8 * n);
        ByteBuffer.wrap(block, 0, 8 * n).asDoubleBuffer().get(weights, i, n);
      }
      d.readFully(outcomeOf);
      if (d.read() >= 0) throw new IOException("language weights file has bytes too many");
      return new LanguageWeights(outcomes, keys, starts, outcomeOf, weights);
    } catch (java.io.EOFException e) {
      throw new IOException("language weights file ends early", e);
    }
  }

  /** Writes the weights of an OpenNLP maxent language model in the form {@link #read} reads. */
  static void write(AbstractModel model, OutputStream out) throws IOException {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    if (outcomes.length > 256) throw new IOException("more than 256 languages");
    long[] keys = new long[predicates.size()];
    Context[] byKey = new Context[keys.length];
    int n = 0;
    for (var e : predicates.entrySet()) {
      long k = key(e.getKey());
      if (k < 0) throw new IOException("an n-gram longer than three characters: " + e.getKey());
      keys[n++] = k;
    }
    Arrays.sort(keys);
    Map<Long, Context> byLong = new java.util.HashMap<>();
    for (var e : predicates.entrySet()) byLong.put(key(e.getKey()), e.getValue());
    int params = 0;
    for (int i = 0; i < keys.length; i++) {
      byKey[i] = byLong.get(keys[i]);
      params += byKey[i].getOutcomes().length;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(outcomes.length);
    for (String o : outcomes) {
      byte[] name = o.getBytes(StandardCharsets.UTF_8);
      d.writeByte(name.length);
      d.write(name);
    }
    d.writeInt(keys.length);
    d.writeInt(params);
    for (long k : keys) d.writeLong(k);
    int start = 0;
    for (Context c : byKey) {
      d.writeInt(start);
      start += c.getOutcomes().length;
    }
    d.writeInt(start);
    for (Context c : byKey) {
      for (double w : c.getParameters()) d.writeDouble(w);
    }
    for (Context c : byKey) {
      for (int o : c.getOutcomes()) d.writeByte(o);
    }
    d.flush();
    out.write(bytes.toByteArray());
  }

  /**
   * Build step ({@code process-classes}): writes {@code langdetect-183.weights} from the model on the class
   * path into the folder given as the one argument.
   */
  public static void main(String[] args) throws IOException {
    var model = Models.load("/langdetect-183.bin", opennlp.tools.langdetect.LanguageDetectorModel::new);
    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(dir);
    try (OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("langdetect-183.weights"))) {
      write((AbstractModel) model.getMaxentModel(), out);
    }
  }
}
