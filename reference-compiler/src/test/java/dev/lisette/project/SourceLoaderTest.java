package dev.lisette.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Source files are read through java.nio.file, so they can live in memory (Jimfs). */
class SourceLoaderTest {

  @Test
  void readsUtf8FromAnyFileSystem() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path p = fs.getPath("/src/main.lis");
      Files.createDirectories(p.getParent());
      Files.writeString(p, "fn main() { let s = \"héllo\" }\n");
      SourceLoader.Loaded loaded = SourceLoader.load(p, "src/main.lis");
      assertTrue(loaded.encodingError().isEmpty());
      assertTrue(loaded.file().text().contains("héllo"));
      assertEquals("src/main.lis", loaded.file().path());
    }
  }

  @Test
  void pointsAtTheFirstInvalidByte() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path p = fs.getPath("/bad.lis");
      byte[] good = "fn main() {\n  \"".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[good.length + 2];
      System.arraycopy(good, 0, bytes, 0, good.length);
      bytes[good.length] = (byte) 0xC3;
      bytes[good.length + 1] = (byte) 0x28;
      Files.write(p, bytes);
      SourceLoader.Loaded loaded = SourceLoader.load(p, "bad.lis");
      assertTrue(loaded.encodingError().isPresent());
      assertEquals(2, loaded.file().line(loaded.encodingError().get().primary().span().start()));
    }
  }

  @Test
  void utf8Validation() {
    assertEquals(-1, SourceLoader.firstInvalidUtf8("aé€😀".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, SourceLoader.firstInvalidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}));
    assertEquals(1, SourceLoader.firstInvalidUtf8(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    assertEquals(1, SourceLoader.firstInvalidUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
  }
}
