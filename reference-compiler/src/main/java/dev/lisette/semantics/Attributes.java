package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Attribute;
import dev.lisette.syntax.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes (spec attributes.*): checks where each attribute may stand, and resolves the
 * serialization attributes of a struct (`#[json]`, `#[xml]`, …, `#[tag(…)]`) into the Go struct
 * tags of its fields.
 */
final class Attributes {
  /** The serialization keys with an attribute of their own (spec attributes.keys). */
  static final List<String> KEYS = List.of("json", "xml", "yaml", "toml", "db", "bson", "mapstructure", "msgpack");

  private static final Set<String> FLAGS = Set.of("omitempty", "skip", "snake_case", "camel_case", "string");

  private final Checker c;

  Attributes(Checker c) {
    this.c = c;
  }

  private void warn(String code, String message, Span at, String label, String help) {
    var d = Diagnostic.warning(code, message, at, label);
    c.add(help == null ? d : d.withHelp(help));
  }

  private void unknownAttribute(Attribute a, String where, String help) {
    warn("lint.unknown_attribute", "unknown attribute", a.span(), "`#[" + a.name().name() + "]` has no effect " + where,
        help);
  }

  private void unknownOption(Attribute.Arg arg, String label, String help) {
    warn("lint.unknown_tag_option", "unknown tag option", arg.span(), label, help);
  }

  // ---- items other than structs ----------------------------------------------------------

  /** Functions and methods: only `#[allow(…)]` has a meaning there (spec attributes.placement). */
  void checkFunction(Item.Fn fn) {
    if (c.typedef()) {
      return;
    }
    for (Attribute a : fn.attrs()) {
      if (!a.name().name().equals("allow")) {
        unknownAttribute(a, "on a function", "functions take only `#[allow(lint, …)]`");
      }
    }
  }

  /** `#[json]` on an enum emits its JSON encoding; nothing else applies to an enum. */
  void checkEnum(Item.Enum e) {
    if (c.typedef()) {
      return;
    }
    for (Attribute a : e.attrs()) {
      if (a.name().name().equals("json")) {
        for (Attribute.Arg arg : a.args()) {
          unknownOption(arg, "`#[json]` on an enum takes no arguments", "write `#[json]`");
        }
      } else {
        unknownAttribute(a, "on an enum", "enums take only `#[json]`");
      }
    }
    for (Item.Variant v : e.variants()) {
      if (v.fields() instanceof Item.Fields.Named nf) {
        for (Item.Field f : nf.fields()) {
          f.attrs().forEach(a -> unknownAttribute(a, "on a variant field", "variant fields take no attributes"));
        }
      }
    }
  }

  /** Constants, aliases, interfaces and `impl` blocks take no attributes. */
  void checkOther(Item item) {
    if (c.typedef()) {
      return;
    }
    List<Attribute> attrs = switch (item) {
      case Item.Const co -> co.attrs();
      case Item.TypeAlias ta -> ta.attrs();
      case Item.Impl im -> im.attrs();
      case Item.Interface in -> {
        var all = new ArrayList<>(in.attrs());
        for (Item.Member m : in.members()) {
          switch (m) {
            case Item.Member.Method mm -> all.addAll(mm.attrs());
            case Item.Member.Embed em -> all.addAll(em.attrs());
          }
        }
        yield all;
      }
      default -> List.of();
    };
    String what = switch (item) {
      case Item.Const co -> "on a constant";
      case Item.TypeAlias ta -> "on a type alias";
      case Item.Impl im -> "on an `impl` block";
      default -> "on an interface";
    };
    attrs.forEach(a -> unknownAttribute(a, what, null));
  }

  // ---- structs ---------------------------------------------------------------------------

  /** One serialization attribute, parsed: its key and what it says (null: inherited). */
  private static final class Spec {
    final String key;
    final Attribute attr;
    /** Written as `#[tag("key", …)]`. */
    final boolean viaTag;
    String name;
    Span nameSpan;
    Boolean omitempty;
    String caseTransform;
    boolean string;
    boolean skip;

