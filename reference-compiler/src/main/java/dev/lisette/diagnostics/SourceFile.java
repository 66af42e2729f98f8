package dev.lisette.diagnostics;

import java.util.Arrays;

/** The text of one source file, with line lookup for diagnostics. */
public final class SourceFile {
  private final String displayPath;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public String path() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset, counted in Unicode code points. */
  public int column(int offset) {
    int start = lineStarts[line(offset) - 1];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The text of a 1-based line without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
