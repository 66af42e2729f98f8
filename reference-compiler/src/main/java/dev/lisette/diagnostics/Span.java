package dev.lisette.diagnostics;

/** A half-open range of UTF-16 offsets [start, end) into one source file. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public static Span at(int offset) {
    return new Span(offset, offset);
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public int length() {
    return end - start;
  }
}
