package dev.minutes.profile;

import dev.minutes.model.Format;
import dev.minutes.segment.OutlineSegmenter;
import dev.minutes.segment.Vocabulary;
import dev.minutes.segment.Warnings;

/**
 * A family read with the shared {@link OutlineSegmenter} and its own {@link Vocabulary}: a subclass names the
 * family, gives its vocabulary and says how strongly a document looks like it. What a document is: minutes where
 * any item records a decision, an action or notes; an agenda where the items carry nothing.
 */
public abstract class OutlineProfile implements Profile {
  protected abstract Vocabulary vocabulary();

  @Override
  public Segmented segment(DocumentLines document, Warnings warnings) {
    OutlineSegmenter.Result r = segmenter().segment(document.lines(), document.furniture(),
        document.referenceDate(), warnings);
    if (r.notNames() > 0) {
      warnings.add("check.participants-unparsed", r.notNames() + " entries in the participant lists do not look "
          + "like names and were left out", null);
    }
    String kind = kind(r.items());
    return finish(new Segmented(finish(r.meeting()), r.items(), kind, vocabulary().language(), r.trace()), document);
  }

  /** The segmenter the family reads with: the shared one with its vocabulary, by default. */
  protected OutlineSegmenter segmenter() {
    return new OutlineSegmenter(vocabulary());
  }

  /** The family's last word on the whole reading; as read by default. */
  protected Segmented finish(Segmented segmented, DocumentLines document) {
    return segmented;
  }

  /** The family's last word on the meeting's header (e.g. a body named by the title); as read by default. */
  protected dev.minutes.model.Meeting finish(dev.minutes.model.Meeting meeting) {
    return meeting;
  }

  /** What a document is, by its items: minutes where any records notes, decisions or actions, an agenda where none does, other without items. */
  public static String kind(java.util.List<dev.minutes.model.Item> items) {
    boolean content = items.stream().anyMatch(OutlineProfile::hasContent);
    return items.isEmpty() ? Format.OTHER : content ? Format.MINUTES : Format.AGENDA;
  }

  private static boolean hasContent(dev.minutes.model.Item i) {
    return !i.notes().isEmpty() || !i.decisions().isEmpty() || !i.actions().isEmpty() || !i.description().isEmpty()
        || !i.proposal().isEmpty() || !i.attachments().isEmpty()
        || i.items().stream().anyMatch(OutlineProfile::hasContent);
  }
}
