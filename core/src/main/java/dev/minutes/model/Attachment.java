package dev.minutes.model;

/** An attached file, by the name the export gives it. */
public record Attachment(String name) {}
