package dev.minutes.segment;

import dev.minutes.model.Warning;
import java.util.ArrayList;
import java.util.List;

/** Collects warnings in the order they arise. */
public final class Warnings {
  private final List<Warning> list = new ArrayList<>();

  public void add(String code, String message, Integer page) {
    list.add(new Warning(code, message, page));
  }

  public List<Warning> list() {
    return List.copyOf(list);
  }
}
