package dev.lisette.emit;

import dev.lisette.semantics.FieldTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Go struct tags of serialized fields (spec attributes.order): `json` first, then `db`, the other
 * keys alphabetically, raw tags last in the order written; pairs separated by one space.
 */
final class StructTags {
  private StructTags() {}

  static String render(List<FieldTags.Tag> tags) {
    var keyed = new ArrayList<FieldTags.Tag>(tags.stream().filter(t -> !t.raw()).toList());
    keyed.sort(Comparator.comparing((FieldTags.Tag t) -> rank(t.key())).thenComparing(FieldTags.Tag::key));
    var parts = new ArrayList<String>();
    keyed.forEach(t -> parts.add(t.key() + ":\"" + t.value() + "\""));
    tags.stream().filter(FieldTags.Tag::raw).map(t -> t.value().strip()).filter(v -> !v.isEmpty()).forEach(parts::add);
    return String.join(" ", parts);
  }

  private static int rank(String key) {
    return key.equals("json") ? 0 : key.equals("db") ? 1 : 2;
  }

  /** The tag as a Go raw string literal (the checker keeps backticks out of tags). */
  static String literal(String tag) {
    return "`" + tag + "`";
  }

  /**
   * For each field with a tag, the width of the type column of its block: gofmt aligns the tags
   * of consecutive tagged fields; a field without a tag ends the block.
   */
  static int[] typeColumn(List<GoAst.Field> fields) {
    int[] widths = new int[fields.size()];
    int i = 0;
    while (i < fields.size()) {
      if (fields.get(i).tag().isEmpty()) {
        i++;
        continue;
      }
      int j = i;
      int w = 0;
      while (j < fields.size() && !fields.get(j).tag().isEmpty()) {
        w = Math.max(w, fields.get(j).type().length());
        j++;
      }
      for (int k = i; k < j; k++) {
        widths[k] = w;
      }
      i = j;
    }
    return widths;
  }
}
