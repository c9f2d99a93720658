package dev.minutes.inspect;

import java.awt.Color;

/**
 * What a box drawn over a page stands for, with its colour and its name in the legend. Rule: an element's role
 * follows its JSON pointer's last named part ({@code /items/2/notes/0}: notes); an action is drawn whole, with its
 * due date and responsible person inside; single participants and an action's text are not drawn (the list and the
 * action are).
 */
public enum Role {
  HEADER("header field", new Color(0x6a3d9a)),
  HEADING("item heading (number, title)", new Color(0xd62728)),
  CASE_NUMBER("case number", new Color(0x8c564b)),
  DESCRIPTION("description", new Color(0x1f77b4)),
  NOTES("notes paragraph", new Color(0x17becf)),
  PROPOSAL("proposal", new Color(0x7f7f7f)),
  ACTION("action", new Color(0xff7f0e)),
  DUE("action: due date", new Color(0xe377c2)),
  RESPONSIBLE("action: responsible", new Color(0xbcbd22)),
  DECISION("decision", new Color(0x2ca02c)),
  ATTACHMENT("attachment", new Color(0x9467bd)),
  FURNITURE("page furniture set aside", new Color(0x999999));

  private final String legend;
  private final Color colour;

  Role(String legend, Color colour) {
    this.legend = legend;
    this.colour = colour;
  }

  public String legend() {
    return legend;
  }

  public Color colour() {
    return colour;
  }

  /** The colour as CSS writes it ({@code #d62728}). */
  public String css() {
    return String.format("#%06x", colour.getRGB() & 0xffffff);
  }

  /** The role of the element at {@code pointer}, or null where it is not drawn. */
  public static Role of(String pointer) {
    if (pointer.startsWith("/meeting/")) {
      return pointer.matches("/meeting/participants/\\d+") ? null : HEADER;
    }
    String[] parts = pointer.split("/");
    String last = parts[parts.length - 1];
    String named = last.matches("\\d+") ? parts[parts.length - 2] : last;
    return switch (named) {
      case "number", "title" -> HEADING;
      case "caseNumber" -> CASE_NUMBER;
      case "description" -> DESCRIPTION;
      case "notes" -> NOTES;
      case "proposal" -> PROPOSAL;
      case "actions" -> ACTION;
      case "due" -> DUE;
      case "responsible" -> RESPONSIBLE;
      case "decisions" -> DECISION;
      case "attachments" -> ATTACHMENT;
      default -> null;
    };
  }
}
