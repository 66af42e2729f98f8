package dev.lisette.syntax;

import static dev.lisette.syntax.TokenKind.*;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Expressions: precedence climbing for the binary operators (spec grammar.expr.precedence),
 * then prefix, postfix and primary forms. {@code header} is true in the condition, scrutinee
 * or iterable of `if`/`while`/`match`/`for`, where struct literals are restricted
 * (spec grammar.expr.struct-literal-headers).
 */
final class ExprParser extends ParserPart {
  ExprParser(Parser p) {
    super(p);
  }

  Expr expr() {
    return binary(1, false);
  }

  /** An expression in the header of `if`, `while`, `match` or `for`. */
  Expr header() {
    return binary(1, true);
  }

  static String between(String quoted) {
    return quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : "";
  }

  // ---- binary operators ----------------------------------------------------------------

  private static int infixPrecedence(TokenKind k) {
    return switch (k) {
      case PIPE_GT -> 1;
      case OROR -> 2;
      case ANDAND -> 3;
      case EQEQ, NE, LT, GT, LE, GE -> 4;
      case DOTDOT, DOTDOTEQ -> 5;
      case PLUS, MINUS -> 6;
      case STAR, SLASH, PERCENT -> 7;
      case AS -> 8;
      default -> -1;
    };
  }

  private static BinaryOp binaryOp(TokenKind k) {
    return switch (k) {
      case OROR -> BinaryOp.OR;
      case ANDAND -> BinaryOp.AND;
      case EQEQ -> BinaryOp.EQ;
      case NE -> BinaryOp.NE;
      case LT -> BinaryOp.LT;
      case GT -> BinaryOp.GT;
      case LE -> BinaryOp.LE;
      case GE -> BinaryOp.GE;
      case PLUS -> BinaryOp.ADD;
      case MINUS -> BinaryOp.SUB;
      case STAR -> BinaryOp.MUL;
      case SLASH -> BinaryOp.DIV;
      case PERCENT -> BinaryOp.REM;
      default -> throw new IllegalArgumentException(k.toString());
    };
  }

  static boolean isBinaryOperator(TokenKind k) {
    return switch (k) {
      case PLUS, MINUS, STAR, SLASH, PERCENT, EQEQ, NE, LT, GT, LE, GE, ANDAND, OROR, PIPE_GT -> true;
      default -> false;
    };
  }

  private Expr binary(int minPrec, boolean header) {
    enter(peek().span());
    try {
      Expr left = unary(header);
      while (true) {
        Token t = peek();
        unsupportedOperator(t);
        int prec = infixPrecedence(t.kind());
        if (prec < minPrec || prec < 0) {
          return left;
        }
        if (t.kind() == OROR && newlineBefore()) {
          // A line starting with `||` starts a new statement (spec grammar.expr.precedence).
          return left;
        }
        advance();
        switch (t.kind()) {
          case AS -> {
            TypeExpr type = p.types.type();
            left = new Expr.Cast(left.span().to(type.span()), left, type);
          }
          case DOTDOT, DOTDOTEQ -> {
            boolean inclusive = t.kind() == DOTDOTEQ;
            Optional<Expr> end = Optional.empty();
            if (startsExpression(kind()) && !(header && at(LBRACE))) {
              end = Optional.of(binary(6, header));
            } else if (inclusive) {
              throw fail("parse.syntax_error", "`..=` needs an end bound", t.span(), "write the last value after `..=`",
                  "use `a..` for a range without end");
            }
            Span span = left.span().to(end.map(Expr::span).orElse(t.span()));
            if (at(DOTDOT) || at(DOTDOTEQ)) {
              throw fail("parse.syntax_error", "chained ranges are not allowed", peek().span(), "a range has one `..`",
                  "write a single range `a..b`");
            }
            left = new Expr.Range(span, Optional.of(left), end, inclusive);
          }
          case PIPE_GT -> {
            Expr target = binary(prec + 1, header);
            left = pipeline(left, target, t.span());
          }
          default -> {
            Expr right = binary(prec + 1, header);
            left = new Expr.Binary(left.span().to(right.span()), binaryOp(t.kind()), left, right, t.span());
          }
        }
      }
    } finally {
      leave();
    }
  }

  /** `v |> f` means `f(v)`, `v |> f(a)` means `f(v, a)` (spec grammar.expr.pipeline). */
  private Expr pipeline(Expr value, Expr target, Span opSpan) {
    Span span = value.span().to(target.span());
    Expr.Call call = switch (target) {
      case Expr.Name n -> new Expr.Call(span, n, List.of(value));
      case Expr.Field f -> new Expr.Call(span, f, List.of(value));
      case Expr.Call c -> {
        var args = new ArrayList<Expr>();
        args.add(value);
        args.addAll(c.args());
        yield new Expr.Call(span, c.callee(), List.copyOf(args));
      }
      case Expr.Propagate q -> throw fail("parse.propagate_in_pipeline", "invalid `?` in pipeline",
          new Span(q.span().end() - 1, q.span().end()),
          "`?` cannot apply to a pipeline target", "apply `?` to the whole pipeline: `(value |> f)?`");
      default -> throw fail("parse.invalid_pipeline_target", "invalid pipeline", target.span(),
          "the right side of `|>` must be a function name or a call", "write `value |> f` or `value |> f(other)`");
    };
    return new Expr.Pipe(span, value, target, opSpan, call);
  }

