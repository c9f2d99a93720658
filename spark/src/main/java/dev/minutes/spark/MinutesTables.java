package dev.minutes.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The four tables from one parse of each file: a scan of the {@code all} table, kept (memory, then disk) for as
 * long as the tables are used, and split by its {@code table} column. Reading each table through
 * {@code format("minutes").option("table", …)} instead parses every file once per table.
 *
 * <pre>{@code
 * MinutesTables t = MinutesTables.read(spark, Map.of("timeout", "30s"), "archive/**}{@code /*.pdf");
 * t.items().where("level = 1").show();
 * t.release();
 * }</pre>
 */
public record MinutesTables(Dataset<Row> all, Dataset<Row> documents, Dataset<Row> items, Dataset<Row> actions,
                            Dataset<Row> decisions) {

  public static MinutesTables read(SparkSession spark, Map<String, String> options, String... paths) {
    Dataset<Row> all = spark.read().format(MinutesDataSource.class.getName()).options(options)
        .option("table", "all").load(paths).persist(StorageLevel.MEMORY_AND_DISK());
    return new MinutesTables(all, table(all, Tables.DOCUMENTS), table(all, Tables.ITEMS), table(all, Tables.ACTIONS),
        table(all, Tables.DECISIONS));
  }

  private static Dataset<Row> table(Dataset<Row> all, Tables table) {
    String name = table.tableName();
    return all.where(col("table").equalTo(name)).select(name + ".*");
  }

  /** The tables by their names, in the order {@code documents}, {@code items}, {@code actions}, {@code decisions}. */
  public Map<String, Dataset<Row>> byName() {
    java.util.LinkedHashMap<String, Dataset<Row>> m = new java.util.LinkedHashMap<>();
    m.put("documents", documents);
    m.put("items", items);
    m.put("actions", actions);
    m.put("decisions", decisions);
    return m;
  }

  /** Lets go of the kept scan. */
  public void release() {
    all.unpersist();
  }
}
