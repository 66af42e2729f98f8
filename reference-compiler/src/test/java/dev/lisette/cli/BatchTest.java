package dev.lisette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lis batch`: one JSON answer a request line, each as `lis build FILE -o DIR` would do. */
class BatchTest {
  @TempDir
  Path dir;

  @Test
  void answersEachRequestLikeBuild() throws IOException {
    Path ok = Files.writeString(dir.resolve("ok.lis"), "import \"go:fmt\"\nfn main() {\n  fmt.Println(\"hi\")\n}\n");
    Path bad = Files.writeString(dir.resolve("bad.lis"), "fn main() {\n  let x: int = \"seven\"\n}\n");
    Path out = dir.resolve("out \"1\"");
    String input = "{\"file\": " + Batch.quote(ok.toString()) + ", \"out\": " + Batch.quote(out.toString()) + "}\n"
        + "\n"
        + "{\"file\":" + Batch.quote(bad.toString()) + ",\"out\":" + Batch.quote(dir.resolve("o2").toString()) + "}\n"
        + "not json\n"
        + "{\"file\": \"x.lis\"}\n";
    var protocol = new StringWriter();
    int exit = Batch.serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(protocol));
    assertEquals(Main.OK, exit);
    String[] answers = protocol.toString().split("\n");
    assertEquals(4, answers.length, protocol.toString());
    assertTrue(answers[0].startsWith("{\"exit\": 0, "), answers[0]);
    assertTrue(Files.readString(out.resolve("main.go")).contains("fmt.Println(\"hi\")"));
    assertTrue(answers[1].startsWith("{\"exit\": 1, "), answers[1]);
    assertTrue(answers[1].contains("error[infer.type_mismatch]: mismatched types\\n"), answers[1]);
    assertTrue(answers[2].startsWith("{\"exit\": 2, ") && answers[2].contains("bad request"), answers[2]);
    assertTrue(answers[3].startsWith("{\"exit\": 2, ") && answers[3].contains("needs"), answers[3]);
  }

  @Test
  void parsesAndQuotesJsonStrings() {
    assertEquals(Map.of("a", "x\"y\\z\n\u00e9/", "b", ""), Batch.parse(" { \"a\" : \"x\\\"y\\\\z\\n\\u00e9\\/\", \"b\":\"\" } "));
    assertEquals(Map.of(), Batch.parse("{}"));
    assertThrows(IllegalArgumentException.class, () -> Batch.parse("{\"a\": 1}"));
    assertThrows(IllegalArgumentException.class, () -> Batch.parse("{\"a\": \"b\"} x"));
    assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\"", Batch.quote("a\"b\\c\n\t\u0001"));
  }
}
