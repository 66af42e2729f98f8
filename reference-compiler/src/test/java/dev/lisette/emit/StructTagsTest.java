package dev.lisette.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lisette.semantics.FieldTags;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Struct tags: key order (spec attributes.order) and gofmt's alignment of tag columns. */
class StructTagsTest {
  @Test
  void keysAreOrderedJsonDbOthersThenRaw() {
    var tags = List.of(new FieldTags.Tag("yaml", "a"), new FieldTags.Tag(null, "form:\"f\""),
        new FieldTags.Tag("db", "a"), new FieldTags.Tag("bson", "a"), new FieldTags.Tag("json", "a,omitempty"));
    assertEquals("json:\"a,omitempty\" db:\"a\" bson:\"a\" yaml:\"a\" form:\"f\"", StructTags.render(tags));
    assertEquals("", StructTags.render(List.of()));
  }

  @Test
  void tagsAlignWithinRunsOfTaggedFields() {
    // As gofmt lays it out: a field without a tag ends the column of tags.
    var decl = new GoAst.StructType("T", "", List.of(new GoAst.Field("A", "int", "json:\"a\""),
        new GoAst.Field("Bbbb", "string"), new GoAst.Field("C", "float64", "json:\"c\""),
        new GoAst.Field("Dd", "map[string]int", "json:\"d\"")));
    assertEquals("type T struct {\n\tA    int `json:\"a\"`\n\tBbbb string\n\tC    float64        `json:\"c\"`\n"
        + "\tDd   map[string]int `json:\"d\"`\n}\n", GoPrinter.declaration(decl));
  }
}
