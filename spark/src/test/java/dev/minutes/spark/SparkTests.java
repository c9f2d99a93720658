package dev.minutes.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.MinutesParser;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** What the module's tests share: one local[2] session for all of them, the fixtures, the oracle parser. */
final class SparkTests {
  private static SparkSession spark;
  /** The library's parser, as {@code minutes parse} runs it: the oracle the rows are held to. */
  static final MinutesParser PARSER = MinutesParser.builder().build();

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("minutes-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  static Path testdata() {
    return Path.of(System.getProperty("minutes.testdata", "../testdata")).toAbsolutePath().normalize();
  }

  /** The local file a row's {@code path} names. */
  static Path local(String path) {
    return Path.of(new org.apache.hadoop.fs.Path(path).toUri().getPath());
  }

  /**
   * {@code node} as a row of {@code type} would give it back: only the fields the type names, a missing one
   * null, in the type's order.
   */
  static JsonNode project(JsonNode node, DataType type) {
    if (node == null || node.isNull() || node.isMissingNode()) return NullNode.instance;
    if (type instanceof StructType struct) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (StructField f : struct.fields()) o.set(f.name(), project(node.get(f.name()), f.dataType()));
      return o;
    }
    if (type instanceof ArrayType array) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      for (JsonNode e : node) a.add(project(e, array.elementType()));
      return a;
    }
    return node;
  }
}
