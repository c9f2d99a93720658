package dev.minutes.learn.train;

import dev.minutes.learn.HeadingAlignment;
import dev.minutes.learn.LineFeatures;
import dev.minutes.learn.HeadingModels;
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

  /**
   * The events of one document: for the numbered model every line; for the unnumbered model, where most of the
   * gold's items are unnumbered, the lines that open with no identifier or a time slot.
   */
  public static List<Event> events(Sample s, boolean numbered) {
    Lines lines = new Lines(s.document().lines());
    var items = s.gold().allItems();
    HeadingAlignment.Result r = HeadingAlignment.align(lines.all(), items);
    List<Event> out = new ArrayList<>();
    if (r.total() > 0 && r.found() < MIN_FOUND * r.total()) return out;
    long unnumberedItems = items.stream().filter(g -> g.number() == null).count();
    if (!numbered && (items.isEmpty() || unnumberedItems * 2 < items.size())) return out;
    for (int i = 0; i < lines.size(); i++) {
      var t = lines.token(i);
      if (!numbered && t != null && t.syntax() != dev.minutes.segment.HeadingToken.Syntax.TIME_SLOT) continue;
      out.add(new Event(r.roles()[i], LineFeatures.of(lines, i)));
    }
    return out;
  }

  public static HeadingModels train(List<Sample> samples) {
    List<Event> numbered = new ArrayList<>(), unnumbered = new ArrayList<>();
    for (Sample s : samples) {
      numbered.addAll(events(s, true));
      unnumbered.addAll(events(s, false));
    }
    return new HeadingModels(LineModel.train(numbered), LineModel.train(unnumbered));
  }
}