  private void unsupportedOperator(Token t) {
    String text = null;
    Span span = t.span();
    Token next = peek(1);
    boolean glued = glued(t, next);
    switch (t.kind()) {
      case CARET -> text = "^";
      case AMP -> text = "&";
      case PIPE -> text = "|";
      case LT -> {
        if (glued && next.kind() == LT) {
          text = "<<";
          span = t.span().to(next.span());
        } else if (glued && next.kind() == MINUS) {
          throw fail("parse.syntax_error", "Lisette has no `<-` operator", t.span().to(next.span()),
              "channel operations are methods", "send with `ch.send(value)`");
        }
      }
      case GT -> {
        if (glued && next.kind() == GT) {
          text = ">>";
          span = t.span().to(next.span());
        }
      }
      case PLUS, MINUS -> {
        if (glued && next.kind() == t.kind()) {
          text = t.text() + t.text();
          span = t.span().to(next.span());
          throw fail("parse.unsupported_operator", "unsupported operator", span, "Lisette has no `" + text + "`",
              "write `x " + t.text() + "= 1`");
        }
      }
      default -> {}
    }
    if (text != null) {
      throw fail("parse.unsupported_operator", "unsupported operator", span, "bitwise operators are not supported",
          "Lisette has no `" + text + "` operator");
    }
  }

  static boolean startsExpression(TokenKind k) {
    return switch (k) {
      case IDENT, INT, FLOAT, IMAGINARY, STRING, RUNE, FSTRING, TRUE, FALSE, LPAREN, LBRACKET, LBRACE,
          MINUS, BANG, AMP, IF, MATCH, LOOP, RETURN, BREAK, CONTINUE, PIPE, OROR, DOTDOT, DOTDOTEQ,
          TASK, DEFER, TRY, RECOVER, SELECT, AT -> true;
      default -> false;
    };
  }

  // ---- prefix and postfix --------------------------------------------------------------

  private Expr unary(boolean header) {
    Token t = peek();
    UnaryOp op = switch (t.kind()) {
      case MINUS -> UnaryOp.NEG;
      case BANG -> UnaryOp.NOT;
      case AMP -> UnaryOp.REF;
      default -> null;
    };
    if (op == null) {
      if (t.kind() == LT && kind(1) == MINUS) {
        throw fail("parse.syntax_error", "Lisette has no `<-` operator", t.span().to(peek(1).span()),
            "channel operations are methods", "receive with `ch.receive()`");
      }
      return postfix(primary(header), header);
    }
    advance();
    if (op == UnaryOp.REF && at(MUT)) {
      throw fail("parse.syntax_error", "Lisette has no `&mut`", t.span().to(peek().span()),
          "references are written `&x`", "write `&x`; mutability belongs to the binding (`let mut x`)");
    }
    enter(t.span());
    try {
      Expr operand = unary(header);
      return new Expr.Unary(t.span().to(operand.span()), op, operand);
    } finally {
      leave();
    }
  }

