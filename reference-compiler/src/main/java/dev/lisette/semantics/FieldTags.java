package dev.lisette.semantics;

import java.util.List;
import java.util.Map;

/**
 * The Go struct tags of a struct's fields, resolved from its serialization attributes (spec
 * attributes.*). {@code exported}: the struct carries tags, so every named field gets an exported
 * Go name (encoders only see exported fields); Lisette visibility is unchanged.
 */
public record FieldTags(boolean exported, Map<String, List<Tag>> fields) {
  public static final FieldTags NONE = new FieldTags(false, Map.of());

  /**
   * One `key:"value"` pair; a raw tag (``#[tag(`…`)]``) has a null {@code key} and its text, as
   * written, in {@code value}.
   */
  public record Tag(String key, String value) {
    public boolean raw() {
      return key == null;
    }
  }

  /** The tags of field {@code name}, in the order the attributes produced them. */
  public List<Tag> of(String name) {
    return fields.getOrDefault(name, List.of());
  }
}
