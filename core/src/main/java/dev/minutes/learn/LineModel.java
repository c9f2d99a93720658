package dev.minutes.learn;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy classifier over feature strings (OpenNLP's, trained by L-BFGS with an L2 penalty so that no one
 * design's quirks carry much weight): the probability of each outcome given a line's or paragraph's features.
 * Immutable and thread-safe once made; stored gzipped in OpenNLP's binary model format.
 */
public final class LineModel {
  /** The L2 penalty and iterations the shipped models are trained with. */
  public static final double L2 = 1.0;
  public static final int ITERATIONS = 300;

  private final MaxentModel model;
  private final Map<String, Integer> outcomes = new HashMap<>();

  private LineModel(MaxentModel model) {
    this.model = model;
    for (int k = 0; k < model.getNumOutcomes(); k++) outcomes.put(model.getOutcome(k), k);
  }

  /** A model trained on {@code events} (outcome and features each). */
  public static LineModel train(List<Event> events) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put("L2Cost", L2);
    p.put("L1Cost", 0.0);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      var trainer = TrainerFactory.getEventTrainer(p, null);
      return new LineModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probability of {@code outcome} given {@code features}; 0 for an outcome the model never saw. */
  public double probability(String[] features, String outcome) {
    Integer k = outcomes.get(outcome);
    return k == null ? 0 : model.eval(features)[k];
  }

  /** Each outcome's probability given {@code features}, by outcome. */
  public Map<String, Double> probabilities(String[] features) {
    double[] p = model.eval(features);
    Map<String, Double> out = new HashMap<>();
    for (var e : outcomes.entrySet()) out.put(e.getKey(), p[e.getValue()]);
    return out;
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(zip);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
    zip.finish();
  }

  public static LineModel read(InputStream in) throws IOException {
    var data = new BinaryFileDataReader(new GZIPInputStream(new BufferedInputStream(in)));
    return new LineModel(new GenericModelReader(data).getModel());
  }
}