  private Expr postfix(Expr e, boolean header) {
    while (true) {
      Token t = peek();
      switch (t.kind()) {
        case LPAREN -> {
          List<Expr> args = arguments();
          e = new Expr.Call(e.span().to(previous().span()), e, args);
        }
        case LBRACKET -> {
          advance();
          if (at(RBRACKET)) {
            throw fail("parse.expected_expression", "expected an index, found `]`", peek().span(),
                "expected an expression", "write `xs[i]`, or `xs[..]` for the whole slice");
          }
          Expr index = expr();
          if (at(COMMA)) {
            throw fail("parse.syntax_error", "expected `]`, found `,`", peek().span(), "an index holds one value",
                "index twice: `" + pathText(e) + "[a][b]`");
          }
          Token close = expect(RBRACKET, "`]`");
          e = new Expr.Index(e.span().to(close.span()), e, index);
        }
        case DOT -> {
          advance();
          Token name = peek();
          switch (name.kind()) {
            case IDENT -> {
              advance();
              e = new Expr.Field(e.span().to(name.span()), e, ident(name));
            }
            case INT -> {
              advance();
              e = new Expr.TupleField(e.span().to(name.span()), e, tupleIndex(name), name.span());
            }
            case STAR -> {
              advance();
              e = new Expr.Deref(e.span().to(name.span()), e);
            }
            default -> {
              if (name.kind().isKeyword()) {
                advance();
                report("parse.keyword_as_identifier", "reserved keyword", name.span(),
                    "`" + name.text() + "` is a keyword and cannot be used as a field or method name",
                    "choose another name, e.g. `" + name.text() + "_`");
                e = new Expr.Field(e.span().to(name.span()), e, ident(name));
                continue;
              }
              throw fail("parse.syntax_error", "expected a field or method name after `.`, found "
                + describe(name), name.span(), "expected a name", null);
            }
          }
        }
        case QUESTION -> {
          advance();
          e = new Expr.Propagate(e.span().to(t.span()), e);
        }
        case LT -> {
          if (!(e instanceof Expr.Name || e instanceof Expr.Field) || !typeArgumentsAhead()) {
            return e;
          }
          Token lt = advance();
          var args = new ArrayList<TypeExpr>();
          while (!at(GT)) {
            args.add(p.types.type());
            if (!eat(COMMA)) {
              break;
            }
          }
          Token gt = expect(GT, "`>` or `,` in the type arguments");
          if (at(DOT)) {
            String shown = s.src.substring(lt.span().start(), gt.span().end());
            String method = kind(1) == IDENT ? peek(1).text() : "method";
            throw fail("parse.syntax_error", "misplaced type argument", lt.span().to(gt.span()),
                "type arguments belong to the function that is called",
                "write `" + s.src.substring(e.span().start(), e.span().end()) + "." + method + shown + "(…)`");
          }
          e = new Expr.TypeApply(e.span().to(gt.span()), e, List.copyOf(args));
        }
        case COLON -> {
          if (kind(1) == COLON && glued(t, peek(1))) {
            if (kind(2) == LT) {
              throw fail("parse.syntax_error", "Lisette has no turbofish", t.span().to(peek(2).span()),
                  "`::<…>` is Rust syntax", "write the type arguments directly: `f<T>(…)`");
            }
            String after = kind(2) == IDENT ? peek(2).text() : "Name";
            throw fail("parse.syntax_error", "paths use `.`, not `::`", t.span().to(peek(1).span()),
                "`::` is not Lisette syntax", "write `" + pathText(e) + "." + after + "`; enum variants are qualified with `.`");
          }
          return e;
        }
        case LBRACE -> {
          Optional<List<Ident>> path = path(e);
          if (path.isPresent() && startsUppercase(path.get().get(path.get().size() - 1).name()) && kind(1) == IDENT
              && kind(2) == EQ) {
            throw fail("parse.syntax_error", "expected `:` in the struct literal, found `=`", peek(2).span(),
                "fields are given with `:`", "write `" + peek(1).text() + ": value`");
          }
          if (path.isEmpty() || !structLiteralAhead(path.get(), header)) {
            return e;
          }
          e = structLiteral(path.get(), e.span());
        }
        default -> {
          return e;
        }
      }
    }
  }

  private String pathText(Expr e) {
    return s.src.substring(e.span().start(), e.span().end());
  }

  private int tupleIndex(Token t) {
    String text = t.text();
    boolean plain = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')
        && (text.length() == 1 || text.charAt(0) != '0') && text.length() <= 9;
    if (!plain) {
      throw fail("parse.syntax_error", "invalid tuple field `" + text + "`", t.span(),
          "tuple fields are numbered `0`, `1`, …", null);
    }
    return Integer.parseInt(text);
  }

  private List<Expr> arguments() {
    Token open = advance();
    var args = new ArrayList<Expr>();
    while (!at(RPAREN)) {
      if (at(EOF)) {
        throw fail("parse.syntax_error", "unclosed `(`", open.span(), "this `(` is never closed", "add the missing `)`");
      }
      args.add(expr());
      if (!eat(COMMA)) {
        break;
      }
    }
    if (!at(RPAREN)) {
      throw fail("parse.syntax_error", "expected `)` or `,` in the argument list, found " + describe(peek()),
          peek().span(), "expected `)` or `,`", listHelp("`)`", "arguments"));
    }
    advance();
    return List.copyOf(args);
  }

  /** The help line when a list is not continued or closed as expected. */
  private String listHelp(String closer, String what) {
    String hint = hint();
    if (hint != null) {
      return hint;
    }
    if (at(SEMI) && peek().inserted()) {
      return "add the missing " + closer;
    }
    if (startsExpression(kind())) {
      return "separate " + what + " with `,`";
    }
    return null;
  }

  /**
   * At `<` after a name: explicit type arguments follow if a matching `>` comes before any of
   * `+ - * / % == != && || ; { } [ ]` and is followed by `(` or `.name(` (spec grammar.expr.type-args).
   */
  private boolean typeArgumentsAhead() {
    int depth = 0;
    Token[] ts = s.tokens;
    for (int i = s.pos; i < ts.length; i++) {
      switch (ts[i].kind()) {
        case LT -> depth++;
        case GT -> {
          if (--depth == 0) {
            TokenKind next = i + 1 < ts.length ? ts[i + 1].kind() : EOF;
            return next == LPAREN || (next == DOT && i + 3 < ts.length && ts[i + 2].kind() == IDENT
                && ts[i + 3].kind() == LPAREN);
          }
        }
        case PLUS, MINUS, STAR, SLASH, PERCENT, EQEQ, NE, ANDAND, OROR, SEMI, LBRACE, RBRACE, LBRACKET, RBRACKET, EOF -> {
          return false;
        }
        default -> {}
      }
    }
    return false;
  }

