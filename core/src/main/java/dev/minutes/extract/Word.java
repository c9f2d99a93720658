package dev.minutes.extract;

/** A word as placed on the page: left and right edge in points, font size in points, weight. */
public record Word(String text, float x, float endX, float fontSize, boolean bold) {}
