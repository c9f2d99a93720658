package dev.minutes.cli.bulk;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing that never leaves a half-written file under the final name. */
public final class AtomicFiles {
  /** Temporary files are named {@code .<name>.<random>.part} (or {@code .<name>.part}) beside their target. */
  public static final String PART = ".part";

  private AtomicFiles() {}

  /**
   * Writes to a temporary file beside {@code target}, then renames it into place. The file is not forced
   * to disk: a bulk run checks every output it finds against its input (size and SHA-256 inside a JSON
   * that reads back whole), so an output that a power cut left empty or torn is parsed again by the next
   * run. Forcing each file to disk cost about 1.6 ms a file on the benchmark machine.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", PART);
    try {
      try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) ch.write(buffer);
      }
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Where a file written as a stream is kept until {@link #moveIntoPlace}: {@code .<name>.part} beside it. */
  public static Path part(Path target) {
    return target.resolveSibling("." + target.getFileName() + PART);
  }

  /** Renames a finished temporary file over {@code target}, atomically where the file system can. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
