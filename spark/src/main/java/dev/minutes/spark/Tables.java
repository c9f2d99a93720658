package dev.minutes.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The tables the data source reads: their schemas and their rows for one file. Every column but the keys
 * ({@code path}, and {@code parent}, {@code parentIndex}, {@code item}, {@code itemIndex}, {@code index} in the
 * flat tables) and the outcome
 * ({@code bytes}, {@code error}, {@code message}, {@code ms}, {@code json}) has the name and the value of the
 * field of the JSON contract at the same place. Rows are made from the document's JSON tree, field by field
 * of the schema, so a field the model gains later is in {@code documents.json} at once and a column once it is
 * named here.
 */
public enum Tables {
  /** One row per file, read or not. */
  DOCUMENTS,
  /** One row per agenda item at any depth, depth first, parents before their children. */
  ITEMS,
  /** One row per action, with its item's number and place. */
  ACTIONS,
  /** One row per decision paragraph, with its item's number and place. */
  DECISIONS,
  /** The four in one scan: a column {@code table} names the table, the row is in the column of that name. */
  ALL;

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType INT = DataTypes.IntegerType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType STRINGS = DataTypes.createArrayType(STRING, true);

  static final StructType PARTICIPANT = struct(
      field("name", STRING), field("role", STRING), field("roleText", STRING), field("attendance", STRING),
      field("initials", STRING));
  static final StructType FORMAT = struct(field("profile", STRING), field("kind", STRING), field("evidence", STRINGS));
  static final StructType SOURCE = struct(
      field("file", STRING), field("sha256", STRING), field("bytes", LONG), field("pages", INT),
      field("producer", STRING), field("language", STRING), field("title", STRING), field("author", STRING),
      field("created", STRING), field("format", FORMAT));
  static final StructType MEETING = struct(
      field("title", STRING), field("body", STRING), field("date", STRING), field("startTime", STRING),
      field("endTime", STRING), field("location", STRING),
      field("participants", DataTypes.createArrayType(PARTICIPANT, true)));
  static final StructType WARNING = struct(field("code", STRING), field("message", STRING), field("page", INT));

  /** {@code bytes}: the file's size as listed; {@code ms}: the time its parse took; {@code json}: the whole document. */
  static final StructType DOCUMENTS_SCHEMA = struct(
      field("path", STRING), field("bytes", LONG), field("error", STRING), field("message", STRING), field("ms", LONG),
      field("schemaVersion", STRING), field("source", SOURCE), field("meeting", MEETING),
      field("warnings", DataTypes.createArrayType(WARNING, true)), field("json", STRING));
  /**
   * An item without its sub-items (rows of their own, whose {@code parent} and {@code parentIndex} name the item)
   * and without its actions and decisions (the other tables); {@code index} is its place in the document, depth
   * first, from 0; {@code parent} the parent's number (null at the top level, and where the parent's heading prints
   * no number), {@code parentIndex} the parent's index (null at the top level).
   */
  static final StructType ITEMS_SCHEMA = struct(
      field("path", STRING), field("index", INT), field("parent", STRING), field("parentIndex", INT),
      field("number", STRING),
      field("level", INT), field("title", STRING), field("caseNumber", STRING),
      field("pages", DataTypes.createArrayType(INT, true)), field("description", STRINGS), field("notes", STRINGS),
      field("proposal", STRINGS),
      field("attachments", DataTypes.createArrayType(struct(field("name", STRING)), true)),
      field("mentions", DataTypes.createArrayType(
          struct(field("text", STRING), field("participantIndex", INT), field("section", STRING)), true)));
  /**
   * {@code item}: the item's number (null where its heading prints none); {@code itemIndex}: the item's
   * {@code index}; {@code index}: the action's place in the item, from 0.
   */
  static final StructType ACTIONS_SCHEMA = struct(
      field("path", STRING), field("item", STRING), field("itemIndex", INT), field("index", INT), field("text", STRING),
      field("due", STRING),
      field("dueRaw", STRING), field("responsible", STRING), field("participantIndex", INT));
  /** {@code item}, {@code itemIndex}: as for actions; {@code index}: the decision's place in the item, from 0. */
  static final StructType DECISIONS_SCHEMA = struct(
      field("path", STRING), field("item", STRING), field("itemIndex", INT), field("index", INT),
      field("text", STRING));
  static final StructType ALL_SCHEMA = struct(
      field("table", STRING), field("documents", DOCUMENTS_SCHEMA), field("items", ITEMS_SCHEMA),
      field("actions", ACTIONS_SCHEMA), field("decisions", DECISIONS_SCHEMA));

