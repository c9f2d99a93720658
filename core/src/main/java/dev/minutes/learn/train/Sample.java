package dev.minutes.learn.train;

import dev.minutes.eval.RealGold;
import dev.minutes.profile.DocumentLines;

/**
 * A document to learn from or to score: the source it comes from (the organisation, or {@code fixtures} for the
 * project's own), its name, its lines as the parser reads them, and its gold; {@code real} for a document published
 * by someone else.
 */
public record Sample(String source, String name, DocumentLines document, RealGold gold, boolean real) {}
