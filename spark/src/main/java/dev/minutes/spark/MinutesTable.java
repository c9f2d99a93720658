package dev.minutes.spark;

import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** One of the tables ({@link Tables}) over the files the options' paths name. */
final class MinutesTable implements SupportsRead {
  private final Tables table;

  MinutesTable(Tables table) {
    this.table = table;
  }

  @Override
  public String name() {
    return "minutes." + table.tableName();
  }

  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return table.schema();
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    return () -> new MinutesScan(table, options);
  }
}
