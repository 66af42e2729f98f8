package dev.lisette.syntax;

import static dev.lisette.syntax.TokenKind.*;

import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/** Patterns (spec grammar.pattern.*). */
final class PatternParser extends ParserPart {
  PatternParser(Parser p) {
    super(p);
  }

  /** Where a pattern stands: decides the wording of keyword errors. */
  enum Where {
    LET("variable name"), PARAMETER("parameter name"), FOR("loop variable"), MATCH("binding name");

    final String what;

    Where(String what) {
      this.what = what;
    }
  }

  /** A pattern where an or-pattern is allowed: match arms, `let`, `if let`, `while let`. */
  Pattern top(Where where) {
    Pattern first = single(where);
    notAnExpression();
    if (!at(PIPE)) {
      return first;
    }
    var alternatives = new ArrayList<Pattern>();
    alternatives.add(first);
    while (eat(PIPE)) {
      alternatives.add(single(where));
      notAnExpression();
    }
    return new Pattern.Or(first.span().to(alternatives.get(alternatives.size() - 1).span()), List.copyOf(alternatives));
  }

  /** An operator after a pattern: patterns are not computed (spec syntax.patterns.invalid). */
  private void notAnExpression() {
    Token t = peek();
    switch (t.kind()) {
      case DOTDOT, DOTDOTEQ -> throw fail("parse.invalid_pattern", "invalid pattern", t.span(),
          "Lisette has no range patterns", "use a guard: `n if n < 10 => …`");
      case PLUS, MINUS, STAR, SLASH, PERCENT, LT, GT, LE, GE, EQEQ, NE, ANDAND, OROR -> throw fail("parse.invalid_pattern",
          "invalid pattern", t.span(), "patterns are not computed", "bind the value and compare it in a guard: `x if x == limit + 1 =>`");
      default -> {}
    }
  }

  /** A pattern inside another one: an or-pattern there is reported (spec grammar.pattern.or). */
  private Pattern nested(Where where) {
    Pattern p = top(where);
    if (p instanceof Pattern.Or or) {
      report("parse.nested_or_pattern", "invalid or-pattern", or.span(), "`|` is only allowed at the top of a pattern",
          "write one arm per alternative, or move the `|` to the top: `Some(1) | Some(2)`");
    }
    return p;
  }

  /** A pattern that is not an or-pattern. */
  Pattern single(Where where) {
    Token t = peek();
    enter(t.span());
    try {
      switch (t.kind()) {
        case IDENT -> {
          return named(where);
        }
        case INT -> {
          advance();
          return new Pattern.IntLit(t.span(), false, t.text());
        }
        case MINUS -> {
          advance();
          Token n = peek();
          if (n.kind() == INT) {
            advance();
            return new Pattern.IntLit(t.span().to(n.span()), true, n.text());
          }
          if (n.kind() == FLOAT || n.kind() == IMAGINARY) {
            throw floatPattern(t.span().to(n.span()));
          }
          throw fail("parse.invalid_pattern", "invalid pattern", t.span().to(n.span()),
              "`-` is only allowed before an integer literal", null);
        }
        case FLOAT, IMAGINARY -> throw floatPattern(t.span());
        case STRING -> {
          advance();
          return new Pattern.StringLit(t.span(), ExprParser.between(t.text()), t.value());
        }
        case RUNE -> {
          advance();
          return new Pattern.RuneLit(t.span(), ExprParser.between(t.text()), t.value().codePointAt(0));
        }
        case TRUE, FALSE -> {
          advance();
          return new Pattern.BoolLit(t.span(), t.kind() == TRUE);
        }
        case LPAREN -> {
          return parenthesized(where);
        }
        case LBRACKET -> {
          return slice(where);
        }
        case MUT -> throw fail("parse.syntax_error", "`mut` is not allowed inside a pattern", t.span(),
            "unexpected `mut`", "write `let mut name = …` for a mutable binding; destructured bindings are immutable");
        case AMP -> throw fail("parse.invalid_pattern", "invalid pattern", t.span(), "Lisette has no reference patterns",
            "match the value itself; write `r.*` to dereference before matching");
        case FSTRING -> throw fail("parse.invalid_pattern", "invalid pattern", t.span(),
            "a format string is not a pattern", "match a plain string literal, or bind the value and compare it in a guard");
        case DOTDOT -> throw fail("parse.invalid_pattern", "invalid pattern", t.span(),
            "`..` is only allowed at the end of a slice, tuple-struct or struct pattern", null);
        default -> {
          if (t.kind().isKeyword()) {
            advance();
            report("parse.keyword_as_binding", "reserved keyword", t.span(),
                "`" + t.text() + "` is a keyword and cannot be used as a " + where.what,
                "choose another name, e.g. `" + t.text() + "_`");
            return new Pattern.Binding(new Ident(t.text() + "_", t.span()));
          }
          throw fail("parse.invalid_pattern", "invalid pattern", t.span(),
              "expected a pattern, found " + describe(t), null);
        }
      }
    } finally {
      leave();
    }
  }

  private Abort floatPattern(Span span) {
    return fail("parse.float_pattern", "invalid pattern", span, "float and imaginary literals are not patterns",
        "bind the value and compare it in a guard: `x if x == 1.5 =>`");
  }

