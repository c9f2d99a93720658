package dev.minutes.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the document model as JSON through Jackson's streaming generator alone, without the object mapper
 * and the few hundred classes it loads: a record is an object of its components, in the order its
 * {@link JsonPropertyOrder} names them (those it does not name follow, as declared), leaving out a component
 * whose {@link JsonInclude} says so ({@code NON_NULL}: when null; {@code NON_EMPTY}: when null or empty); a list
 * is an array; a map is an object of its entries, in its order; strings, numbers, booleans and null are
 * themselves. The same text as {@link MinutesJson#mapper()} writes (tested on every fixture).
 */
final class RecordWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Map<Class<?>, List<Component>> ORDER = new ConcurrentHashMap<>();

  /** A record component and when it is written ({@code ALWAYS} where its accessor has no {@link JsonInclude}). */
  private record Component(RecordComponent component, JsonInclude.Include include) {
    boolean leftOut(Object value) {
      return switch (include) {
        case NON_NULL -> value == null;
        case NON_EMPTY -> value == null || value instanceof Collection<?> c && c.isEmpty()
            || value instanceof Map<?, ?> m && m.isEmpty() || value instanceof String s && s.isEmpty();
        default -> false;
      };
    }
  }

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
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) value(g, o);
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Record r) {
      g.writeStartObject();
      for (Component c : components(r.getClass())) {
        Object value = get(c.component(), r);
        if (c.leftOut(value)) continue;
        g.writeFieldName(c.component().getName());
        value(g, value);
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a type of the document model: " + v.getClass());
    }
  }

  private static List<Component> components(Class<?> type) {
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
      return ordered.stream().map(c -> {
        // on a record component, the annotation is kept on its accessor (it does not apply to components)
        JsonInclude include = c.getAccessor().getAnnotation(JsonInclude.class);
        return new Component(c, include == null ? JsonInclude.Include.ALWAYS : include.value());
      }).toList();
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
