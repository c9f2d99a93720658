package dev.minutes.learn.train;

import dev.minutes.learn.HeadingAlignment;
import dev.minutes.learn.LineFeatures;
import dev.minutes.learn.LineModel;
import dev.minutes.learn.Lines;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;

/**
 * Trains the heading model: each line of each document an event, its outcome the role the gold gives it (opens a
 * heading, carries a title on, other) and its context {@link LineFeatures}. A document whose gold items are mostly
 * not found in its lines (its text layer misread, its identifiers not a heading's) teaches nothing and is left out.
 */
public final class HeadingTraining {
  /** The share of a document's gold items that must be found in its lines for it to be learned from. */
  static final double MIN_FOUND = 0.6;

  private HeadingTraining() {}

  public static List<Event> events(Sample s) {
    Lines lines = new Lines(s.document().lines());
    HeadingAlignment.Result r = HeadingAlignment.align(lines.all(), s.gold().items());
    List<Event> out = new ArrayList<>();
    if (r.total() > 0 && r.found() < MIN_FOUND * r.total()) return out;
    for (int i = 0; i < lines.size(); i++) out.add(new Event(r.roles()[i], LineFeatures.of(lines, i)));
    return out;
  }

  public static LineModel train(List<Sample> samples) {
    List<Event> events = new ArrayList<>();
    for (Sample s : samples) events.addAll(events(s));
    return LineModel.train(events);
  }
}
