package dev.lisette.syntax;

import static dev.lisette.syntax.TokenKind.*;

import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** Types (spec grammar.type.*). */
final class TypeParser extends ParserPart {
  TypeParser(Parser p) {
    super(p);
  }

  TypeExpr type() {
    Token t = peek();
    enter(t.span());
    try {
      switch (t.kind()) {
        case LPAREN -> {
          advance();
          if (at(RPAREN)) {
            return new TypeExpr.Unit(t.span().to(advance().span()));
          }
          var elems = new ArrayList<TypeExpr>();
          elems.add(type());
          boolean comma = false;
          while (eat(COMMA)) {
            comma = true;
            if (at(RPAREN)) {
              break;
            }
            elems.add(type());
          }
          Token close = expect(RPAREN, "`)` or `,` in the tuple type");
          Span span = t.span().to(close.span());
          if (elems.size() == 1 && !comma) {
            return elems.get(0);
          }
          p.exprs.tupleArity(elems.size(), span);
          return new TypeExpr.Tuple(span, List.copyOf(elems));
        }
        case FN -> {
          advance();
          expect(LPAREN, "`(` after `fn`");
          var params = new ArrayList<TypeExpr>();
          while (!at(RPAREN)) {
            params.add(type());
            if (!eat(COMMA)) {
              break;
            }
          }
          Token close = expect(RPAREN, "`)` or `,` in the parameter types");
          TypeExpr result = new TypeExpr.Unit(close.span());
          if (eat(ARROW)) {
            result = type();
          } else if ((at(IDENT) || at(LPAREN)) && !newlineBefore()) {
            String shown = s.src.substring(t.span().start(), close.span().end());
            throw fail("parse.syntax_error", "expected `->` before the result type, found " + describe(peek()),
                peek().span(), "the result type follows `->`", "write `" + shown + " -> "
                    + s.src.substring(peek().span().start(), peek().span().end()) + "`");
          }
          return new TypeExpr.Function(t.span().to(result.span()), List.copyOf(params), result);
        }
        case IDENT -> {
          if (t.text().equals("map") && kind(1) == LBRACKET) {
            throw fail("parse.syntax_error", "expected a type, found Go syntax", peek(1).span(),
                "`map[K]V` is Go syntax", "write `Map<K, V>`");
          }
          var path = new ArrayList<Ident>();
          Token n = advance();
          path.add(ident(n));
          while (at(DOT) && kind(1) == IDENT) {
            advance();
            path.add(ident(advance()));
          }
          Span span = t.span().to(path.get(path.size() - 1).span());
          var args = new ArrayList<TypeExpr>();
          if (at(LT)) {
            Token lt = advance();
            if (at(GT)) {
              throw fail("parse.syntax_error", "empty type argument list", lt.span().to(peek().span()),
                  "`<>` gives no type arguments", "remove `<>`, or write the type arguments: `Slice<int>`");
            }
            while (!at(GT)) {
              args.add(type());
              if (!eat(COMMA)) {
                break;
              }
            }
            if (!at(GT)) {
              throw fail("parse.syntax_error", "expected `>` or `,` in the type argument list, found " + describe(peek()),
                  peek().span(), "expected `>` or `,`", at(IDENT) ? "separate type arguments with `,`"
                      : "close the type argument list with `>`");
            }
            span = span.to(advance().span());
          }
          TypeExpr named = new TypeExpr.Named(span, List.copyOf(path), List.copyOf(args));
          if (at(QUESTION) && glued(previous(), peek())) {
            throw fail("parse.syntax_error", "Lisette has no `T?` types", peek().span(), "unexpected `?`",
                "write `Option<" + SourcePrinter.type(named) + ">`");
          }
          return named;
        }
        case LBRACKET -> {
          String element = "T";
          int k = 1;
          while (kind(k) != RBRACKET && kind(k) != EOF && k < 4) {
            k++;
          }
          if (kind(k) == RBRACKET && kind(k + 1) == IDENT) {
            element = peek(k + 1).text();
          }
          throw fail("parse.syntax_error", "expected a type, found `[`", t.span(), "Lisette has no `[]T` syntax",
              "write `Slice<" + element + ">`");
        }
        case AMP, STAR -> throw fail("parse.syntax_error", "expected a type, found `" + t.text() + "`", t.span(),
            "Lisette has no `" + t.text() + "T` types", "write `Ref<T>` for a reference");
        default -> throw fail("parse.syntax_error", "expected a type, found " + describe(t), t.span(), "expected a type",
            previous().kind() == COLON ? "write the type after `:`, or remove the `:`"
                : previous().kind() == ARROW ? "write the result type after `->`" : hint());
      }
    } finally {
      leave();
    }
  }
}
