package dev.minutes.profile;

import dev.minutes.model.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the profile a document is read as. Rule: the profile with the highest evidence score wins; a
 * tie goes to the one listed first; when no profile has any evidence, the first profile reads the document.
 */
public final class Profiles {
  private Profiles() {}

  /** The choice: the profile, and the evidence as {@code source.format} records it. */
  public record Choice(Profile profile, Evidence evidence) {
    public Format format(String kind) {
      List<String> reasons = new ArrayList<>(evidence.reasons());
      if (reasons.isEmpty()) reasons.add("no family's evidence: read as " + profile.name());
      return new Format(profile.name(), kind, reasons);
    }
  }

  public static Choice choose(List<Profile> profiles, DocumentLines document) {
    Profile best = profiles.get(0);
    Evidence bestEvidence = Evidence.NONE;
    boolean first = true;
    for (Profile p : profiles) {
      Evidence e = p.evidence(document);
      if (first || e.score() > bestEvidence.score()) {
        best = p;
        bestEvidence = e;
      }
      first = false;
    }
    return new Choice(best, bestEvidence);
  }
}
