package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something in the document the parser did not fully understand. {@code page} is 1-based or null. */
@JsonPropertyOrder({"code", "message", "page"})
public record Warning(String code, String message, Integer page) {}