    Spec(String key, Attribute attr, boolean viaTag) {
      this.key = key;
      this.attr = attr;
      this.viaTag = viaTag;
    }
  }

  /** The attributes of a struct or of one field, by key, plus raw tag text. */
  private static final class Level {
    final Map<String, Spec> specs = new LinkedHashMap<>();
    final List<Raw> raws = new ArrayList<>();
  }

  private record Raw(Attribute.Arg.Raw arg, List<String[]> pairs) {}

  /**
   * Resolves the tags of a struct's fields (spec attributes.inherit, attributes.order and the
   * diagnostics of attributes.*), reporting misuse. A struct with any serialization attribute,
   * on itself or a field, gets exported Go field names.
   */
  FieldTags structTags(Item.Struct s, List<TypeDecl.Field> fields) {
    if (c.typedef()) {
      // Declaration files describe Go types: their attributes are Go's (`#[go(…)]`).
      return FieldTags.NONE;
    }
    Level top = new Level();
    for (Attribute a : s.attrs()) {
      collect(a, top, true);
    }
    for (Spec spec : top.specs.values()) {
      if (spec.name != null) {
        warn("lint.unknown_tag_option", "unknown tag option", spec.nameSpan,
            "a struct-level attribute cannot rename", "rename the field with `#[" + spec.key + "(\"…\")]` on it");
      }
      if (spec.skip) {
        warn("lint.unknown_tag_option", "unknown tag option", optionSpan(spec.attr, "skip"),
            "`skip` applies to fields only", "put `#[" + spec.key + "(skip)]` on the field to leave out");
      }
    }
    for (Raw raw : top.raws) {
      unknownOption(raw.arg(), "raw tags apply to fields only", "put the raw tag on a field");
    }
    if (!(s.fields() instanceof Item.Fields.Named nf)) {
      // Tuple-struct fields are already exported Go fields (`F0`, …): the attributes have no tags to write.
      return FieldTags.NONE;
    }
    boolean any = !top.specs.isEmpty();
    var out = new LinkedHashMap<String, List<FieldTags.Tag>>();
    // key → serialized name → field that has it, for duplicate names.
    var names = new HashMap<String, Map<String, Item.Field>>();
    for (Item.Field f : nf.fields()) {
      Level own = new Level();
      for (Attribute a : f.attrs()) {
        collect(a, own, false);
      }
      any |= !own.specs.isEmpty() || !own.raws.isEmpty();
      for (Spec spec : own.specs.values()) {
        if (KEYS.contains(spec.key) && !top.specs.containsKey(spec.key)) {
          c.error("lint.orphan_field_attribute", "orphan field attribute", spec.attr.span(),
              "`" + spec.key + "` is not enabled on `" + s.name().name() + "`",
              "add `#[" + spec.key + "]` to the struct");
        }
      }
      Type type = fields.stream().filter(x -> x.name().equals(f.name().name())).map(TypeDecl.Field::type).findFirst()
          .orElse(Type.Error.ERROR);
      var tags = new ArrayList<FieldTags.Tag>();
      var keys = new ArrayList<String>(top.specs.keySet());
      own.specs.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
      for (String key : keys) {
        Spec inherited = top.specs.get(key);
        Spec mine = own.specs.get(key);
        String value = value(f.name().name(), key, inherited, mine, type);
        tags.add(new FieldTags.Tag(key, value));
        if (KEYS.contains(key) && !value.equals("-")) {
          String name = value.contains(",") ? value.substring(0, value.indexOf(',')) : value;
          Item.Field before = names.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(name, f);
          if (before != null) {
            c.add(Diagnostic.error("lint.duplicate_serialized_name", "duplicate serialized name", f.name().span(),
                    "`" + f.name().name() + "` is also serialized as " + key + " `" + name + "`")
                .withSecondary(before.name().span(), "`" + before.name().name() + "` has that name")
                .withHelp("rename one of them: `#[" + key + "(\"…\")]`"));
          }
        }
      }
      for (Raw raw : own.raws) {
        for (String[] pair : raw.pairs()) {
          String rawName = pair[1].contains(",") ? pair[1].substring(0, pair[1].indexOf(',')) : pair[1];
          if (KEYS.contains(pair[0]) && !rawName.equals("-") && !rawName.isEmpty()) {
            Item.Field before = names.computeIfAbsent(pair[0], k -> new HashMap<>()).putIfAbsent(rawName, f);
            if (before != null) {
              c.add(Diagnostic.error("lint.duplicate_serialized_name", "duplicate serialized name", raw.arg().span(),
                      "`" + f.name().name() + "` is also serialized as " + pair[0] + " `" + rawName + "`")
                  .withSecondary(before.name().span(), "`" + before.name().name() + "` has that name")
                  .withHelp("rename one of them"));
            }
          }
          if (top.specs.containsKey(pair[0]) && !own.specs.containsKey(pair[0])) {
            duplicate(raw.arg().span(), pair[0]);
          }
        }
        tags.add(new FieldTags.Tag(null, raw.arg().text()));
      }
      if (!tags.isEmpty()) {
        out.put(f.name().name(), List.copyOf(tags));
      }
    }
    return any ? new FieldTags(true, out) : FieldTags.NONE;
  }