  /** A name, a dotted path, and what may follow: `(…)` or `{…}`. */
  private Pattern named(Where where) {
    Token first = advance();
    if (first.text().equals("_")) {
      return new Pattern.Wildcard(first.span());
    }
    var path = new ArrayList<Ident>();
    path.add(ident(first));
    while (at(DOT) && kind(1) == IDENT) {
      advance();
      path.add(ident(advance()));
    }
    if (at(DOT)) {
      throw fail("parse.invalid_pattern", "invalid pattern", peek().span().to(peek(1).span()),
          "expected a variant name after `.`", "a pattern names a variant or binds a value; calls are not patterns");
    }
    List<Ident> names = List.copyOf(path);
    Span start = first.span();
    if (at(LPAREN)) {
      return tupleStruct(names, start, where);
    }
    if (at(LBRACE)) {
      return struct(names, start, where);
    }
    if (names.size() == 1 && !startsUppercase(first.text())) {
      return new Pattern.Binding(names.get(0));
    }
    return new Pattern.Path(start.to(names.get(names.size() - 1).span()), names);
  }

  private Pattern tupleStruct(List<Ident> path, Span start, Where where) {
    advance();
    var elements = new ArrayList<Pattern>();
    boolean rest = false;
    while (!at(RPAREN)) {
      if (at(DOTDOT)) {
        Token dots = advance();
        eat(COMMA);
        if (!at(RPAREN)) {
          throw fail("parse.invalid_pattern", "invalid pattern", dots.span(), "`..` must come last",
              "put `..` last: `" + String.join(".", path.stream().map(Ident::name).toList()) + "(a, ..)`");
        }
        rest = true;
        break;
      }
      elements.add(nested(where));
      if (!eat(COMMA)) {
        break;
      }
    }
    Token close = expect(RPAREN, "`)` or `,` in the pattern");
    return new Pattern.TupleStruct(start.to(close.span()), path, List.copyOf(elements), rest);
  }

  private Pattern struct(List<Ident> path, Span start, Where where) {
    Token open = advance();
    var fields = new ArrayList<Pattern.FieldPattern>();
    var seen = new HashMap<String, Ident>();
    boolean rest = false;
    while (!at(RBRACE)) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      if (at(DOTDOT)) {
        Token dots = advance();
        eat(COMMA);
        if (!at(RBRACE)) {
          throw fail("parse.invalid_pattern", "invalid pattern", dots.span(), "`..` must come last",
              "put `..` last: `" + path.get(path.size() - 1).name() + " { x, .. }`");
        }
        rest = true;
        break;
      }
      if (!at(IDENT)) {
        throw fail("parse.invalid_pattern", "invalid pattern", peek().span(), "expected a field name, found "
            + describe(peek()), "write `" + path.get(path.size() - 1).name() + " { field, other: pattern }`");
      }
      Ident name = ident(advance());
      Optional<Pattern> pattern = Optional.empty();
      if (eat(COLON)) {
        pattern = Optional.of(nested(where));
      }
      Ident first = seen.putIfAbsent(name.name(), name);
      if (first != null) {
        report(dev.lisette.diagnostics.Diagnostic.error("parse.duplicate_field_in_pattern", "duplicate field",
                name.span(), "`" + name.name() + "` is matched twice")
            .withSecondary(first.span(), "first use of `" + name.name() + "`").withHelp("remove one of them"));
      }
      fields.add(new Pattern.FieldPattern(name.span().to(pattern.map(Pattern::span).orElse(name.span())), name, pattern));
      if (!p.items.separator("fields")) {
        break;
      }
    }
    Token close = expect(RBRACE, "`}`");
    return new Pattern.Struct(start.to(close.span()), path, List.copyOf(fields), rest);
  }

  private Pattern parenthesized(Where where) {
    Token open = advance();
    if (at(RPAREN)) {
      return new Pattern.Unit(open.span().to(advance().span()));
    }
    Pattern first = nested(where);
    if (!at(COMMA)) {
      Token close = expect(RPAREN, "`)`");
      return new Pattern.Paren(open.span().to(close.span()), first);
    }
    var elements = new ArrayList<Pattern>();
    elements.add(first);
    while (eat(COMMA)) {
      if (at(RPAREN)) {
        break;
      }
      if (at(DOTDOT)) {
        throw fail("parse.invalid_pattern", "invalid pattern", peek().span(), "tuple patterns have no `..`",
            "name every element, using `_` for the ones you ignore");
      }
      elements.add(nested(where));
    }
    Token close = expect(RPAREN, "`)` or `,` in the tuple pattern");
    Span span = open.span().to(close.span());
    p.exprs.tupleArity(elements.size(), span);
    return new Pattern.Tuple(span, List.copyOf(elements));
  }

  private Pattern slice(Where where) {
    Token open = advance();
    var elements = new ArrayList<Pattern>();
    Optional<Pattern.Rest> rest = Optional.empty();
    while (!at(RBRACKET)) {
      if (at(DOTDOT)) {
        Token dots = advance();
        Optional<Ident> binding = Optional.empty();
        if (at(IDENT)) {
          binding = Optional.of(ident(advance()));
        }
        Pattern.Rest r = new Pattern.Rest(dots.span().to(binding.map(Ident::span).orElse(dots.span())), binding);
        if (rest.isPresent()) {
          throw suffix(rest.get().span());
        }
        rest = Optional.of(r);
      } else {
        Pattern element = nested(where);
        if (rest.isPresent()) {
          throw suffix(rest.get().span());
        }
        elements.add(element);
      }
      if (at(SEMI) && !peek().inserted()) {
        throw fail("parse.invalid_pattern", "invalid pattern", peek().span(), "unexpected `;` in a slice pattern",
            "separate elements with `,`");
      }
      if (!eat(COMMA)) {
        break;
      }
    }
    Token close = expect(RBRACKET, "`]` or `,` in the slice pattern");
    return new Pattern.Slice(open.span().to(close.span()), List.copyOf(elements), rest);
  }

  private Abort suffix(Span span) {
    return fail("parse.suffix_slice_pattern", "invalid pattern", span, "the rest of a slice pattern must be its last element",
        "the rest comes last: `[first, second, ..rest]`");
  }
}
