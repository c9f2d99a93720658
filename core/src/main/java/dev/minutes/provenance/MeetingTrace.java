package dev.minutes.provenance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the meeting's header fields were read, keyed by their JSON names ({@code title}, {@code body},
 * {@code date}, {@code startTime}, {@code endTime}, {@code location}, {@code participants}: the lists of names).
 */
public final class MeetingTrace {
  public final Map<String, Spans> fields = new LinkedHashMap<>();

  /** Records where field {@code name} was read (more spans for a field already read are added to it). */
  public MeetingTrace put(String name, Spans spans) {
    if (spans != null && !spans.isEmpty()) fields.merge(name, spans, Spans::plus);
    return this;
  }

  /** Replaces what field {@code name} was read from. */
  public MeetingTrace set(String name, Spans spans) {
    if (spans == null || spans.isEmpty()) fields.remove(name);
    else fields.put(name, spans);
    return this;
  }

  public Spans get(String name) {
    return fields.getOrDefault(name, Spans.EMPTY);
  }
}