  /** The text between the quotes of one key's tag on one field. */
  private static String value(String field, String key, Spec inherited, Spec mine, Type type) {
    if (mine != null && mine.skip) {
      return "-";
    }
    String name;
    if (mine != null && mine.name != null) {
      name = mine.name;
    } else {
      String transform = mine != null && mine.caseTransform != null ? mine.caseTransform
          : inherited != null ? inherited.caseTransform : null;
      name = transform == null ? field : transform.equals("snake_case") ? snakeCase(field) : camelCase(field);
    }
    Boolean omit = mine != null && mine.omitempty != null ? mine.omitempty
        : inherited != null && inherited.omitempty != null ? inherited.omitempty : Boolean.FALSE;
    boolean string = mine != null && mine.string || inherited != null && inherited.string;
    var sb = new StringBuilder(name);
    if (omit) {
      sb.append(",omitempty");
      if (key.equals("json") && Type.isPrelude(type, "Option")) {
        sb.append(",omitzero");
      }
    }
    if (string) {
      sb.append(",string");
    }
    return sb.toString();
  }

  /** `userId` → `user_id`, `HTTPServer` → `http_server` (spec attributes.case). */
  static String snakeCase(String s) {
    var sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isUpperCase(ch)) {
        boolean afterLower = i > 0 && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)));
        boolean acronymEnd = i > 0 && Character.isUpperCase(s.charAt(i - 1)) && i + 1 < s.length()
            && Character.isLowerCase(s.charAt(i + 1));
        if ((afterLower || acronymEnd) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** `user_id` → `userId`: each `_` before a letter or digit goes, the character after it is upper-cased. */
  static String camelCase(String s) {
    var sb = new StringBuilder();
    int i = 0;
    while (i < s.length() && s.charAt(i) == '_') {
      sb.append('_');
      i++;
    }
    boolean upper = false;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '_' && i + 1 < s.length() && s.charAt(i + 1) != '_') {
        upper = true;
      } else if (ch == '_') {
        sb.append(ch);
      } else {
        sb.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return sb.toString();
  }

  private void duplicate(Span at, String key) {
    c.error("lint.duplicate_tag", "duplicate tag", at, "`" + key + "` is given twice",
        "give each key once per struct and per field");
  }

  /** Reads one attribute of a struct ({@code structLevel}) or a field into {@code level}. */
  private void collect(Attribute a, Level level, boolean structLevel) {
    String n = a.name().name();
    if (KEYS.contains(n)) {
      addSpec(level, parse(n, a, a.args(), false), structLevel);
      return;
    }
    if (!n.equals("tag")) {
      unknownAttribute(a, structLevel ? "on a struct" : "on a field",
          "known attributes: " + String.join(", ", KEYS.stream().map(k -> "`#[" + k + "]`").toList()) + ", `#[tag]`");
      return;
    }
    if (a.args().isEmpty()) {
      warn("lint.unknown_tag_option", "unknown tag option", a.span(), "`#[tag]` needs a key",
          "write `#[tag(\"key\", \"value\")]` or ``#[tag(`key:\"value\"`)]``");
      return;
    }
    Attribute.Arg first = a.args().get(0);
    switch (first) {
      case Attribute.Arg.Raw raw -> {
        a.args().stream().skip(1).forEach(arg -> unknownOption(arg, "a raw tag takes no other arguments",
            "write the whole tag inside the backticks"));
        Optional<List<String[]>> pairs = rawPairs(raw.text());
        if (pairs.isPresent() && pairs.get().stream().anyMatch(p -> !spacesAllowed(p[0], p[1]))) {
          c.error("lint.invalid_tag", "invalid tag", raw.span(), "suspicious space in a tag value",
              "Go tools reject spaces in `json` options and most spaces in `xml` and `asn1` values");
          return;
        }
        if (pairs.isEmpty()) {
          c.error("lint.invalid_tag", "invalid tag", raw.span(), "not a list of `key:\"value\"` pairs",
              "write pairs like `validate:\"required\" form:\"name\"`, separated by spaces");
          return;
        }
        var seen = new HashMap<String, Boolean>();
        for (String[] p : pairs.get()) {
          if (level.specs.containsKey(p[0]) || seen.put(p[0], true) != null
              || level.raws.stream().anyMatch(r -> r.pairs().stream().anyMatch(q -> q[0].equals(p[0])))) {
            duplicate(raw.span(), p[0]);
          }
        }
        level.raws.add(new Raw(raw, pairs.get()));
      }
      case Attribute.Arg.Str key -> {
        if (!validKey(key.value())) {
          c.error("lint.invalid_tag", "invalid tag", key.span(), "`" + key.value() + "` is not a tag key",
              "a key is non-empty and has no spaces, quotes, colons or control characters");
          return;
        }
        if (KEYS.contains(key.value())) {
          warn("lint.tag_has_alias", "tag has an alias", a.span(), "`" + key.value() + "` has its own attribute",
              "write `#[" + key.value() + "(…)]`");
        }
        addSpec(level, parse(key.value(), a, a.args().subList(1, a.args().size()), true), structLevel);
      }
      default -> unknownOption(first, "`#[tag]` starts with a key string or a raw tag",
          "write `#[tag(\"key\", …)]` or ``#[tag(`key:\"value\"`)]``");
    }
  }

  private void addSpec(Level level, Spec spec, boolean structLevel) {
    if (level.specs.containsKey(spec.key) || level.raws.stream().anyMatch(r -> r.pairs().stream()
        .anyMatch(p -> p[0].equals(spec.key)))) {
      duplicate(spec.attr.span(), spec.key);
      return;
    }
    level.specs.put(spec.key, spec);
  }

  private Spec parse(String key, Attribute a, List<Attribute.Arg> args, boolean viaTag) {
    Spec spec = new Spec(key, a, viaTag);
    Attribute.Arg caseArg = null;
    for (Attribute.Arg arg : args) {
      switch (arg) {
        case Attribute.Arg.Str str -> {
          if (spec.name != null) {
            unknownOption(arg, "the name is already given", "give one name");
          } else if (validName(str.value()) && !spacesAllowed(key, str.value())) {
            c.error("lint.invalid_tag", "invalid tag", str.span(), "`" + str.value() + "` has a space Go's vet rejects",
                "an `xml` name has at most one space, not at either end; an `asn1` name has none");
          } else if (!validName(str.value())) {
            c.error("lint.invalid_tag", "invalid tag", str.span(), "`" + str.value() + "` cannot be a tag name",
                "a name is non-empty and has no quotes, commas, backslashes, backticks or control characters");
          } else {
            spec.name = str.value();
            spec.nameSpan = str.span();
          }
        }
        case Attribute.Arg.Flag flag -> {
          String f = flag.name().name();
          if (!FLAGS.contains(f)) {
            unknownOption(arg, "`" + f + "` is not a tag option",
                "options: omitempty, !omitempty, skip, snake_case, camel_case, string");
            continue;
          }
          switch (f) {
            case "omitempty" -> spec.omitempty = true;
            case "skip" -> spec.skip = true;
            case "string" -> spec.string = true;
            default -> {
              if (spec.caseTransform != null && !spec.caseTransform.equals(f)) {
                c.add(Diagnostic.error("lint.conflicting_case_transforms", "conflicting case transforms", arg.span(),
                        "`" + f + "` after `" + spec.caseTransform + "`")
                    .withSecondary(caseArg.span(), "`" + spec.caseTransform + "` is here")
                    .withHelp("keep one of them"));
              } else {
                spec.caseTransform = f;
                caseArg = arg;
              }
            }
          }
        }
        case Attribute.Arg.Negated neg -> {
          if (neg.name().name().equals("omitempty")) {
            spec.omitempty = false;
          } else {
            unknownOption(arg, "`!" + neg.name().name() + "` is not a tag option", "only `omitempty` can be negated");
          }
        }
        case Attribute.Arg.Raw raw -> unknownOption(arg, "raw tags go in `#[tag(`…`)]`",
            "write ``#[tag(`" + raw.text() + "`)]``");
      }
    }
    return spec;
  }

  private static Span optionSpan(Attribute a, String flag) {
    return a.args().stream().filter(x -> x instanceof Attribute.Arg.Flag f && f.name().name().equals(flag))
        .map(Attribute.Arg::span).findFirst().orElse(a.span());
  }

  /** A tag key as reflect.StructTag reads it: printable, no space, quote or colon. */
  static boolean validKey(String k) {
    return !k.isEmpty() && k.chars().allMatch(ch -> ch > ' ' && ch != 0x7f && ch != '"' && ch != ':' && ch != '`');
  }

  private static boolean validName(String n) {
    return !n.isEmpty() && n.chars().allMatch(ch -> ch >= ' ' && ch != 0x7f && ch != '"' && ch != ','
        && ch != '\\' && ch != '`');
  }

  /**
   * The spaces Go's vet accepts in a tag value (its structtag check): none in `json` options,
   * in `asn1` values, or in `xml` options; an `xml` name has at most one, not at either end.
   */
  static boolean spacesAllowed(String key, String value) {
    int comma = value.indexOf(',');
    String name = comma < 0 ? value : value.substring(0, comma);
    String options = comma < 0 ? "" : value.substring(comma + 1);
    return switch (key) {
      case "json" -> !options.contains(" ");
      case "xml" -> name.strip().equals(name) && name.chars().filter(ch -> ch == ' ').count() <= 1
          && !options.contains(" ");
      case "asn1" -> !value.contains(" ");
      default -> true;
    };
  }

  /**
   * `k:"a" j:"b"` → [[k, a], [j, b]]: the conventional struct tag syntax (pairs separated by
   * spaces, values double-quoted without escapes); empty if the text is not of that form.
   */
  static Optional<List<String[]>> rawPairs(String text) {
    var out = new ArrayList<String[]>();
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i == n) {
        break;
      }
      int k = i;
      while (i < n && text.charAt(i) > ' ' && text.charAt(i) != ':' && text.charAt(i) != '"' && text.charAt(i) != 0x7f) {
        i++;
      }
      if (i == k || i + 1 >= n || text.charAt(i) != ':' || text.charAt(i + 1) != '"') {
        return Optional.empty();
      }
      String key = text.substring(k, i);
      i += 2;
      int v = i;
      while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\\' && text.charAt(i) >= ' ') {
        i++;
      }
      if (i >= n || text.charAt(i) != '"') {
        return Optional.empty();
      }
      out.add(new String[] {key, text.substring(v, i)});
      i++;
      if (i < n && text.charAt(i) != ' ') {
        return Optional.empty();
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }
}
