package dev.lisette.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `lis batch`: many builds in one process, for tools that would otherwise start `lis build`
 * thousands of times (the conformance runner's `--batch`). Reads one JSON object a line on
 * stdin, {"file": PATH, "out": DIR}, does what `lis build PATH -o DIR` does, and answers one
 * JSON line on stdout: {"exit": CODE, "stdout": TEXT, "stderr": TEXT}. Ends at end of input.
 * A line that is not such a request is answered with exit 2 (usage error). Anything the
 * compiler itself would print on System.out goes to stderr, so it cannot break the protocol.
 */
final class Batch {
  private Batch() {}

  /** Answers hold plain text, whatever terminal the batch process itself runs on. */
  private static final Map<String, String> PLAIN = plainEnvironment();

  private static Map<String, String> plainEnvironment() {
    var env = new java.util.HashMap<>(System.getenv());
    env.remove("LIS_STDERR_TTY");
    env.put("LIS_COLOR", "never");
    return Map.copyOf(env);
  }

  static int serve(java.io.InputStream input, PrintWriter protocol) throws IOException {
    PrintStream realOut = System.out;
    System.setOut(System.err);
    try {
      var in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        protocol.println(answer(line));
        protocol.flush();
      }
      return Main.OK;
    } finally {
      System.setOut(realOut);
    }
  }

  /** The JSON answer to one request line. */
  static String answer(String line) {
    var out = new StringWriter();
    var err = new StringWriter();
    int exit;
    Map<String, String> request;
    try {
      request = parse(line);
    } catch (IllegalArgumentException e) {
      request = null;
      err.write("lis batch: bad request: " + e.getMessage() + "\n");
    }
    if (request == null) {
      exit = Main.USAGE;
    } else if (request.get("file") == null || request.get("out") == null) {
      err.write("lis batch: a request needs \"file\" and \"out\"\n");
      exit = Main.USAGE;
    } else {
      var outWriter = new PrintWriter(out);
      var errWriter = new PrintWriter(err);
      try {
        exit = Main.run(new String[] {"build", request.get("file"), "-o", request.get("out")}, outWriter, errWriter, PLAIN);
      } catch (Throwable e) { // an Error past Main's own handler (e.g. OutOfMemoryError): still answer
        exit = Main.internalError(e, errWriter);
      }
      outWriter.flush();
      errWriter.flush();
    }
    return "{\"exit\": " + exit + ", \"stdout\": " + quote(out.toString()) + ", \"stderr\": " + quote(err.toString()) + "}";
  }

  /** A flat JSON object whose values are strings (other keys' values are rejected). */
  static Map<String, String> parse(String json) {
    var p = new Object() {
      int i = 0;

      void space() {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
          i++;
        }
      }

      void expect(char c) {
        space();
        if (i >= json.length() || json.charAt(i) != c) {
          throw new IllegalArgumentException("expected `" + c + "` at offset " + i);
        }
        i++;
      }

      String string() {
        expect('"');
        var sb = new StringBuilder();
        while (true) {
          if (i >= json.length()) {
            throw new IllegalArgumentException("unterminated string");
          }
          char c = json.charAt(i++);
          if (c == '"') {
            return sb.toString();
          }
          if (c != '\\') {
            sb.append(c);
            continue;
          }
          if (i >= json.length()) {
            throw new IllegalArgumentException("unterminated string");
          }
          char e = json.charAt(i++);
          switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
              if (i + 4 > json.length()) {
                throw new IllegalArgumentException("bad \\u escape");
              }
              try {
                sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
              } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("bad \\u escape");
              }
              i += 4;
            }
            default -> throw new IllegalArgumentException("bad escape \\" + e);
          }
        }
      }
    };
    var map = new LinkedHashMap<String, String>();
    p.expect('{');
    p.space();
    if (p.i < json.length() && json.charAt(p.i) == '}') {
      p.i++;
    } else {
      while (true) {
        String key = p.string();
        p.expect(':');
        map.put(key, p.string());
        p.space();
        if (p.i < json.length() && json.charAt(p.i) == ',') {
          p.i++;
          continue;
        }
        p.expect('}');
        break;
      }
    }
    p.space();
    if (p.i != json.length()) {
      throw new IllegalArgumentException("text after the object");
    }
    return map;
  }

  static String quote(String s) {
    var sb = new StringBuilder(s.length() + 2).append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
