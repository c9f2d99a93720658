package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A participant; {@code role} is {@value #ORGANIZER} or null. */
@JsonPropertyOrder({"name", "role"})
public record Participant(String name, String role) {
  public static final String ORGANIZER = "organizer";
}
