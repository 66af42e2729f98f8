package dev.lisette.project;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a source file as strict UTF-8; a bad byte becomes a diagnostic, not a crash. */
public final class SourceLoader {
  private SourceLoader() {}

  /** A loaded file, with a diagnostic when its bytes are not valid UTF-8. */
  public record Loaded(SourceFile file, Optional<Diagnostic> encodingError) {}

  public static Loaded load(Path path, String displayPath) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    int bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = " " + text.substring(1);
      }
      return new Loaded(new SourceFile(displayPath, text), Optional.empty());
    }
    String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
    String text = prefix + new String(bytes, bad, bytes.length - bad, StandardCharsets.UTF_8);
    var d = Diagnostic.error("lex.invalid_utf8", "file is not valid UTF-8", new Span(prefix.length(), prefix.length() + 1),
        String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[bad] & 0xFF, bad))
        .withHelp("Lisette source files are UTF-8; re-save the file with UTF-8 encoding");
    return new Loaded(new SourceFile(displayPath, text), Optional.of(d));
  }

  /** Index of the first byte that does not start a valid UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (b[i + k] & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += n + 1;
    }
    return -1;
  }
}
