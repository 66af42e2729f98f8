package dev.lisette.syntax;

import static dev.lisette.syntax.TokenKind.*;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Items and their parts: functions, structs, enums, interfaces, impl blocks, constants, imports. */
final class ItemParser extends ParserPart {
  ItemParser(Parser p) {
    super(p);
  }

  /** What may precede a declaration: doc comments, attributes, `pub`. */
  record Prefix(Optional<DocComment> docs, List<Attribute> attrs, Optional<Token> pub) {
    static final Prefix NONE = new Prefix(Optional.empty(), List.of(), Optional.empty());
  }

  // ---- the file ------------------------------------------------------------------------

  List<Item> file() {
    var items = new ArrayList<Item>();
    try {
      while (!at(EOF)) {
        if (eat(SEMI)) {
          continue;
        }
        int start = s.pos;
        int level = s.braces;
        try {
          item().ifPresent(items::add);
        } catch (Abort a) {
          syncItem(start, level);
        }
      }
    } catch (GiveUp g) {
      // reported; the rest of the file is not parsed
    } catch (StackOverflowError e) {
      // Only on a thread with a very small stack: the depth limit normally comes first.
      s.diagnostics.add(Diagnostic.error("parse.nesting_too_deep", "nesting too deep", peek().span(),
          "nested too deeply to parse").withHelp("split the code into smaller `let` bindings or functions"));
    }
    return items;
  }

  static boolean startsItem(TokenKind k) {
    return switch (k) {
      case FN, IMPORT, PUB, STRUCT, ENUM, INTERFACE, IMPL, CONST, TYPE, VAR, HASH, DOC_COMMENT -> true;
      default -> false;
    };
  }

  /** Skips to the next token that starts an item at the level where the item began (spec grammar.errors.recovery). */
  private void syncItem(int start, int level) {
    if (s.pos == start) {
      advance();
    }
    while (!at(EOF)) {
      if (s.braces <= level && startsItem(kind())) {
        return;
      }
      advance();
    }
  }

  /** Skips to the next member of an interface or impl block, or to its closing `}`. */
  private void syncMember(int start, int level) {
    if (s.pos == start && !at(RBRACE)) {
      advance();
    }
    while (!at(EOF)) {
      TokenKind k = kind();
      if (s.braces <= level) {
        if (k == RBRACE || k == FN || k == PUB || k == HASH || k == DOC_COMMENT || k == IMPL) {
          return;
        }
        if (k == SEMI) {
          advance();
          return;
        }
      }
      advance();
    }
  }

  // ---- prefixes ------------------------------------------------------------------------

  Prefix prefix() {
    var docTokens = new ArrayList<Token>();
    var attrs = new ArrayList<Attribute>();
    loop:
    while (true) {
      switch (kind()) {
        case DOC_COMMENT -> docTokens.add(advance());
        case HASH -> attrs.add(attribute());
        case SEMI -> {
          if (docTokens.isEmpty() && attrs.isEmpty()) {
            break loop;
          }
          advance();
        }
        default -> {
          break loop;
        }
      }
    }
    Optional<Token> pub = Optional.empty();
    if (at(PUB)) {
      pub = Optional.of(advance());
      while (at(PUB)) {
        Token again = advance();
        report("parse.syntax_error", "misplaced `pub`", again.span(), "`pub` is written once", "remove the second `pub`");
      }
    }
    return new Prefix(docs(docTokens), List.copyOf(attrs), pub);
  }

