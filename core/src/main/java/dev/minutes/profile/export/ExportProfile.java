package dev.minutes.profile.export;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.model.Format;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.Profile;
import dev.minutes.profile.Segmented;
import dev.minutes.segment.MeetingDate;
import dev.minutes.segment.Warnings;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The meeting app's export (the seed's family): a title, a {@code yyyy-mm-dd hh:mm - hh:mm} line,
 * {@code Plats} and {@code Deltagare} labels, numbered items with {@code Anteckningar}, {@code Åtgärder},
 * {@code Beslut} and {@code Bilagor} sections. Evidence: each kind of label of one label set that stands
 * alone on a line, and the date line near the top.
 */
public final class ExportProfile implements Profile {
  public static final String NAME = "export";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Evidence evidence(DocumentLines document) {
    List<TextLine> lines = document.lines();
    int bestKinds = 0;
    for (LabelSet set : document.labelSets()) {
      Set<Section> sections = EnumSet.noneOf(Section.class);
      boolean location = false, participants = false;
      for (TextLine line : lines) {
        String t = line.text();
        Section s = Section.of(t, set);
        if (s != null) sections.add(s);
        location |= LabelSet.isLabel(t, set.location());
        participants |= LabelSet.isLabel(t, set.participants());
      }
      bestKinds = Math.max(bestKinds, sections.size() + (location ? 1 : 0) + (participants ? 1 : 0));
    }
    boolean dateLine = false;
    for (int i = 0; i < Math.min(6, lines.size()); i++) {
      MeetingDate d = MeetingDate.parse(lines.get(i).text());
      dateLine |= d != null && d.start() != null;
    }
    return new Evidence.Builder()
        .add(bestKinds, 0.15 * bestKinds, "kinds of export label standing alone (Plats, Deltagare, Anteckningar, Åtgärder, …)")
        .add(dateLine, 0.2, "a date and time line under the title")
        .build();
  }

  @Override
  public Segmented segment(DocumentLines document, Warnings warnings) {
    ExportSegmenter.Result r = new ExportSegmenter(document.labelSets()).segment(document.lines(), document.language(),
        warnings);
    return new Segmented(r.meeting(), r.items(), dev.minutes.profile.OutlineProfile.kind(r.items()), r.labels().language(),
        r.trace());
  }
}
