package dev.lisette.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws diagnostics the way a user reads them: a header with the code, the location, the
 * source line(s) with the labelled span underlined ({@code ^} primary, {@code -} secondary),
 * then the help line.
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  public static String render(SourceFile file, List<Diagnostic> diagnostics) {
    var out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      render(file, d, out);
      out.append('\n');
    }
    return out.toString();
  }

  public static void render(SourceFile file, Diagnostic d, StringBuilder out) {
    Span primary = d.primary().span();
    int line = file.line(primary.start());
    out.append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');

    var labels = new ArrayList<Marked>();
    labels.add(new Marked(d.primary(), '^'));
    for (Label l : d.secondary()) {
      labels.add(new Marked(l, '-'));
    }
    labels.sort(Comparator.comparingInt((Marked m) -> m.label.span().start()));
    int maxLine = labels.stream().mapToInt(m -> file.line(m.label.span().start())).max().orElse(line);
    String gutter = " ".repeat(String.valueOf(maxLine).length());

    out.append(gutter).append("--> ").append(file.path()).append(':').append(line).append(':')
        .append(file.column(primary.start())).append('\n');
    out.append(gutter).append(" |\n");
    int lastLine = -1;
    for (Marked m : labels) {
      int l = file.line(m.label.span().start());
      if (lastLine != -1 && l > lastLine + 1) {
        out.append(gutter).append(" ...\n");
      }
      String text = file.lineText(l);
      int lineStart = file.lineStart(l);
      int from = Math.min(m.label.span().start() - lineStart, text.length());
      int to = Math.min(m.label.span().end() - lineStart, text.length());
      // Very long lines are shown as a window around the label.
      int windowStart = 0;
      String shown = text;
      if (displayWidth(text) > MAX_WIDTH) {
        windowStart = Math.max(0, from - CONTEXT);
        int windowEnd = Math.min(text.length(), Math.max(to, from + 1) + CONTEXT);
        shown = (windowStart > 0 ? "..." : "") + text.substring(windowStart, windowEnd)
            + (windowEnd < text.length() ? "..." : "");
        to = Math.min(to, windowEnd);
      }
      int prefix = windowStart > 0 ? 3 : 0;
      if (l != lastLine) {
        out.append(pad(String.valueOf(l), gutter.length())).append(" | ").append(expandTabs(shown)).append('\n');
      }
      lastLine = l;
      int col = prefix + displayWidth(text.substring(windowStart, from));
      int width = Math.max(1, to > from ? displayWidth(text.substring(from, to)) : 1);
      out.append(gutter).append(" | ").append(" ".repeat(col)).append(String.valueOf(m.mark).repeat(width));
      if (!m.label.text().isEmpty()) {
        out.append(' ').append(m.label.text());
      }
      out.append('\n');
    }
    if (d.help().isPresent()) {
      out.append(gutter).append(" |\n");
      out.append(gutter).append(" = help: ").append(d.help().get()).append('\n');
    }
  }

  /** A diagnostic about a file or directory as a whole (no source line to show). */
  public static String renderWithoutSource(String severity, String code, String message, String path, String help) {
    var out = new StringBuilder();
    out.append(severity).append('[').append(code).append("]: ").append(message).append('\n');
    out.append(" --> ").append(path).append('\n');
    if (help != null) {
      out.append("  = help: ").append(help).append('\n');
    }
    return out.append('\n').toString();
  }

  private static final int MAX_WIDTH = 160;
  private static final int CONTEXT = 60;

  private record Marked(Label label, char mark) {}

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private static String expandTabs(String s) {
    return s.replace("\t", "    ");
  }

  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp == '\t' ? 4 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