  static Optional<DocComment> docs(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    var text = new StringBuilder();
    for (Token t : tokens) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(t.value());
    }
    Span span = tokens.get(0).span().to(tokens.get(tokens.size() - 1).span());
    return Optional.of(new DocComment(span, text.toString()));
  }

  void detached(Optional<DocComment> docs, String label, String help) {
    docs.ifPresent(d -> report("parse.detached_doc_comment", "unattached doc comment", d.span(), label, help));
  }

  private void noAttributes(List<Attribute> attrs, String where) {
    if (!attrs.isEmpty()) {
      Span span = attrs.get(0).span().to(attrs.get(attrs.size() - 1).span());
      report("parse.syntax_error", "misplaced attribute", span, "attributes are not allowed " + where,
          "attributes go before items, fields and methods");
    }
  }

  private void noPub(Optional<Token> pub, String label, String help) {
    pub.ifPresent(t -> report("parse.syntax_error", "misplaced `pub`", t.span(), label, help));
  }

  Attribute attribute() {
    Token hash = advance();
    if (at(BANG)) {
      throw fail("parse.syntax_error", "inner attributes are not supported", hash.span().to(peek().span()),
          "Lisette has no `#![…]`", "write `#[name]` directly before the item it applies to");
    }
    if (!at(LBRACKET)) {
      throw fail("parse.syntax_error", "expected `[` after `#`, found " + describe(peek()), peek().span(),
          "an attribute is written `#[name]`", at(IDENT) ? "write `#[" + peek().text() + "]`" : "write `#[name]`");
    }
    advance();
    if (!at(IDENT)) {
      throw fail("parse.syntax_error", "expected an attribute name, found " + describe(peek()), peek().span(),
          "expected a name", "write `#[name]` or `#[name(argument, …)]`");
    }
    Ident name = ident(advance());
    var args = new ArrayList<Attribute.Arg>();
    if (eat(LPAREN)) {
      while (!at(RPAREN)) {
        args.add(attributeArg());
        if (!eat(COMMA)) {
          break;
        }
      }
      if (!at(RPAREN)) {
        String help = switch (kind()) {
          case EQ -> "write the value as a string argument: `#[" + name.name() + "(\"id\")]`";
          case RBRACKET -> "close the argument list with `)`";
          default -> "separate arguments with `,`";
        };
        throw fail("parse.syntax_error", "expected `)` or `,` in the attribute arguments, found " + describe(peek()),
            peek().span(), "expected `)` or `,`", help);
      }
      advance();
    }
    Token close = expect(RBRACKET, "`]` to close the attribute");
    return new Attribute(hash.span().to(close.span()), name, List.copyOf(args));
  }

  private Attribute.Arg attributeArg() {
    Token t = peek();
    switch (t.kind()) {
      case IDENT -> {
        advance();
        return new Attribute.Arg.Flag(ident(t));
      }
      case BANG -> {
        advance();
        if (!at(IDENT)) {
          throw fail("parse.syntax_error", "expected a name after `!`, found " + describe(peek()), peek().span(),
              "`!` negates a flag such as `!omitempty`", null);
        }
        Token n = advance();
        return new Attribute.Arg.Negated(t.span().to(n.span()), ident(n));
      }
      case STRING -> {
        advance();
        return new Attribute.Arg.Str(t.span(), ExprParser.between(t.text()), t.value());
      }
      case BACKTICK -> {
        advance();
        return new Attribute.Arg.Raw(t.span(), t.value());
      }
      default -> throw fail("parse.syntax_error", "expected an attribute argument, found " + describe(t), t.span(),
          "expected a name, `!name`, a string or a raw string", null);
    }
  }

  // ---- items ---------------------------------------------------------------------------

  Optional<Item> item() {
    Prefix pre = prefix();
    Token t = peek();
    return switch (t.kind()) {
      case FN -> Optional.of(fn(pre));
      case STRUCT -> Optional.of(struct(pre));
      case ENUM -> Optional.of(enumItem(pre));
      case INTERFACE -> Optional.of(interfaceItem(pre));
      case IMPL -> Optional.of(implItem(pre));
      case CONST -> Optional.of(constItem(pre));
      case VAR -> Optional.of(varItem(pre));
      case TYPE -> Optional.of(alias(pre));
      case IMPORT -> Optional.of(importItem(pre));
      case EOF -> {
        detached(pre.docs(), "this doc comment documents nothing", "attach it to an item, or use `//` for a plain comment");
        noAttributes(pre.attrs(), "at the end of the file");
        noPub(pre.pub(), "`pub` must be followed by an item", "remove it");
        yield Optional.empty();
      }
      default -> throw notAnItem(t);
    };
  }

  private Abort notAnItem(Token t) {
    String help = null;
    if (t.kind() == IDENT) {
      switch (t.text()) {
        case "trait" -> throw fail("parse.trait_unsupported", "traits are not supported", t.span(),
            "Lisette has no traits", "declare an `interface`; types satisfy interfaces implicitly, without `impl … for`");
        case "use" -> throw fail("parse.use_unsupported", "`use` is not supported", t.span(),
            "Lisette has no `use` declarations", "import a package with `import \"path\"`, e.g. `import \"go:strings\"`");
        case "func", "function", "def", "fun" -> help = "functions are declared with `fn`: `fn name(x: int) -> int { … }`";
        case "class" -> help = "declare data with `struct` and methods in an `impl` block";
        case "package" -> help = "Lisette files have no `package` clause";
        default -> help = "a program is made of items: `fn`, `import`, …";
      }
    } else if (t.kind() == LET) {
      help = "`let` is only allowed inside a function body";
    } else if (t.kind() == RBRACE) {
      help = "remove it, or add the missing `{`";
    } else if (ExprParser.startsExpression(t.kind()) || t.kind() == WHILE || t.kind() == FOR) {
      help = "statements and expressions belong inside a function body";
    }
    return fail("parse.expected_declaration", "expected a declaration, found " + describe(t), t.span(),
        "expected `fn`, `import` or another item", help);
  }

  private static Span start(Prefix pre, Token keyword) {
    return pre.pub().map(Token::span).orElse(keyword.span());
  }

  /** A name being declared as a binding (function, constant, method); keywords get their own diagnostic. */
  Ident bindingName(String what) {
    return name(what, "parse.keyword_as_binding", "`" + peek().text() + "_`");
  }

  /** A name of a type, variant or field; keywords get their own diagnostic. */
  Ident declaredName(String what) {
    return name(what, "parse.keyword_as_identifier", "`kind`");
  }

  private Ident name(String what, String keywordCode, String example) {
    Token t = peek();
    if (t.kind() == IDENT) {
      advance();
      return ident(t);
    }
    if (t.kind().isKeyword() || t.kind() == TRUE || t.kind() == FALSE) {
      advance();
      report(keywordCode, "reserved keyword", t.span(),
          "`" + t.text() + "` is a keyword and cannot be used as a " + what, "choose another name, e.g. " + example);
      return new Ident(t.text() + "_", t.span());
    }
    throw fail("parse.syntax_error", "expected a " + what + ", found " + describe(t), t.span(), "expected a " + what, null);
  }

  // ---- functions -----------------------------------------------------------------------

  Item.Fn fn(Prefix pre) {
    Token kw = advance();
    Ident name = bindingName("function name");
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    if (!at(LPAREN)) {
      throw fail("parse.syntax_error", "expected `(` after the function name, found " + describe(peek()), peek().span(),
          "expected the parameter list", "write `fn " + name.name() + "() { … }`");
    }
    List<Item.Param> params = params();
    Span end = previous().span();
    Optional<TypeExpr> ret = Optional.empty();
    if (eat(ARROW)) {
      ret = Optional.of(p.types.type());
      end = ret.get().span();
      if (at(COMMA)) {
        throw fail("parse.syntax_error", "expected `{`, found `,`", peek().span(), "a function has one result type",
            "return a tuple `(" + SourcePrinter.type(ret.get()) + ", …)` or a `Result<" + SourcePrinter.type(ret.get())
                + ", error>`");
      }
    } else if (at(COLON)) {
      throw fail("parse.syntax_error", "expected `->` before the result type, found `:`", peek().span(),
          "the result type follows `->`", "write `-> " + (kind(1) == IDENT ? peek(1).text() : "T") + "`");
    } else if ((at(IDENT) || at(LPAREN)) && !newlineBefore()) {
      throw fail("parse.syntax_error", "expected `{` or `->`, found " + describe(peek()), peek().span(),
          "the result type follows `->`", "write `-> " + s.src.substring(peek().span().start(), peek().span().end()) + "`");
    }
    Optional<Block> body = Optional.empty();
    if (at(LBRACE)) {
      body = Optional.of(p.stmts.block());
      end = body.get().span();
    } else if (!(at(SEMI) || at(EOF) || at(RBRACE) || startsItem(kind()))) {
      throw fail("parse.syntax_error", "expected `{` or `->`, found " + describe(peek()), peek().span(),
          "expected the function body", hint());
    }
    return new Item.Fn(start(pre, kw).to(end), pre.docs(), pre.attrs(), pre.pub().isPresent(), name, generics,
        params, ret, body);
  }

  List<Item.Param> params() {
    expect(LPAREN, "`(`");
    var params = new ArrayList<Item.Param>();
    while (!at(RPAREN)) {
      params.add(param());
      if (!eat(COMMA)) {
        break;
      }
    }
    if (!at(RPAREN)) {
      String help = hint();
      throw fail("parse.syntax_error", "expected `)` or `,` in the parameter list, found " + describe(peek()),
          peek().span(), "expected `)` or `,`", help != null ? help : at(IDENT) ? "separate parameters with `,`" : null);
    }
    advance();
    return List.copyOf(params);
  }

  private Item.Param param() {
    Token first = peek();
    if (at(AMP)) {
      Token last = peek(kind(1) == MUT ? 2 : 1);
      if (last.kind() == IDENT && last.text().equals("self")) {
        throw fail("parse.syntax_error", "Rust-style receiver", first.span().to(last.span()),
            "`" + s.src.substring(first.span().start(), last.span().end()) + "` is not Lisette syntax",
            "write `self: Ref<T>` (T the type of the `impl` block) to receive a reference, or `self` for a copy");
      }
      throw fail("parse.syntax_error", "expected a parameter, found `&`", first.span(),
          "expected a parameter name", "the type follows the name: `x: Ref<T>`");
    }
    boolean mut = eat(MUT);
    if (at(IDENT) && peek().text().equals("self")) {
      Token self = advance();
      Optional<TypeExpr> type = eat(COLON) ? Optional.of(p.types.type()) : Optional.empty();
      Span span = first.span().to(type.map(TypeExpr::span).orElse(self.span()));
      return new Item.Param(span, mut, new Pattern.Binding(ident(self)), type);
    }
    Pattern pattern;
    if (at(IDENT) && startsUppercase(peek().text()) && kind(1) == COLON) {
      Token n = advance();
      report("parse.uppercase_binding", "invalid binding name", n.span(),
          "parameter names start with a lowercase letter", "rename it to `" + lowerFirst(n.text()) + "`");
      pattern = new Pattern.Binding(ident(n));
    } else {
      pattern = p.patterns.single(PatternParser.Where.PARAMETER);
    }
    if (!at(COLON)) {
      String shown = pattern instanceof Pattern.Binding b ? b.name().name() : "pattern";
      throw fail("parse.syntax_error", "expected `:` and a type after the parameter name", peek().span(),
          "parameters need a type: `" + shown + ": int`", null);
    }
    advance();
    TypeExpr type = p.types.type();
    if (at(EQ)) {
      throw fail("parse.syntax_error", "expected `)` or `,` in the parameter list, found `=`", peek().span(),
          "unexpected default value", "Lisette has no default arguments");
    }
    return new Item.Param(first.span().to(type.span()), mut, pattern, Optional.of(type));
  }

  static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase() + s.substring(1);
  }

  /** `<T, U: A + B>`. */
  List<TypeParam> generics() {
    Token lt = advance();
    if (at(GT)) {
      throw fail("parse.syntax_error", "empty type parameter list", lt.span().to(peek().span()),
          "`<>` declares no type parameters", "remove `<>`, or name the type parameters: `<T>`");
    }
    var list = new ArrayList<TypeParam>();
    while (true) {
      if (!at(IDENT)) {
        if (kind().isKeyword()) {
          report("parse.keyword_as_identifier", "reserved keyword", peek().span(),
              "`" + peek().text() + "` is a keyword and cannot be used as a type parameter", "choose another name, e.g. `T`");
        } else {
          throw fail("parse.syntax_error", "expected a type parameter name, found " + describe(peek()), peek().span(),
              "expected a name such as `T`", null);
        }
      }
      Token n = advance();
      var bounds = new ArrayList<TypeExpr>();
      Span span = n.span();
      if (eat(COLON)) {
        bounds.add(bound());
        while (eat(PLUS)) {
          bounds.add(bound());
        }
        span = span.to(bounds.get(bounds.size() - 1).span());
      }
      list.add(new TypeParam(span, ident(n), List.copyOf(bounds)));
      if (!eat(COMMA) || at(GT)) {
        break;
      }
    }
    if (!at(GT)) {
      String help = switch (kind()) {
        case EQ -> "type parameters have no defaults";
        case IDENT -> "separate type parameters with `,`";
        default -> "close the type parameter list with `>`";
      };
      throw fail("parse.syntax_error", "expected `>` or `,` in the type parameter list, found " + describe(peek()),
          peek().span(), "expected `>`", help);
    }
    advance();
    return List.copyOf(list);
  }

  private TypeExpr bound() {
    if (at(GT) || at(COMMA) || at(PLUS)) {
      throw fail("parse.syntax_error", "expected a bound, found " + describe(peek()), peek().span(), "expected an interface",
          "write a bound such as `T: Display`, or remove the `:`");
    }
    return p.types.type();
  }

  // ---- structs and enums ---------------------------------------------------------------

  private Item struct(Prefix pre) {
    Token kw = advance();
    Ident name = declaredName("struct name");
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    Item.Fields fields;
    if (at(LBRACE)) {
      fields = new Item.Fields.Named(namedFields("field"));
    } else if (at(LPAREN)) {
      fields = new Item.Fields.Positional(positional());
    } else {
      throw fail("parse.syntax_error", "expected `{` or `(` after the struct name, found " + describe(peek()),
          peek().span(), "expected the fields", "write `struct " + name.name() + " { field: T }`, or `struct "
              + name.name() + " {}` for a struct without fields");
    }
    return new Item.Struct(start(pre, kw).to(previous().span()), pre.docs(), pre.attrs(), pre.pub().isPresent(),
        name, generics, fields);
  }

  /** `(A, B)` of a tuple struct or variant. */
  private List<TypeExpr> positional() {
    Token open = advance();
    var types = new ArrayList<TypeExpr>();
    while (!at(RPAREN)) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      if (at(IDENT) && kind(1) == COLON) {
        throw fail("parse.syntax_error", "expected a type, found a named field", peek().span().to(peek(1).span()),
            "the elements of `(…)` are types", "write only the types `(" + peek(2).text() + ", …)`, or use named fields `{ "
                + peek().text() + ": " + peek(2).text() + " }`");
      }
      types.add(p.types.type());
      if (!eat(COMMA)) {
        break;
      }
    }
    expect(RPAREN, "`)` or `,` in the field types");
    return List.copyOf(types);
  }

  /** `{ a: A, pub b: B }` of a struct or a struct variant. */
  private List<Item.Field> namedFields(String what) {
    Token open = advance();
    var fields = new ArrayList<Item.Field>();
    var seen = new HashMap<String, Ident>();
    while (true) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      Prefix pre = prefix();
      if (at(RBRACE)) {
        detached(pre.docs(), "this doc comment documents no field", "use `//` for a plain comment");
        noAttributes(pre.attrs(), "before `}`");
        noPub(pre.pub(), "`pub` must be followed by a field", "remove it");
        break;
      }
      Token first = pre.pub().orElse(peek());
      Ident name = declaredName(what + " name");
      if (!at(COLON)) {
        throw fail("parse.syntax_error", "expected `:` and the type after `" + name.name() + "`, found "
            + describe(peek()), peek().span(), "expected `:`", "write `" + name.name() + ": T`");
      }
      advance();
      TypeExpr type = p.types.type();
      duplicate(seen, name, "parse.duplicate_struct_field", "duplicate field", "field");
      fields.add(new Item.Field(first.span().to(type.span()), pre.docs(), pre.attrs(), pre.pub().isPresent(), name, type));
      if (!separator("fields")) {
        break;
      }
    }
    advance();
    return List.copyOf(fields);
  }

  /**
   * After an element of a comma-separated list closed by `}`: true to read another element.
   * A line break instead of a comma is reported once and the list goes on.
   */
  boolean separator(String what) {
    if (eat(COMMA)) {
      return !at(RBRACE);
    }
    if (at(RBRACE)) {
      return false;
    }
    if (at(SEMI) && peek().inserted() && kind(1) != RBRACE && kind(1) != EOF) {
      advance();
      report("parse.syntax_error", "expected `,` between " + what + ", found a new line", peek().span(),
          "missing `,` before this", "separate " + what + " with commas");
      return true;
    }
    String help = hint();
    if (help == null) {
      if (at(EQ)) {
        help = what.equals("fields") ? "fields have no default values; set them in the struct literal" : null;
      } else if (at(SEMI) || at(IDENT) || ExprParser.startsExpression(kind())) {
        help = "separate " + what + " with commas";
      }
    }
    throw fail("parse.syntax_error", "expected `,` or `}`, found " + describe(peek()), peek().span(),
        "expected `,` or `}`", help);
  }

  void duplicate(Map<String, Ident> seen, Ident name, String code, String message, String what) {
    Ident first = seen.putIfAbsent(name.name(), name);
    if (first != null) {
      report(Diagnostic.error(code, message, name.span(), "`" + name.name() + "` is declared twice")
          .withSecondary(first.span(), "first " + what + " `" + name.name() + "` here")
          .withHelp("remove or rename one of them"));
    }
  }

  private record RawVariant(Span span, Optional<DocComment> docs, Ident name, Item.Fields fields, Optional<Expr> value) {}

  private Item enumItem(Prefix pre) {
    Token kw = advance();
    Ident name = declaredName("enum name");
    int genericsStart = s.pos;
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    Span genericsSpan = generics.isEmpty() ? name.span() : s.tokens[genericsStart].span().to(previous().span());
    Optional<TypeExpr> underlying = eat(COLON) ? Optional.of(p.types.type()) : Optional.empty();
    if (!at(LBRACE)) {
      throw fail("parse.syntax_error", "expected `{` after the enum name, found " + describe(peek()), peek().span(),
          "expected the variants", "write `enum " + name.name() + " { A, B }`");
    }
    Token open = advance();
    var variants = new ArrayList<RawVariant>();
    var seen = new HashMap<String, Ident>();
    while (true) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      Prefix vp = prefix();
      if (at(RBRACE)) {
        detached(vp.docs(), "this doc comment documents no variant", "use `//` for a plain comment");
        noAttributes(vp.attrs(), "before `}`");
        break;
      }
      noAttributes(vp.attrs(), "on enum variants");
      noPub(vp.pub(), "variants have the visibility of their enum", "remove `pub`; write `pub enum` to export the enum");
      Ident vname = declaredName("variant name");
      Item.Fields fields = new Item.Fields.Unit();
      Optional<Expr> value = Optional.empty();
      if (at(LPAREN)) {
        fields = new Item.Fields.Positional(positional());
      } else if (at(LBRACE)) {
        fields = new Item.Fields.Named(namedFields("field"));
      } else if (eat(EQ)) {
        value = Optional.of(variantValue());
      }
      duplicate(seen, vname, "parse.duplicate_enum_variant", "duplicate variant", "variant");
      variants.add(new RawVariant(vname.span().to(previous().span()), vp.docs(), vname, fields, value));
      if (!separator("variants")) {
        break;
      }
    }
    Token close = advance();
    Span span = start(pre, kw).to(close.span());
    boolean valued = variants.stream().anyMatch(v -> v.value().isPresent());
    if (underlying.isPresent() || valued) {
      var payload = variants.stream().filter(v -> !(v.fields() instanceof Item.Fields.Unit)).findFirst();
      if (payload.isPresent()) {
        if (underlying.isPresent()) {
          report("parse.enum_underlying_type", "underlying type on regular enum", underlying.get().span(),
              "variants with payloads cannot have an underlying type",
              "remove `: " + s.src.substring(underlying.get().span().start(), underlying.get().span().end())
                  + "`, or make every variant a plain name (a value enum)");
        } else {
          report("parse.syntax_error", "value enum variants cannot have payloads", payload.get().span(),
              "a variant with `= value` makes this a value enum", "use either `= value` on plain names, or payloads");
        }
      } else {
        if (!generics.isEmpty()) {
          report("parse.value_enum_generics", "value enum with generics", genericsSpan,
              "a value enum cannot have type parameters", "remove the type parameters");
        }
        var members = variants.stream()
            .map(v -> new Item.ValueVariant(v.span(), v.docs(), v.name(), v.value())).toList();
        return new Item.ValueEnum(span, pre.docs(), pre.attrs(), pre.pub().isPresent(), name, underlying, members);
      }
    }
    var list = variants.stream().map(v -> new Item.Variant(v.span(), v.docs(), v.name(), v.fields())).toList();
    return new Item.Enum(span, pre.docs(), pre.attrs(), pre.pub().isPresent(), name, generics, list);
  }

  private Expr variantValue() {
    Token t = peek();
    if (at(MINUS) && kind(1) == INT) {
      advance();
      Token n = advance();
      return new Expr.Unary(t.span().to(n.span()), UnaryOp.NEG, new Expr.IntLit(n.span(), n.text()));
    }
    if (at(INT)) {
      advance();
      return new Expr.IntLit(t.span(), t.text());
    }
    if (at(STRING)) {
      advance();
      return new Expr.StringLit(t.span(), ExprParser.between(t.text()), t.value());
    }
    throw fail("parse.syntax_error", "expected an integer or string value, found " + describe(t), t.span(),
        "a value enum member is an integer or a string", null);
  }

  // ---- interfaces and impl blocks ------------------------------------------------------

  private Item interfaceItem(Prefix pre) {
    Token kw = advance();
    Ident name = declaredName("interface name");
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    if (!at(LBRACE)) {
      throw fail("parse.syntax_error", "expected `{` after the interface name, found " + describe(peek()),
          peek().span(), "expected the methods", "write `interface " + name.name() + " { fn name(self) -> T }`");
    }
    Token open = advance();
    var members = new ArrayList<Item.Member>();
    var methods = new HashMap<String, Ident>();
    var embeds = new HashMap<String, Span>();
    Token close = memberBlock(open, mp -> {
      noPub(mp.pub(), "interface methods have no visibility of their own",
          "remove `pub`; the methods are as visible as the interface");
      if (at(FN)) {
        Token fn = advance();
        Ident mname = bindingName("method name");
        if (at(LT)) {
          int gs = s.pos;
          generics();
          report("parse.interface_method_with_type_parameters", "invalid interface method",
              s.tokens[gs].span().to(previous().span()), "interface methods cannot have type parameters",
              "declare the type parameter on the interface: `interface " + name.name() + "<T> { … }`");
        }
        List<Item.Param> params = params();
        Optional<TypeExpr> ret = eat(ARROW) ? Optional.of(p.types.type()) : Optional.empty();
        if (at(LBRACE)) {
          throw fail("parse.syntax_error", "interface methods have no body", peek().span(),
              "unexpected body", "declare only the signature; each type implements it in its `impl` block");
        }
        Span mspan = fn.span().to(previous().span());
        members.add(new Item.Member.Method(mspan, mp.docs(), mp.attrs(), mname, params, ret));
        duplicate(methods, mname, "parse.duplicate_interface_method", "duplicate method", "method");
      } else if (at(IMPL)) {
        Token impl = advance();
        TypeExpr type = p.types.type();
        detached(mp.docs(), "doc comments document methods, not embedded interfaces", "use `//` for a plain comment");
        members.add(new Item.Member.Embed(impl.span().to(type.span()), Optional.empty(), mp.attrs(), type));
        String key = SourcePrinter.type(type);
        Span first = embeds.putIfAbsent(key, type.span());
        if (first != null) {
          report(Diagnostic.error("parse.duplicate_impl_parent", "duplicate impl", type.span(),
              "`" + key + "` is embedded twice").withSecondary(first, "first embedded here")
              .withHelp("remove one of them"));
        }
      } else {
        throw fail("parse.syntax_error", "expected `fn` or `impl` in an interface, found " + describe(peek()),
            peek().span(), "expected a method signature", "an interface lists method signatures `fn name(self) -> T`"
                + " and embedded interfaces `impl Other`");
      }
      if (!(at(SEMI) || at(RBRACE) || newlineBefore())) {
        throw fail("parse.syntax_error", "expected `;` or a new line, found " + describe(peek()), peek().span(),
            "unexpected " + describe(peek()), null);
      }
    });
    return new Item.Interface(start(pre, kw).to(close.span()), pre.docs(), pre.attrs(), pre.pub().isPresent(), name,
        generics, List.copyOf(members));
  }

  private Item implItem(Prefix pre) {
    noPub(pre.pub(), "`impl` blocks cannot be `pub`", "mark the methods `pub` instead");
    detached(pre.docs(), "doc comments document the methods, not the `impl` block", "move it to a method, or use `//`");
    Token kw = advance();
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    TypeExpr target = p.types.type();
    if (at(FOR)) {
      throw fail("parse.syntax_error", "Lisette has no trait implementations", peek().span(),
          "`impl … for …` is Rust syntax", "interfaces are satisfied implicitly: write the methods in `impl Type { … }`");
    }
    if (!at(LBRACE)) {
      throw fail("parse.syntax_error", "expected `{` after the type, found " + describe(peek()), peek().span(),
          "expected the methods", null);
    }
    Token open = advance();
    var methods = new ArrayList<Item.Fn>();
    Token close = memberBlock(open, mp -> {
      if (!at(FN)) {
        throw fail("parse.syntax_error", "expected a method (`fn`) in the `impl` block, found " + describe(peek()),
            peek().span(), "only methods are allowed here",
            "an `impl` block contains only `fn` declarations; fields belong in the `struct`, other items at the top level");
      }
      methods.add(fn(mp));
    });
    return new Item.Impl(kw.span().to(close.span()), pre.attrs(), generics, target, List.copyOf(methods));
  }

  /**
   * The members of an `interface` or `impl` body after its `{`: `;` are skipped, a member that
   * fails is skipped up to the next one, and a prefix (docs, attributes, `pub`) left dangling
   * before `}` is reported. Returns the closing `}`.
   */
  private Token memberBlock(Token open, java.util.function.Consumer<Prefix> member) {
    while (true) {
      if (eat(SEMI)) {
        continue;
      }
      if (at(RBRACE)) {
        break;
      }
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      int start = s.pos;
      int level = s.braces;
      try {
        Prefix mp = prefix();
        if (at(RBRACE)) {
          detached(mp.docs(), "this doc comment documents no method", "use `//` for a plain comment");
          noAttributes(mp.attrs(), "before `}`");
          noPub(mp.pub(), "`pub` must be followed by a method", "remove it");
          break;
        }
        member.accept(mp);
      } catch (Abort a) {
        syncMember(start, level);
      }
    }
    return advance();
  }

  // ---- constants, variables, aliases, imports ------------------------------------------

  Item.Const constItem(Prefix pre) {
    Token kw = advance();
    Ident name = bindingName("constant name");
    Optional<TypeExpr> type = eat(COLON) ? Optional.of(p.types.type()) : Optional.empty();
    Optional<Expr> value = Optional.empty();
    if (eat(EQ)) {
      value = Optional.of(p.exprs.expr());
    } else if (type.isPresent() && !(at(SEMI) || at(EOF) || at(RBRACE) || startsItem(kind()))) {
      throw fail("parse.syntax_error", "expected `=` after the constant's type, found " + describe(peek()),
          peek().span(), "expected `=`", "write `const " + name.name() + ": "
              + SourcePrinter.type(type.get()) + " = " + s.src.substring(peek().span().start(), peek().span().end()) + "`");
    } else if (type.isEmpty()) {
      throw fail("parse.syntax_error", "expected `:` or `=` after the constant name, found " + describe(peek()),
          peek().span(), "expected the value", "write `const " + name.name() + " = value`");
    }
    Span end = value.map(Expr::span).orElse(type.map(TypeExpr::span).orElse(name.span()));
    return new Item.Const(start(pre, kw).to(end), pre.docs(), pre.attrs(), pre.pub().isPresent(), name, type, value);
  }

  private Item varItem(Prefix pre) {
    Token kw = advance();
    Ident name = bindingName("variable name");
    if (!at(COLON)) {
      throw fail("parse.syntax_error", "expected `:` and a type after the variable name, found " + describe(peek()),
          peek().span(), "`var` declares a typed package variable",
          "`var name: T` exists only in declaration files; in a program, use `let` inside a function, or `const`");
    }
    advance();
    TypeExpr type = p.types.type();
    return new Item.Var(start(pre, kw).to(type.span()), pre.docs(), pre.attrs(), pre.pub().isPresent(), name, type);
  }

  private Item alias(Prefix pre) {
    Token kw = advance();
    Ident name = declaredName("type name");
    List<TypeParam> generics = at(LT) ? generics() : List.of();
    Optional<TypeExpr> target = Optional.empty();
    if (eat(EQ)) {
      target = Optional.of(p.types.type());
    } else if (!(at(SEMI) || at(EOF) || at(RBRACE) || (startsItem(kind()) && newlineBefore()))) {
      String shown = s.src.substring(peek().span().start(), peek().span().end());
      String help = switch (kind()) {
        case STRUCT -> "write `struct " + name.name() + " { … }`";
        case INTERFACE -> "write `interface " + name.name() + " { … }`";
        default -> "write `type " + name.name() + " = " + shown + "` for an alias, or `struct " + name.name() + "("
            + shown + ")` for a distinct type";
      };
      throw fail("parse.syntax_error", "expected `=` after the type name, found " + describe(peek()), peek().span(),
          "expected `=`", help);
    }
    Span end = target.map(TypeExpr::span).orElse(previous().span());
    return new Item.TypeAlias(start(pre, kw).to(end), pre.docs(), pre.attrs(), pre.pub().isPresent(), name, generics,
        target);
  }

  private Item importItem(Prefix pre) {
    noPub(pre.pub(), "imports cannot be `pub`", "imports are never exported; remove `pub`");
    detached(pre.docs(), "imports cannot have doc comments", "use `//` for a plain comment");
    noAttributes(pre.attrs(), "on imports");
    Token kw = advance();
    Optional<Ident> alias = Optional.empty();
    if (at(IDENT)) {
      alias = Optional.of(ident(advance()));
    }
    if (at(LPAREN)) {
      throw fail("parse.syntax_error", "Lisette has no grouped imports", peek().span(), "unexpected `(`",
          "write one `import \"go:fmt\"` per line");
    }
    if (!at(STRING)) {
      String help = alias.isPresent() && !at(STRING) ? "import paths are strings: `import \"go:" + alias.get().name() + "\"`"
          : null;
      throw fail("parse.syntax_error", "expected an import path string such as \"go:fmt\", found " + describe(peek()),
          peek().span(), "expected an import path string such as \"go:fmt\"", help);
    }
    Token path = advance();
    if (at(AS)) {
      throw fail("parse.syntax_error", "unexpected `as` after the import path", peek().span(),
          "the alias comes first", "write `import name " + path.text() + "`");
    }
    return new Item.Import(kw.span().to(path.span()), alias, path.value(), path.span());
  }
}
