package dev.minutes;

/**
 * The input cannot be read as minutes at all. Odd content never raises this: it becomes a warning
 * on the result. The {@link Kind} says why, the message says it in words a person understands.
 */
public final class MinutesException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an input could not be read. */
  public enum Kind {
    /** The file could not be read (missing, a directory, no permission). */
    IO("cannot be read"),
    /** The bytes are not a PDF (empty, text, another format). */
    NOT_A_PDF("not a PDF"),
    /** A PDF so damaged that no page could be read. */
    DAMAGED("damaged PDF"),
    /** The PDF is encrypted with a user password. */
    PASSWORD_REQUIRED("password required"),
    /** The PDF has pages but no text layer: a scan or images only. */
    NO_TEXT("no text layer");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A short phrase for reports: {@code "not a PDF"}. */
    public String label() {
      return label;
    }
  }

  private final Kind kind;

  public MinutesException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public MinutesException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
