package dev.minutes.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A JSON tree as a Spark row of a given schema: each column takes the JSON field of its name, missing or null
 * fields are null, fields the schema does not name are left out. So the rows follow the JSON contract by name
 * and the schema picks what becomes a column.
 */
final class JsonRows {
  private JsonRows() {}

  static InternalRow row(JsonNode object, StructType schema) {
    StructField[] fields = schema.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) values[i] = value(object.get(fields[i].name()), fields[i].dataType());
    return new GenericInternalRow(values);
  }

  private static Object value(JsonNode node, DataType type) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (type instanceof StringType) return UTF8String.fromString(node.isValueNode() ? node.asText() : node.toString());
    if (type instanceof IntegerType) return node.isNumber() ? node.intValue() : null;
    if (type instanceof LongType) return node.isNumber() ? node.longValue() : null;
    if (type instanceof DoubleType) return node.isNumber() ? node.doubleValue() : null;
    if (type instanceof BooleanType) return node.isBoolean() ? node.booleanValue() : null;
    if (type instanceof StructType struct) return node.isObject() ? row(node, struct) : null;
    if (type instanceof ArrayType array) {
      if (!node.isArray()) return null;
      Object[] values = new Object[node.size()];
      for (int i = 0; i < values.length; i++) values[i] = value(node.get(i), array.elementType());
      return new GenericArrayData(values);
    }
    throw new IllegalArgumentException("no JSON mapping for " + type);
  }
}
