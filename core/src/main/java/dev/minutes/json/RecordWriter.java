package dev.minutes.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the document model as JSON through Jackson's streaming generator alone, without the object mapper
 * and the few hundred classes it loads: a record is an object of its components, in the order its
 * {@link JsonPropertyOrder} names them (those it does not name follow, as declared); a list is an array;
 * strings, numbers, booleans and null are themselves. The same text as {@link MinutesJson#mapper()} writes
 * (tested on every fixture).
 */
final class RecordWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Map<Class<?>, List<RecordComponent>> ORDER = new ConcurrentHashMap<>();

  private RecordWriter() {}

  static void write(Object value, Writer out, boolean pretty) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) g.setPrettyPrinter(MinutesJson.pretty());
      value(g, value);
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) value(g, o);
      g.writeEndArray();
    } else if (v instanceof Record r) {
      g.writeStartObject();
      for (RecordComponent c : components(r.getClass())) {
        g.writeFieldName(c.getName());
        value(g, get(c, r));
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a type of the document model: " + v.getClass());
    }
  }

  private static List<RecordComponent> components(Class<?> type) {
    return ORDER.computeIfAbsent(type, t -> {
      List<RecordComponent> rest = new ArrayList<>(Arrays.asList(t.getRecordComponents()));
      List<RecordComponent> ordered = new ArrayList<>();
      JsonPropertyOrder order = t.getAnnotation(JsonPropertyOrder.class);
      for (String name : order == null ? new String[0] : order.value()) {
        rest.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresent(c -> {
          ordered.add(c);
          rest.remove(c);
        });
      }
      ordered.addAll(rest);
      return List.copyOf(ordered);
    });
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
