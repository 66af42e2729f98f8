package dev.lisette.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name transforms and tag syntax checks of spec attributes.*. */
class AttributesTest {
  @Test
  void snakeCase() {
    assertEquals("user_age", Attributes.snakeCase("userAge"));
    assertEquals("http_server", Attributes.snakeCase("HTTPServer"));
    assertEquals("id", Attributes.snakeCase("id"));
    assertEquals("already_snake", Attributes.snakeCase("already_snake"));
    assertEquals("v2_name", Attributes.snakeCase("v2Name"));
    assertEquals("user_id", Attributes.snakeCase("user_Id"));
  }

  @Test
  void camelCase() {
    assertEquals("createdAt", Attributes.camelCase("created_at"));
    assertEquals("userAge", Attributes.camelCase("userAge"));
    assertEquals("_rev", Attributes.camelCase("_rev"));
    assertEquals("a2B", Attributes.camelCase("a2_b"));
    assertEquals("trailing_", Attributes.camelCase("trailing_"));
  }

  @Test
  void rawPairs() {
    var pairs = Attributes.rawPairs("k:\"a\" j:\"b,c\"").orElseThrow();
    assertEquals(List.of("k", "a", "j", "b,c"), List.of(pairs.get(0)[0], pairs.get(0)[1], pairs.get(1)[0], pairs.get(1)[1]));
    assertTrue(Attributes.rawPairs("k=\"a\"").isEmpty());
    assertTrue(Attributes.rawPairs("k:\"a\"j:\"b\"").isEmpty());
    assertTrue(Attributes.rawPairs("k:a").isEmpty());
    assertTrue(Attributes.rawPairs("").isEmpty());
    assertTrue(Attributes.rawPairs("k:\"a\\\"\"").isEmpty());
  }

  @Test
  void spacesGoVetAccepts() {
    assertTrue(Attributes.spacesAllowed("json", "full name,omitempty"));
    assertFalse(Attributes.spacesAllowed("json", "a, omitempty"));
    assertTrue(Attributes.spacesAllowed("xml", "urn:a item"));
    assertFalse(Attributes.spacesAllowed("xml", " item"));
    assertFalse(Attributes.spacesAllowed("xml", "a b c"));
    assertFalse(Attributes.spacesAllowed("asn1", "a b"));
    assertTrue(Attributes.spacesAllowed("form", "any thing"));
  }

  @Test
  void keys() {
    assertTrue(Attributes.validKey("validate"));
    assertFalse(Attributes.validKey("my key"));
    assertFalse(Attributes.validKey("a:b"));
    assertFalse(Attributes.validKey(""));
  }
}
