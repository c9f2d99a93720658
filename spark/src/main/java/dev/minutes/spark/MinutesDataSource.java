package dev.minutes.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code minutes} data source: {@code spark.read().format("minutes").load("archive/**}{@code /*.pdf")} is a
 * DataFrame of documents, one row per file. Options:
 *
 * <ul>
 *   <li>{@code table}: {@code documents} (default), {@code items}, {@code actions}, {@code decisions}, or
 *       {@code all} (the four in one scan; see {@link MinutesTables}).</li>
 *   <li>{@code timeout}: the time a file may take, {@code 60s} by default ({@code 500ms}, {@code 2m}).</li>
 *   <li>{@code partitions}: how many tasks share the files (default: twice the default parallelism, more for
 *       archives past 128 MB a task).</li>
 *   <li>{@code parser}: a {@link DocumentParser} class (default {@link DefaultDocumentParser}).</li>
 * </ul>
 *
 * Other options go to the Hadoop configuration the files are read with, as for Spark's file sources.
 */
public final class MinutesDataSource implements TableProvider, DataSourceRegister {
  @Override
  public String shortName() {
    return "minutes";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return Tables.named(options.get("table")).schema();
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new MinutesTable(Tables.named(new CaseInsensitiveStringMap(properties).get("table")));
  }
}
