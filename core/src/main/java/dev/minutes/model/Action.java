package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An action: its text, its due date as ISO ({@code due}) and as written ({@code dueRaw}), and the
 * responsible person (null where the export says no one is).
 */
@JsonPropertyOrder({"text", "due", "dueRaw", "responsible"})
public record Action(String text, String due, String dueRaw, String responsible) {}
