package dev.minutes.profile.general;

import dev.minutes.extract.TextLine;
import dev.minutes.learn.HeadingModels;
import dev.minutes.learn.Lines;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.Layout;
import dev.minutes.segment.NumberSyntax;
import dev.minutes.segment.OutlineSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Headings as the heading models and {@link Outline} find them, for the shared segmenter: each with its identifier
 * as printed (null where unnumbered), its depth, and its title and the lines the title takes ({@link Titles}).
 */
final class LearnedHeadings implements OutlineSegmenter.HeadingSource {
  private final HeadingModels models;

  LearnedHeadings(HeadingModels models) {
    this.models = models;
  }

  @Override
  public List<OutlineSegmenter.Heading> find(List<TextLine> input, Layout layout) {
    Lines lines = new Lines(input);
    if (lines.size() == 0) return List.of();
    double[][] p = models.probabilities(lines);
    List<Outline.Heading> chosen = Outline.choose(lines, p[0], p[2]);
    List<OutlineSegmenter.Heading> out = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      Outline.Heading h = chosen.get(k);
      int end = k + 1 < chosen.size() ? chosen.get(k + 1).line() : lines.size();
      Titles.Title title = Titles.of(lines, h, p[1], end);
      int last = title.lines().get(title.lines().size() - 1);
      TextLine line = lines.line(h.line());
      float titleX = line.words().size() > 1 && h.number() != null ? line.words().get(1).x() : line.x();
      out.add(new OutlineSegmenter.Heading(h.line(), null, h.level(), title.text(), titleX, syntax(h.token()), 1,
          h.number(), last + 1));
    }
    return out;
  }

  private static NumberSyntax syntax(HeadingToken t) {
    if (t == null) return NumberSyntax.UNNUMBERED;
    return switch (t.syntax()) {
      case SIGN -> NumberSyntax.PARAGRAPH_SIGN;
      case WORD -> NumberSyntax.WORD;
      case PAREN -> NumberSyntax.PARENTHESIS;
      case TIME_SLOT -> NumberSyntax.TIME_SLOT;
      default -> NumberSyntax.DOTTED;
    };
  }
}
