package dev.minutes.profile.table;

import dev.minutes.profile.Clues;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.profile.association.AssociationProfile;
import dev.minutes.segment.Vocabulary;

/**
 * Protocols kept as a table of rows {@code Punkt | Vad | Ansvar} (number, what was said or decided, who does
 * it): an association's words, read with the shared recognisers, the right-hand column giving each paragraph's
 * responsible person (see {@code SideColumn}). Evidence: a row of column titles that ends in a column of people.
 */
public final class TableProtocolProfile extends OutlineProfile {
  public static final String NAME = "table-protocol";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Vocabulary vocabulary() {
    return AssociationProfile.VOCABULARY;
  }

  @Override
  public Evidence evidence(DocumentLines document) {
    int titles = Clues.lines(document, "vad ärende beskrivning text discussion minute",
        "(?:punkt|nr|§|item|no\\.?)\\s+(?:vad|ärende|beskrivning|text|discussion|minute)"
        + "\\s+(?:ansvar|ansvarig|ansvariga|action|who|by whom)");
    return new Evidence.Builder()
        .add(titles, 0.7, "a table's column titles (Punkt | Vad | Ansvar)")
        .build();
  }
}
