package dev.minutes.profile;

import java.util.ArrayList;
import java.util.List;

/** How strongly a document looks like a profile's family (0 to 1), with the reasons in words. */
public record Evidence(double score, List<String> reasons) {
  public static final Evidence NONE = new Evidence(0, List.of());

  public Evidence {
    reasons = List.copyOf(reasons);
  }

  /** Collects weighted clues; the score is their sum, capped at 1. */
  public static final class Builder {
    private double score;
    private final List<String> reasons = new ArrayList<>();

    /** Adds {@code weight} with its reason when {@code count} is positive; the reason names the count. */
    public Builder add(int count, double weight, String reason) {
      if (count > 0) {
        score += weight;
        reasons.add(count == 1 ? reason : reason + ": " + count);
      }
      return this;
    }

    /** Adds {@code weight} with its reason when {@code present}. */
    public Builder add(boolean present, double weight, String reason) {
      return add(present ? 1 : 0, weight, reason);
    }

    public Evidence build() {
      return new Evidence(Math.max(0, Math.min(1, score)), reasons);
    }
  }
}