  // ---- struct literals -----------------------------------------------------------------

  /** The names of a name or dotted path expression. */
  private static Optional<List<Ident>> path(Expr e) {
    var names = new ArrayList<Ident>();
    Expr cur = e;
    while (cur instanceof Expr.Field f) {
      names.add(0, f.name());
      cur = f.target();
    }
    if (!(cur instanceof Expr.Name n)) {
      return Optional.empty();
    }
    names.add(0, n.ident());
    return Optional.of(List.copyOf(names));
  }

  /** At `{` after a path: the rules of spec grammar.expr.struct-literal(-headers). */
  private boolean structLiteralAhead(List<Ident> path, boolean header) {
    TokenKind k1 = kind(1);
    TokenKind k2 = kind(2);
    if (k1 == DOTDOT) {
      return true;
    }
    if (k1 == IDENT && k2 == COLON && !(kind(3) == COLON && glued(peek(2), peek(3)))) {
      return true;
    }
    if (!startsUppercase(path.get(path.size() - 1).name())) {
      return false;
    }
    int close;
    if (k1 == RBRACE) {
      close = s.pos + 1;
    } else if (k1 == IDENT && k2 == RBRACE) {
      close = s.pos + 2;
    } else if (k1 == IDENT && k2 == COMMA) {
      close = header ? matchingBrace(s.pos) : -1;
    } else {
      return false;
    }
    if (!header) {
      return true;
    }
    if (close < 0 || close + 1 >= s.tokens.length) {
      return false;
    }
    TokenKind after = s.tokens[close + 1].kind();
    return after == LBRACE || after == RPAREN || isBinaryOperator(after);
  }

  private int matchingBrace(int open) {
    int depth = 0;
    for (int i = open; i < s.tokens.length; i++) {
      switch (s.tokens[i].kind()) {
        case LBRACE -> depth++;
        case RBRACE -> {
          if (--depth == 0) {
            return i;
          }
        }
        case EOF -> {
          return -1;
        }
        default -> {}
      }
    }
    return -1;
  }