  /** The table an option names ({@code documents} when none does). */
  public static Tables named(String name) {
    if (name == null || name.isBlank()) return DOCUMENTS;
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("minutes: option table: '" + name
          + "' is none of documents, items, actions, decisions, all");
    }
  }

  /** The table's name as an option and a column give it. */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public StructType schema() {
    return switch (this) {
      case DOCUMENTS -> DOCUMENTS_SCHEMA;
      case ITEMS -> ITEMS_SCHEMA;
      case ACTIONS -> ACTIONS_SCHEMA;
      case DECISIONS -> DECISIONS_SCHEMA;
      case ALL -> ALL_SCHEMA;
    };
  }

  /** The rows of this table for one file: its outcome, and its document where it was read. */
  List<InternalRow> rows(FileOutcome outcome) {
    JsonNode doc = outcome.minutes() == null ? null : MinutesJson.mapper().valueToTree(outcome.minutes());
    List<InternalRow> rows = new ArrayList<>();
    switch (this) {
      case DOCUMENTS -> rows.add(JsonRows.row(document(outcome, doc), DOCUMENTS_SCHEMA));
      case ITEMS -> items(outcome.path(), doc, row -> rows.add(JsonRows.row(row, ITEMS_SCHEMA)), null, null);
      case ACTIONS -> items(outcome.path(), doc, null, row -> rows.add(JsonRows.row(row, ACTIONS_SCHEMA)), null);
      case DECISIONS -> items(outcome.path(), doc, null, null, row -> rows.add(JsonRows.row(row, DECISIONS_SCHEMA)));
      case ALL -> {
        rows.add(all(DOCUMENTS, JsonRows.row(document(outcome, doc), DOCUMENTS_SCHEMA)));
        items(outcome.path(), doc,
            row -> rows.add(all(ITEMS, JsonRows.row(row, ITEMS_SCHEMA))),
            row -> rows.add(all(ACTIONS, JsonRows.row(row, ACTIONS_SCHEMA))),
            row -> rows.add(all(DECISIONS, JsonRows.row(row, DECISIONS_SCHEMA))));
      }
    }
    return rows;
  }

  private static InternalRow all(Tables table, InternalRow row) {
    Object[] values = new Object[5];
    values[0] = UTF8String.fromString(table.tableName());
    values[1 + table.ordinal()] = row;
    return new GenericInternalRow(values);
  }

  private static ObjectNode document(FileOutcome outcome, JsonNode doc) {
    ObjectNode row = fieldsBut(doc, Set.of("items"));
    row.put("path", outcome.path()).put("bytes", outcome.bytes()).put("error", outcome.error())
        .put("message", outcome.message()).put("ms", outcome.ms());
    if (outcome.minutes() != null) row.put("json", MinutesJson.toJson(outcome.minutes(), false));
    return row;
  }

  /** Walks the document's items depth first, handing each item's, action's and decision's row to its sink. */
  private static void items(String path, JsonNode doc, java.util.function.Consumer<ObjectNode> itemSink,
                            java.util.function.Consumer<ObjectNode> actionSink,
                            java.util.function.Consumer<ObjectNode> decisionSink) {
    if (doc == null) return;
    int[] index = {0};
    walk(path, doc.path("items"), null, null, index, itemSink, actionSink, decisionSink);
  }

  private static void walk(String path, JsonNode items, String parent, Integer parentIndex, int[] index,
                           java.util.function.Consumer<ObjectNode> itemSink,
                           java.util.function.Consumer<ObjectNode> actionSink,
                           java.util.function.Consumer<ObjectNode> decisionSink) {
    for (JsonNode item : items) {
      String number = item.path("number").isTextual() ? item.get("number").asText() : null;
      int own = index[0]++;
      if (itemSink != null) {
        ObjectNode row = fieldsBut(item, CHILDREN);
        row.put("path", path).put("index", own).put("parent", parent).put("parentIndex", parentIndex);
        itemSink.accept(row);
      }
      if (actionSink != null) {
        int i = 0;
        for (JsonNode action : item.path("actions")) {
          ObjectNode row = fieldsBut(action, Set.of());
          actionSink.accept(row.put("path", path).put("item", number).put("itemIndex", own).put("index", i++));
        }
      }
      if (decisionSink != null) {
        int i = 0;
        for (JsonNode decision : item.path("decisions")) {
          ObjectNode row = JsonNodeFactory.instance.objectNode();
          row.put("path", path).put("item", number).put("itemIndex", own).put("index", i++).set("text", decision);
          decisionSink.accept(row);
        }
      }
      walk(path, item.path("items"), number, own, index, itemSink, actionSink, decisionSink);
    }
  }

  /** The fields of an item that are rows of other tables. */
  private static final Set<String> CHILDREN = Set.of("items", "actions", "decisions");

  /** A new object with {@code node}'s fields (shared, not copied) but those named. */
  private static ObjectNode fieldsBut(JsonNode node, Set<String> left) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    if (node == null) return row;
    for (var f : node.properties()) {
      if (!left.contains(f.getKey())) row.set(f.getKey(), f.getValue());
    }
    return row;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
