package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A participant named in an item's text, as written ({@code "Lisa A L"}), with the index of the
 * participant it refers to and the section it stands in ({@code description}, {@code notes},
 * {@code actions}, {@code decisions}).
 */
@JsonPropertyOrder({"text", "participantIndex", "section"})
public record Mention(String text, int participantIndex, String section) {}
