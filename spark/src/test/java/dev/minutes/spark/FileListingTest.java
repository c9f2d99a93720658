package dev.minutes.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing and grouping, without Spark. */
class FileListingTest {
  @TempDir
  Path dir;

  private List<String> list(String... paths) throws Exception {
    List<String> names = new ArrayList<>();
    for (FileListing.FileRef f : FileListing.list(List.of(paths), new Configuration())) {
      names.add(dir.relativize(SparkTests.local(f.path())).toString());
    }
    return names;
  }

  private void touch(String... names) throws Exception {
    for (String n : names) {
      Path p = dir.resolve(n);
      Files.createDirectories(p.getParent());
      Files.writeString(p, n);
    }
  }

  @Test
  void foldersGlobsAndDoubleStars() throws Exception {
    touch("x.pdf", "a/Y.PDF", "a/b/z.pdf", "a/b/notes.txt", "c/w.pdf");
    assertEquals(List.of("a/Y.PDF", "a/b/z.pdf", "c/w.pdf", "x.pdf"), list(dir.toString()), "a folder: every PDF below");
    assertEquals(List.of("a/b/z.pdf", "c/w.pdf", "x.pdf"), list(dir + "/**/*.pdf"), "** is any number of folders");
    assertEquals(List.of("a/b/z.pdf"), list(dir + "/a/**/*.pdf"));
    assertEquals(List.of("a/Y.PDF", "a/b/z.pdf"), list(dir + "/a"));
    assertEquals(List.of("c/w.pdf", "x.pdf"), list(dir + "/{c/*,x}.pdf", dir + "/x.pdf"), "paths listed once");
    assertEquals(List.of("a/Y.PDF", "a/b/z.pdf"), list(dir + "/[ab]"), "a folder a glob matches: the PDFs below it");
    assertEquals(List.of("a/b/notes.txt"), list(dir + "/a/b/notes.txt"), "a file named is read whatever its name");
    assertEquals(List.of("a/b/notes.txt", "a/b/z.pdf"), list(dir + "/**/b/*"));
    var missing = assertThrows(IllegalArgumentException.class, () -> list(dir + "/nothing"));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    var none = assertThrows(IllegalArgumentException.class, () -> list(dir + "/**/*.docx"));
    assertTrue(none.getMessage().contains("no file matches"), none.getMessage());
  }

  @Test
  void globsAsRegularExpressions() {
    assertTrue(FileListing.globRegex("**/*.pdf").matcher("x.pdf").matches());
    assertTrue(FileListing.globRegex("**/*.pdf").matcher("2018/nov/x.pdf").matches());
    assertTrue(!FileListing.globRegex("*.pdf").matcher("2018/x.pdf").matches());
    assertTrue(FileListing.globRegex("20??/**").matcher("2018/nov/x.pdf").matches());
    assertTrue(FileListing.globRegex("{a,b}/[!x]*.pdf").matcher("b/y.pdf").matches());
    assertTrue(!FileListing.globRegex("{a,b}/[!x]*.pdf").matcher("b/x.pdf").matches());
    assertTrue(FileListing.globRegex("a+b (1).pdf").matcher("a+b (1).pdf").matches());
  }

  @Test
  void groupsOfAboutTheSameSize() {
    List<FileListing.FileRef> files = new ArrayList<>();
    long[] sizes = {900, 100, 400, 500, 300, 200, 600};
    for (int i = 0; i < sizes.length; i++) files.add(new FileListing.FileRef("f" + i, sizes[i], new String[] {"h" + i % 2}));
    List<List<FileListing.FileRef>> groups = FileListing.group(files, 3);
    assertEquals(3, groups.size());
    List<Long> loads = groups.stream().map(g -> g.stream().mapToLong(FileListing.FileRef::bytes).sum()).toList();
    assertEquals(3000, loads.stream().mapToLong(Long::longValue).sum());
    assertTrue(loads.stream().allMatch(l -> l >= 900 && l <= 1100), loads.toString());
    assertEquals(7, FileListing.group(files, 50).size(), "no more groups than files");
    assertEquals(1, FileListing.group(files, 1).size());
    assertEquals(List.of("h0", "h1"), List.of(FileListing.hosts(files)), "hosts by bytes held");
  }
}