  private Expr structLiteral(List<Ident> path, Span start) {
    Token open = advance();
    var fields = new ArrayList<Expr.FieldInit>();
    var seen = new HashMap<String, Ident>();
    Optional<Expr> spread = Optional.empty();
    while (!at(RBRACE)) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      if (at(DOTDOT)) {
        Token dots = advance();
        Expr base = expr();
        spread = Optional.of(base);
        eat(COMMA);
        if (!at(RBRACE)) {
          throw fail("parse.syntax_error", "the spread must come last", dots.span().to(base.span()),
              "`.." + pathText(base) + "` is followed by more fields", "move `.." + pathText(base) + "` to the end");
        }
        break;
      }
      if (!at(IDENT)) {
        throw fail("parse.syntax_error", "expected a field name, found " + describe(peek()), peek().span(),
            "expected `field: value`", null);
      }
      Ident name = ident(advance());
      Optional<Expr> value = Optional.empty();
      if (eat(COLON)) {
        value = Optional.of(expr());
      }
      p.items.duplicate(seen, name, "parse.duplicate_struct_field", "duplicate field", "field");
      fields.add(new Expr.FieldInit(name.span().to(value.map(Expr::span).orElse(name.span())), name, value));
      if (at(SEMI) && peek().inserted() && !(kind(1) == DOTDOT
          || (kind(1) == IDENT && (kind(2) == COLON || kind(2) == COMMA || kind(2) == RBRACE)))) {
        // The line ends and the next one is no field: the literal was left open. Its `{`
        // will never be closed, so recovery must not wait for it.
        s.braces--;
        throw fail("parse.syntax_error", "expected `,` or `}`, found end of line", peek().span(),
            "this struct literal is not closed", "close it with `}`");
      }
      if (!p.items.separator("fields")) {
        break;
      }
    }
    Token close = expect(RBRACE, "`}`");
    return new Expr.StructLit(start.to(close.span()), path, List.copyOf(fields), spread);
  }

  // ---- primary expressions -------------------------------------------------------------

  private Expr primary(boolean header) {
    Token t = peek();
    switch (t.kind()) {
      case INT -> {
        advance();
        return new Expr.IntLit(t.span(), t.text());
      }
      case FLOAT -> {
        advance();
        return new Expr.FloatLit(t.span(), t.text());
      }
      case IMAGINARY -> {
        advance();
        return new Expr.ImaginaryLit(t.span(), t.text());
      }
      case TRUE, FALSE -> {
        advance();
        return new Expr.BoolLit(t.span(), t.kind() == TRUE);
      }
      case STRING -> {
        advance();
        return new Expr.StringLit(t.span(), between(t.text()), t.value());
      }
      case RUNE -> {
        advance();
        return new Expr.RuneLit(t.span(), between(t.text()), t.value().codePointAt(0));
      }
      case FSTRING -> {
        advance();
        return fstring(t);
      }
      case IDENT -> {
        advance();
        return new Expr.Name(ident(t));
      }
      case LPAREN -> {
        return parenthesized();
      }
      case LBRACKET -> {
        return sliceLiteral();
      }
      case LBRACE -> {
        return new Expr.BlockExpr(p.stmts.block());
      }
      case IF -> {
        return ifExpr();
      }
      case MATCH -> {
        return match();
      }
      case LOOP -> {
        advance();
        bodyBlock("loop");
        Block body = p.stmts.block();
        return new Expr.Loop(t.span().to(body.span()), body);
      }
      case RETURN -> {
        advance();
        Optional<Expr> value = valueAfterKeyword(header);
        return new Expr.Return(t.span().to(value.map(Expr::span).orElse(t.span())), value);
      }
      case BREAK -> {
        advance();
        Optional<Expr> value = valueAfterKeyword(header);
        return new Expr.Break(t.span().to(value.map(Expr::span).orElse(t.span())), value);
      }
      case CONTINUE -> {
        advance();
        return new Expr.Continue(t.span());
      }
      case DOTDOT, DOTDOTEQ -> {
        advance();
        boolean inclusive = t.kind() == DOTDOTEQ;
        if (!startsExpression(kind()) || (header && at(LBRACE))) {
          if (inclusive) {
            throw fail("parse.syntax_error", "`..=` needs an end bound", t.span(), "write the last value after `..=`",
                "use `..` for the whole range");
          }
          return new Expr.Range(t.span(), Optional.empty(), Optional.empty(), false);
        }
        Expr end = binary(6, header);
        if (at(DOTDOT) || at(DOTDOTEQ)) {
          throw fail("parse.syntax_error", "chained ranges are not allowed", peek().span(), "a range has one `..`",
              "write a single range `a..b`");
        }
        return new Expr.Range(t.span().to(end.span()), Optional.empty(), Optional.of(end), inclusive);
      }
      case PIPE, OROR -> {
        return lambda(header);
      }
      case TASK, DEFER -> {
        return taskOrDefer();
      }
      case TRY, RECOVER -> {
        advance();
        if (!at(LBRACE)) {
          throw fail("parse.syntax_error", "invalid `" + t.text() + "`", peek().span(),
              "`" + t.text() + "` takes a block", t.kind() == TRY
                  ? "write `try { … }`; to propagate an error from a single call, use `?`" : "write `recover { … }`");
        }
        Block body = p.stmts.block();
        return t.kind() == TRY ? new Expr.Try(t.span().to(body.span()), body)
            : new Expr.Recover(t.span().to(body.span()), body);
      }
      case SELECT -> {
        return select();
      }
      case AT -> {
        return rawGo();
      }
      case FN -> throw fail("parse.fn_as_lambda", "`fn` used as a lambda", t.span(),
          "function literals are written as lambdas", "write `|x: int| { … }`, or `|x: int| -> int { … }` with a result type");
      case LET -> throw fail("parse.syntax_error", "`let` is a statement, not an expression", t.span(),
          "expected an expression", "move the `let` before this expression");
      case WHILE, FOR -> throw fail("parse.syntax_error", "`" + t.text() + "` is a statement, not an expression", t.span(),
          "expected an expression", "a `while`/`for` loop has no value; use `loop` with `break value`");
      case BACKTICK -> throw fail("parse.syntax_error", "raw strings are only allowed as attribute arguments",
          t.span(), "unexpected raw string", "write a string literal `\"…\"`");
      case STAR -> throw fail("parse.expected_expression", "expected an expression, found `*`", t.span(),
          "expected an expression", kind(1) == IDENT && glued(t, peek(1))
              ? "dereference with `" + peek(1).text() + ".*`" : null);
      default -> {
        if (t.kind() == PLUS && kind(1) == PLUS && glued(t, peek(1))) {
          throw fail("parse.unsupported_operator", "unsupported operator", t.span().to(peek(1).span()),
              "Lisette has no `++`", "write `x += 1`");
        }
        if (t.kind() == PLUS) {
          boolean reversed = previous().kind() == EQ && glued(previous(), t);
          throw fail("parse.expected_expression", "expected an expression, found `+`", t.span(),
              "Lisette has no unary `+`", reversed ? "did you mean `+=`?" : "write the value without `+`");
        }
        throw fail("parse.expected_expression", "expected an expression, found " + describe(t), t.span(),
            "expected an expression", null);
      }
    }
  }

  private Optional<Expr> valueAfterKeyword(boolean header) {
    if (!startsExpression(kind()) || (header && at(LBRACE))) {
      return Optional.empty();
    }
    return Optional.of(binary(1, header));
  }

  /** `()`, `(e)` or a tuple `(a, b, …)`. */
  private Expr parenthesized() {
    Token open = advance();
    if (at(RPAREN)) {
      return new Expr.Unit(open.span().to(advance().span()));
    }
    Expr first = expr();
    if (!at(COMMA)) {
      if (at(EQ)) {
        throw fail("parse.syntax_error", "expected `)`, found `=`", peek().span(), "an assignment is not a value",
            "assign in a statement of its own, then use the variable");
      }
      if (!at(RPAREN)) {
        throw fail("parse.syntax_error", "expected `)`, found " + describe(peek()), peek().span(), "expected `)`",
            listHelp("`)`", "elements"));
      }
      Token close = advance();
      return new Expr.Paren(open.span().to(close.span()), first);
    }
    var elements = new ArrayList<Expr>();
    elements.add(first);
    while (eat(COMMA)) {
      if (at(RPAREN)) {
        break;
      }
      elements.add(expr());
    }
    Token close = expect(RPAREN, "`)` or `,` in the tuple");
    Span span = open.span().to(close.span());
    tupleArity(elements.size(), span);
    return new Expr.Tuple(span, List.copyOf(elements));
  }

  void tupleArity(int n, Span span) {
    if (n < 2 || n > 5) {
      report("parse.tuple_element_count", "invalid tuple", span,
          n < 2 ? "a tuple has at least 2 elements" : "a tuple has at most 5 elements, this one has " + n,
          n < 2 ? "remove the trailing `,` for a parenthesized value" : "use a struct for more fields");
    }
  }

  private Expr sliceLiteral() {
    Token open = advance();
    var elements = new ArrayList<Expr>();
    while (!at(RBRACKET)) {
      if (at(EOF)) {
        throw fail("parse.syntax_error", "unclosed `[`", open.span(), "this `[` is never closed", "add the missing `]`");
      }
      elements.add(expr());
      if (at(SEMI) && !peek().inserted()) {
        throw fail("parse.syntax_error", "Lisette has no `[value; count]` syntax", peek().span(),
            "unexpected `;` in a slice literal", "build the slice with a loop and `append`");
      }
      if (!eat(COMMA)) {
        break;
      }
    }
    if (!at(RBRACKET)) {
      throw fail("parse.syntax_error", "expected `]` or `,` in the slice literal, found " + describe(peek()),
          peek().span(), "expected `]` or `,`", listHelp("`]`", "elements"));
    }
    Token close = advance();
    if (elements.isEmpty() && at(IDENT) && glued(close, peek())) {
      throw fail("parse.syntax_error", "Lisette has no `[]T` syntax", open.span().to(peek().span()),
          "`[]" + peek().text() + "` is Go syntax", "write a slice literal `[a, b]`, or `Slice.new<" + peek().text() + ">()`");
    }
    return new Expr.SliceLit(open.span().to(close.span()), List.copyOf(elements));
  }

  private Expr lambda(boolean header) {
    Token start = advance();
    var params = new ArrayList<Expr.LambdaParam>();
    if (start.kind() == PIPE) {
      while (!at(PIPE)) {
        Token first = peek();
        Pattern pattern;
        if (at(IDENT) && startsUppercase(peek().text()) && (kind(1) == COLON || kind(1) == COMMA || kind(1) == PIPE)) {
          Token n = advance();
          report("parse.uppercase_binding", "invalid binding name", n.span(),
              "parameter names start with a lowercase letter", "rename it to `" + ItemParser.lowerFirst(n.text()) + "`");
          pattern = new Pattern.Binding(ident(n));
        } else {
          pattern = p.patterns.single(PatternParser.Where.PARAMETER);
        }
        Optional<TypeExpr> type = eat(COLON) ? Optional.of(p.types.type()) : Optional.empty();
        params.add(new Expr.LambdaParam(first.span().to(type.map(TypeExpr::span).orElse(pattern.span())), pattern, type));
        if (!eat(COMMA)) {
          break;
        }
      }
      if (!at(PIPE)) {
        throw fail("parse.syntax_error", "expected `|` or `,` after the lambda parameters, found " + describe(peek()),
            peek().span(), "expected `|`", "close the parameters with `|`: `|n| n * 2`");
      }
      advance();
    }
    Optional<TypeExpr> ret = Optional.empty();
    Expr body;
    if (eat(ARROW)) {
      ret = Optional.of(p.types.type());
      if (!at(LBRACE)) {
        throw fail("parse.syntax_error", "a lambda with a result type needs a block body", peek().span(),
            "expected `{`", "write `|n: int| -> int { n + 1 }`");
      }
      body = new Expr.BlockExpr(p.stmts.block());
    } else {
      body = binary(1, header);
    }
    return new Expr.Lambda(start.span().to(body.span()), List.copyOf(params), ret, body);
  }

  private Expr taskOrDefer() {
    Token kw = advance();
    boolean task = kw.kind() == TASK;
    Expr body;
    if (at(LBRACE)) {
      body = new Expr.BlockExpr(p.stmts.block());
    } else {
      Token first = peek();
      if (!startsExpression(first.kind())) {
        throw fail(task ? "parse.task_missing_parens" : "parse.defer_missing_parens", "invalid `" + kw.text() + "`",
            first.span(), "`" + kw.text() + "` takes a call or a block", "write `" + kw.text() + " f()` or `"
                + kw.text() + " { … }`");
      }
      enter(first.span());
      try {
        body = postfix(primary(false), false);
      } finally {
        leave();
      }
      boolean call = body instanceof Expr.Call || (body instanceof Expr.Propagate q && q.operand() instanceof Expr.Call);
      if (!call) {
        String shown = pathText(body);
        report(task ? "parse.task_missing_parens" : "parse.defer_missing_parens", "invalid `" + kw.text() + "`",
            body.span(), "`" + kw.text() + "` takes a call or a block",
            body instanceof Expr.Name || body instanceof Expr.Field ? "add the parentheses: `" + kw.text() + " " + shown + "()`"
                : "write `" + kw.text() + " f()` or `" + kw.text() + " { … }`");
      }
    }
    Span span = kw.span().to(body.span());
    return task ? new Expr.Task(span, body) : new Expr.Defer(span, body);
  }

  private Expr rawGo() {
    Token at = advance();
    Token name = peek();
    if (!(name.kind() == IDENT && name.text().equals("rawgo") && glued(at, name))) {
      throw fail("parse.syntax_error", "unknown directive", at.span().to(name.span()), "only `@rawgo(\"…\")` exists", null);
    }
    advance();
    expect(LPAREN, "`(` after `@rawgo`");
    Token code = expect(STRING, "a string of Go code");
    Token close = expect(RPAREN, "`)`");
    return new Expr.RawGo(at.span().to(close.span()), code.value());
  }

  // ---- if, match, select ---------------------------------------------------------------

  /** Before the block of `if`, `while`, `loop`: a missing `{` gets a help line. */
  void bodyBlock(String keyword) {
    if (at(LBRACE)) {
      return;
    }
    if (at(EQ)) {
      throw fail("parse.syntax_error", "expected `{` after the condition, found `=`", peek().span(),
          "an assignment is not a condition", "compare with `==`");
    }
    String help = hint();
    throw fail("parse.syntax_error", "expected `{`, found " + describe(peek()), peek().span(), "expected a block",
        help != null ? help : "the body of `" + keyword + "` is a block: wrap it in `{ … }`");
  }

  private Expr ifExpr() {
    Token kw = advance();
    {
      Optional<Pattern> pattern = Optional.empty();
      if (eat(LET)) {
        pattern = Optional.of(p.patterns.top(PatternParser.Where.LET));
        if (!at(EQ)) {
          throw fail("parse.syntax_error", "expected `=` after the pattern, found " + describe(peek()), peek().span(),
              "expected `=`", "write `if let " + SourcePrinter.pattern(pattern.get()) + " = value { … }`");
        }
        advance();
      }
      Expr cond = header();
      bodyBlock("if");
      Block then = p.stmts.block();
      Optional<Expr> otherwise = Optional.empty();
      if (eat(ELSE)) {
        if (at(IF)) {
          // An `else if` chain is a nesting of its own (it does not pass through `binary`).
          enter(peek().span());
          try {
            otherwise = Optional.of(ifExpr());
          } finally {
            leave();
          }
        } else if (at(LBRACE)) {
          otherwise = Optional.of(new Expr.BlockExpr(p.stmts.block()));
        } else {
          throw fail("parse.syntax_error", "expected `{` or `if` after `else`, found " + describe(peek()), peek().span(),
              "expected a block", "wrap the value in a block: `else { … }`");
        }
      }
      Span span = kw.span().to(otherwise.map(Expr::span).orElse(then.span()));
      return pattern.isEmpty() ? new Expr.If(span, cond, then, otherwise)
          : new Expr.IfLet(span, pattern.get(), cond, then, otherwise);
    }
  }

  private Expr match() {
    Token kw = advance();
    Expr scrutinee = header();
    List<Expr.MatchArm> arms = arms();
    return new Expr.Match(kw.span().to(previous().span()), scrutinee, arms);
  }

  /** `{ arm, arm, … }` of a `match`. */
  private List<Expr.MatchArm> arms() {
    if (!at(LBRACE)) {
      throw fail("parse.syntax_error", "expected `{` after the `match` value, found " + describe(peek()), peek().span(),
          "expected the arms", null);
    }
    Token open = advance();
    var arms = new ArrayList<Expr.MatchArm>();
    while (!at(RBRACE)) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      skipDocs();
      Pattern pattern = p.patterns.top(PatternParser.Where.MATCH);
      Optional<Expr> guard = eat(IF) ? Optional.of(expr()) : Optional.empty();
      arrow();
      Stmt body = armBody();
      arms.add(new Expr.MatchArm(pattern.span().to(body.span()), pattern, guard, body));
      if (!armSeparator()) {
        break;
      }
    }
    expect(RBRACE, "`}`");
    return List.copyOf(arms);
  }

  private void skipDocs() {
    if (at(DOC_COMMENT)) {
      var docs = new ArrayList<Token>();
      while (at(DOC_COMMENT)) {
        docs.add(advance());
      }
      p.items.detached(ItemParser.docs(docs), "doc comments document items, not arms", "use `//` for a plain comment");
    }
  }

  private void arrow() {
    if (at(FAT_ARROW)) {
      advance();
      return;
    }
    String help = hint();
    if (help == null) {
      help = "arms are written `pattern => value`";
    }
    throw fail("parse.syntax_error", "expected `=>`, found " + describe(peek()), peek().span(), "expected `=>`", help);
  }

  /** An arm's value: an expression or an assignment. */
  private Stmt armBody() {
    return p.stmts.expressionOrAssignment();
  }

  /** After an arm: true to read another. A line break instead of `,` is reported once. */
  private boolean armSeparator() {
    if (eat(COMMA)) {
      return !at(RBRACE);
    }
    if (at(RBRACE)) {
      return false;
    }
    if (at(SEMI) && (kind(1) == RBRACE)) {
      advance();
      return false;
    }
    if (at(SEMI) && kind(1) != EOF) {
      advance();
      report("parse.syntax_error", "expected `,` between arms", peek().span(), "missing `,` before this arm",
          "separate arms with `,`, also after an arm whose value is a block");
      return true;
    }
    String help = hint();
    throw fail("parse.syntax_error", "expected `,` or `}` after the arm, found " + describe(peek()), peek().span(),
        "expected `,`", help != null ? help : "separate arms with `,`");
  }

  private Expr select() {
    Token kw = advance();
    if (!at(LBRACE)) {
      throw fail("parse.syntax_error", "expected `{` after `select`, found " + describe(peek()), peek().span(),
          "expected the arms", null);
    }
    Token open = advance();
    var arms = new ArrayList<Expr.SelectArm>();
    while (!at(RBRACE)) {
      if (at(EOF)) {
        throw p.stmts.unclosed(open);
      }
      skipDocs();
      Token first = peek();
      Expr.SelectArm arm;
      if (eat(LET)) {
        Pattern pattern = p.patterns.single(PatternParser.Where.LET);
        expect(EQ, "`=` after the pattern");
        Expr receive = expr();
        arrow();
        Stmt body = armBody();
        arm = new Expr.SelectArm.Receive(first.span().to(body.span()), pattern, receive, body);
      } else if (eat(MATCH)) {
        Expr receive = header();
        List<Expr.MatchArm> inner = arms();
        arm = new Expr.SelectArm.MatchReceive(first.span().to(previous().span()), receive, inner);
      } else if (at(IDENT) && first.text().equals("_") && kind(1) == FAT_ARROW) {
        advance();
        advance();
        Stmt body = armBody();
        arm = new Expr.SelectArm.Default(first.span().to(body.span()), body);
      } else {
        Expr operation = expr();
        arrow();
        Stmt body = armBody();
        arm = new Expr.SelectArm.Operation(first.span().to(body.span()), operation, body);
      }
      arms.add(arm);
      if (!armSeparator()) {
        break;
      }
    }
    Token close = expect(RBRACE, "`}`");
    return new Expr.Select(kw.span().to(close.span()), List.copyOf(arms));
  }

  // ---- format strings ------------------------------------------------------------------

  /** Parses the holes of an f-string with a sub-lexer over the same file text. */
  private Expr fstring(Token t) {
    var parts = new ArrayList<Expr.FString.Part>();
    for (Token.FStringPart part : t.parts()) {
      switch (part) {
        case Token.FStringPart.Text text -> {
          if (!text.raw().isEmpty()) {
            parts.add(new Expr.FString.Text(text.raw(), text.value(), text.span()));
          }
        }
        case Token.FStringPart.Hole hole -> parts.add(new Expr.FString.Hole(hole(hole.span())));
      }
    }
    return new Expr.FString(t.span(), List.copyOf(parts));
  }

  private Expr hole(Span hole) {
    var lexDiagnostics = new ArrayList<Diagnostic>();
    List<Token> tokens = Lexer.lex(s.src, hole.start(), hole.end(), lexDiagnostics);
    if (!lexDiagnostics.isEmpty()) {
      for (Diagnostic d : lexDiagnostics) {
        report(d);
      }
      throw new Abort();
    }
    Token[] holeTokens = tokens.toArray(new Token[0]);
    Token eof = holeTokens[holeTokens.length - 1];
    holeTokens[holeTokens.length - 1] = new Token(EOF, eof.span(), "}");
    var state = new ParseState(s.src, holeTokens, s.diagnostics, s.errors);
    state.depth = s.depth;
    var sub = new Parser(state).exprs;
    try {
      Expr e = sub.expr();
      if (sub.at(COLON)) {
        throw sub.fail("parse.format_specifier", "format specifiers not supported",
            sub.peek().span().to(Span.at(hole.end())), "f-strings print values with `%v`",
            "use `fmt.Sprintf` for formatting, e.g. `fmt.Sprintf(\"%.2f\", x)`");
      }
      while (sub.at(SEMI) && sub.peek().inserted()) {
        sub.advance();
      }
      if (!sub.at(EOF)) {
        throw sub.fail("parse.syntax_error", "unexpected " + describe(sub.peek()) + " in f-string interpolation",
            sub.peek().span(), "an interpolation holds one expression", null);
      }
      return e;
    } finally {
      s.errors = state.errors;
    }
  }
}
