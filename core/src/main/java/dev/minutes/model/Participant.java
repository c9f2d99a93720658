package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A person the meeting's header lists. {@code role} is one of a few functions the parser recognises
 * ({@value #ORGANIZER}, {@value #CHAIR}, {@value #VICE_CHAIR}, {@value #SECRETARY}, {@value #ADJUSTER}) or
 * null; {@code roleText} is the role as written ({@code "Organisatör"}, {@code "välfärdschef"}), or null;
 * {@code attendance} is {@value #PRESENT}, {@value #ABSENT} or {@value #SUBSTITUTE} where the document says,
 * else null; {@code initials} are those written beside the name ({@code "DT"}), else null.
 */
@JsonPropertyOrder({"name", "role", "roleText", "attendance", "initials"})
public record Participant(String name, String role, String roleText, String attendance, String initials) {
  public static final String ORGANIZER = "organizer";
  public static final String CHAIR = "chair";
  public static final String VICE_CHAIR = "vice-chair";
  public static final String SECRETARY = "secretary";
  public static final String ADJUSTER = "adjuster";

  public static final String PRESENT = "present";
  public static final String ABSENT = "absent";
  public static final String SUBSTITUTE = "substitute";

  /** A participant known by name and role only. */
  public Participant(String name, String role) {
    this(name, role, null, null, null);
  }
}
