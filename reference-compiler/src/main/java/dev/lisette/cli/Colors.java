package dev.lisette.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terminal colours for rendered diagnostics. Colour is used only when stderr is a terminal
 * (the `lis` launcher tells us: LIS_STDERR_TTY=1) and NO_COLOR is not set; LIS_COLOR=always
 * or never overrides. The renderer itself stays plain, so approved files never hold escapes.
 */
final class Colors {
  private Colors() {}

  private static final String RESET = "\u001b[0m";
  private static final String BOLD_RED = "\u001b[1;31m";
  private static final String BOLD_YELLOW = "\u001b[1;33m";
  private static final String BOLD_BLUE = "\u001b[1;34m";
  private static final String BOLD = "\u001b[1m";
  private static final String CYAN = "\u001b[36m";

  static boolean enabled(Map<String, String> env) {
    String forced = env.getOrDefault("LIS_COLOR", "");
    if (forced.equals("always")) {
      return true;
    }
    if (forced.equals("never")) {
      return false;
    }
    String noColor = env.get("NO_COLOR");
    return "1".equals(env.get("LIS_STDERR_TTY")) && (noColor == null || noColor.isEmpty());
  }

  private static final Pattern HEADER = Pattern.compile("^(error|warning)(\\[[^\\]]+\\])(:.*)$");
  private static final Pattern ARROW = Pattern.compile("^(\\s*)(-->)(.*)$");
  private static final Pattern GUTTER = Pattern.compile("^(\\s*\\d*\\s*\\|)(.*)$");
  private static final Pattern MARKS = Pattern.compile("^(\\s*)([\\^]+|[-]+)(.*)$");
  private static final Pattern HELP = Pattern.compile("^(\\s*= )(help:)(.*)$");

  static String apply(String text) {
    var out = new StringBuilder(text.length() + 256);
    for (String line : text.split("\n", -1)) {
      Matcher m;
      if ((m = HEADER.matcher(line)).matches()) {
        String c = m.group(1).equals("error") ? BOLD_RED : BOLD_YELLOW;
        out.append(c).append(m.group(1)).append(m.group(2)).append(RESET).append(BOLD).append(m.group(3)).append(RESET);
      } else if ((m = ARROW.matcher(line)).matches()) {
        out.append(m.group(1)).append(BOLD_BLUE).append(m.group(2)).append(RESET).append(m.group(3));
      } else if ((m = HELP.matcher(line)).matches()) {
        out.append(BOLD_BLUE).append(m.group(1)).append(RESET).append(CYAN).append(m.group(2)).append(RESET).append(m.group(3));
      } else if ((m = GUTTER.matcher(line)).matches()) {
        out.append(BOLD_BLUE).append(m.group(1)).append(RESET);
        Matcher marks = MARKS.matcher(m.group(2));
        if (marks.matches()) {
          String c = marks.group(2).startsWith("^") ? BOLD_RED : BOLD_BLUE;
          out.append(marks.group(1)).append(c).append(marks.group(2)).append(marks.group(3)).append(RESET);
        } else {
          out.append(m.group(2));
        }
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}
