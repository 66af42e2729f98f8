package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser with precedence climbing for operators. On a syntax error it
 * reports one diagnostic, skips to the next statement or item boundary and goes on, so that
 * independent mistakes are all reported (at most {@link #MAX_ERRORS} per file).
 */
public final class Parser {
  static final int MAX_ERRORS = 50;
  static final int MAX_DEPTH = 256;

  private final String src;
  private final List<Token> tokens;
  private final List<Diagnostic> diagnostics;
  private int pos;
  private int depth;
  private int errorCount;

  /** Thrown to abandon the current statement or item after a reported error. */
  private static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }

  /** Thrown once when nesting is too deep: the rest of the file is not parsed. */
  private static final class TooDeep extends RuntimeException {
    TooDeep() {
      super(null, null, false, false);
    }
  }

  Parser(String src, List<Token> tokens, List<Diagnostic> diagnostics) {
    this.src = src;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  public static ParsedFile parse(SourceFile file) {
    var diagnostics = new ArrayList<Diagnostic>();
    List<Token> tokens = Lexer.lex(file.text(), diagnostics);
    if (!diagnostics.isEmpty()) {
      // Lexical errors stop before parsing (spec lexical.errors-stop).
      return new ParsedFile(file, List.of(), diagnostics);
    }
    var parser = new Parser(file.text(), tokens, diagnostics);
    List<Item> items = parser.file();
    return new ParsedFile(file, items, diagnostics);
  }

  // ---- token helpers -------------------------------------------------------------------

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peek(int k) {
    return tokens.get(Math.min(pos + k, tokens.size() - 1));
  }

  private boolean at(TokenKind k) {
    return peek().kind() == k;
  }

  private Token advance() {
    Token t = tokens.get(pos);
    if (t.kind() != TokenKind.EOF) {
      pos++;
    }
    return t;
  }

  private boolean eat(TokenKind k) {
    if (at(k)) {
      advance();
      return true;
    }
    return false;
  }

  private Token expect(TokenKind k, String what) {
    if (at(k)) {
      return advance();
    }
    throw fail("parse.syntax_error", "expected " + what + ", found " + describe(peek()), peek().span(),
        "expected " + what, null);
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case IDENT -> "`" + t.text() + "`";
      case SEMI -> t.inserted() ? "end of line" : "`;`";
      case INT, FLOAT, STRING, RUNE -> t.kind().display() + " `" + t.text() + "`";
      default -> t.kind().display();
    };
  }

  private Abort fail(String code, String message, Span span, String label, String help) {
    report(code, message, span, label, help);
    return new Abort();
  }

  private void report(String code, String message, Span span, String label, String help) {
    errorCount++;
    if (errorCount > MAX_ERRORS) {
      return;
    }
    var d = Diagnostic.error(code, message, span, label);
    diagnostics.add(help == null ? d : d.withHelp(help));
  }

  private void enter(Span at) {
    if (++depth > MAX_DEPTH) {
      report("parse.nesting_too_deep", "nesting too deep", at,
          "more than " + MAX_DEPTH + " nested levels", "split the expression into smaller `let` bindings or functions");
      throw new TooDeep();
    }
  }

  private void leave() {
    depth--;
  }

  // ---- items ---------------------------------------------------------------------------

  List<Item> file() {
    var items = new ArrayList<Item>();
    try {
      while (!at(TokenKind.EOF) && errorCount <= MAX_ERRORS) {
        if (eat(TokenKind.SEMI)) {
          continue;
        }
        int start = pos;
        try {
          item().ifPresent(items::add);
        } catch (Abort a) {
          syncItem(start);
        }
      }
    } catch (TooDeep t) {
      // reported; the rest of the file is skipped
    }
    return items;
  }

  private static boolean startsItem(TokenKind k) {
    return switch (k) {
      case FN, IMPORT, PUB, STRUCT, ENUM, INTERFACE, IMPL, CONST, TYPE, VAR, HASH -> true;
      default -> false;
    };
  }

  /** Skips to the next token that starts an item at brace depth zero. */
  private void syncItem(int start) {
    if (pos == start) {
      advance();
    }
    int braces = 0;
    while (!at(TokenKind.EOF)) {
      TokenKind k = peek().kind();
      if (braces == 0 && startsItem(k)) {
        return;
      }
      if (k == TokenKind.LBRACE) {
        braces++;
      } else if (k == TokenKind.RBRACE) {
        braces = Math.max(0, braces - 1);
      }
      advance();
    }
  }

  private Optional<Item> item() {
    var docs = new ArrayList<String>();
    Span docSpan = null;
    while (at(TokenKind.DOC_COMMENT)) {
      Token d = advance();
      docs.add(d.value());
      docSpan = docSpan == null ? d.span() : docSpan.to(d.span());
    }
    Token start = peek();
    boolean pub = eat(TokenKind.PUB);
    return switch (peek().kind()) {
      case FN -> Optional.of(fn(start.span(), docs, pub));
      case IMPORT -> {
        if (pub) {
          throw fail("parse.syntax_error", "misplaced `pub`", start.span(), "imports cannot be `pub`", null);
        }
        yield Optional.of(importItem(docs, docSpan));
      }
      case STRUCT, ENUM, INTERFACE, IMPL, CONST, TYPE, VAR, HASH ->
          throw fail("parse.syntax_error", "`" + peek().text() + "` declarations are not supported yet",
              peek().span(), "not supported by this version of the compiler", null);
      case EOF -> {
        if (docSpan != null) {
          report("parse.detached_doc_comment", "unattached doc comment", docSpan,
              "this doc comment documents nothing", "attach it to an item, or use `//` for a plain comment");
        }
        yield Optional.empty();
      }
      default -> {
        String help = switch (peek().kind()) {
          case LET -> "`let` is only allowed inside a function body";
          case IDENT -> "a program is made of items: `fn`, `import`, …";
          default -> null;
        };
        throw fail("parse.expected_declaration", "expected a declaration, found " + describe(peek()), peek().span(),
            "expected `fn`, `import` or another item", help);
      }
    };
  }

  private Item importItem(List<String> docs, Span docSpan) {
    Token kw = advance();
    if (docSpan != null) {
      report("parse.detached_doc_comment", "unattached doc comment", docSpan,
          "imports cannot have doc comments", "use `//` for a plain comment");
    }
    Optional<Ident> alias = Optional.empty();
    if (at(TokenKind.IDENT)) {
      Token a = advance();
      alias = Optional.of(new Ident(a.text(), a.span()));
    }
    Token path = expect(TokenKind.STRING, "an import path string such as \"go:fmt\"");
    return new Item.Import(kw.span().to(path.span()), alias, path.value(), path.span());
  }

  private Item fn(Span start, List<String> docs, boolean pub) {
    advance();
    Ident name = bindingName("function name");
    expect(TokenKind.LPAREN, "`(`");
    var params = new ArrayList<Item.Param>();
    while (!at(TokenKind.RPAREN)) {
      params.add(param());
      if (!eat(TokenKind.COMMA)) {
        break;
      }
    }
    expect(TokenKind.RPAREN, "`)` or `,` in the parameter list");
    Optional<TypeExpr> ret = Optional.empty();
    if (eat(TokenKind.ARROW)) {
      ret = Optional.of(type());
    }
    Optional<Block> body = Optional.empty();
    if (at(TokenKind.LBRACE)) {
      body = Optional.of(block());
    } else if (!at(TokenKind.SEMI) && !at(TokenKind.EOF)) {
      throw fail("parse.syntax_error", "expected `{` or `->`, found " + describe(peek()), peek().span(),
          "expected the function body", null);
    }
    Span end = body.map(Block::span).orElse(ret.map(TypeExpr::span).orElse(name.span()));
    return new Item.Fn(start.to(end), List.copyOf(docs), pub, name, params, ret, body);
  }

  private Item.Param param() {
    Token first = peek();
    boolean mut = eat(TokenKind.MUT);
    Ident name = bindingName("parameter name");
    if (!name.name().isEmpty() && Character.isUpperCase(name.name().codePointAt(0))) {
      report("parse.uppercase_binding", "invalid binding name", name.span(),
          "parameter names start with a lowercase letter", "rename it to `" + lowerFirst(name.name()) + "`");
    }
    if (!at(TokenKind.COLON)) {
      throw fail("parse.syntax_error", "expected `:` and a type after the parameter name", peek().span(),
          "parameters need a type: `" + name.name() + ": int`", null);
    }
    advance();
    TypeExpr type = type();
    return new Item.Param(first.span().to(type.span()), mut, name, type);
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase() + s.substring(1);
  }

  /** A name being declared; keywords get their own diagnostic. */
  private Ident bindingName(String what) {
    Token t = peek();
    if (t.kind() == TokenKind.IDENT) {
      advance();
      return new Ident(t.text(), t.span());
    }
    if (t.kind().isKeyword() || t.kind() == TokenKind.TRUE || t.kind() == TokenKind.FALSE) {
      advance();
      report("parse.keyword_as_binding", "reserved keyword", t.span(),
          "`" + t.text() + "` is a keyword and cannot be used as a " + what, "choose another name, e.g. `" + t.text() + "_`");
      return new Ident(t.text() + "_", t.span());
    }
    throw fail("parse.syntax_error", "expected a " + what + ", found " + describe(t), t.span(), "expected a " + what, null);
  }

  // ---- types ---------------------------------------------------------------------------

  TypeExpr type() {
    Token t = peek();
    enter(t.span());
    try {
      switch (t.kind()) {
        case LPAREN -> {
          advance();
          if (at(TokenKind.RPAREN)) {
            return new TypeExpr.Unit(t.span().to(advance().span()));
          }
          var elems = new ArrayList<TypeExpr>();
          elems.add(type());
          while (eat(TokenKind.COMMA)) {
            if (at(TokenKind.RPAREN)) {
              break;
            }
            elems.add(type());
          }
          Token close = expect(TokenKind.RPAREN, "`)`");
          Span span = t.span().to(close.span());
          if (elems.size() == 1) {
            return elems.get(0);
          }
          if (elems.size() > 5) {
            report("parse.tuple_element_count", "invalid tuple", span, "tuples have 2 to 5 elements", "use a struct for more fields");
          }
          return new TypeExpr.Tuple(span, elems);
        }
        case FN -> {
          advance();
          expect(TokenKind.LPAREN, "`(`");
          var params = new ArrayList<TypeExpr>();
          while (!at(TokenKind.RPAREN)) {
            params.add(type());
            if (!eat(TokenKind.COMMA)) {
              break;
            }
          }
          Token close = expect(TokenKind.RPAREN, "`)`");
          TypeExpr result = new TypeExpr.Unit(close.span());
          if (eat(TokenKind.ARROW)) {
            result = type();
          }
          return new TypeExpr.Function(t.span().to(result.span()), params, result);
        }
        case IDENT -> {
          var path = new ArrayList<Ident>();
          Token n = advance();
          path.add(new Ident(n.text(), n.span()));
          while (at(TokenKind.DOT) && peek(1).kind() == TokenKind.IDENT) {
            advance();
            Token m = advance();
            path.add(new Ident(m.text(), m.span()));
          }
          Span span = t.span().to(path.get(path.size() - 1).span());
          var args = new ArrayList<TypeExpr>();
          if (at(TokenKind.LT)) {
            advance();
            while (!at(TokenKind.GT)) {
              args.add(type());
              if (!eat(TokenKind.COMMA)) {
                break;
              }
            }
            span = span.to(expect(TokenKind.GT, "`>` or `,` in the type argument list").span());
          }
          return new TypeExpr.Named(span, path, args);
        }
        case LBRACKET -> throw fail("parse.syntax_error", "expected a type, found `[`", t.span(),
            "Lisette has no `[]T` syntax", "write `Slice<T>`");
        default -> throw fail("parse.syntax_error", "expected a type, found " + describe(t), t.span(), "expected a type", null);
      }
    } finally {
      leave();
    }
  }

  // ---- blocks and statements -----------------------------------------------------------

  Block block() {
    Token open = expect(TokenKind.LBRACE, "`{`");
    enter(open.span());
    try {
      var stmts = new ArrayList<Stmt>();
      while (!at(TokenKind.RBRACE)) {
        if (at(TokenKind.EOF)) {
          report("parse.unclosed_block", "unclosed block", open.span(), "this `{` is never closed", "add the missing `}`");
          throw new Abort();
        }
        if (eat(TokenKind.SEMI)) {
          continue;
        }
        if (at(TokenKind.DOC_COMMENT)) {
          Token d = advance();
          report("parse.detached_doc_comment", "unattached doc comment", d.span(),
              "doc comments document items, not statements", "use `//` for a plain comment");
          continue;
        }
        int start = pos;
        try {
          Stmt s = statement();
          stmts.add(s);
          if (!at(TokenKind.RBRACE) && !eat(TokenKind.SEMI) && !endsWithBlock(s)) {
            throw fail("parse.syntax_error", "expected `;` or a new line, found " + describe(peek()), peek().span(),
                "unexpected " + describe(peek()), hintFor(peek()));
          }
        } catch (Abort a) {
          syncStatement(start);
        }
      }
      Token close = advance();
      Optional<Expr> tail = Optional.empty();
      if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.ExprStmt last) {
        stmts.remove(stmts.size() - 1);
        tail = Optional.of(last.expr());
      }
      return new Block(open.span().to(close.span()), List.copyOf(stmts), tail);
    } finally {
      leave();
    }
  }

  private String hintFor(Token t) {
    if (t.kind() == TokenKind.COLON && peek(1).kind() == TokenKind.EQ) {
      return "Lisette has no `:=`; declare with `let name = value`";
    }
    return null;
  }

  private static boolean endsWithBlock(Stmt s) {
    return switch (s) {
      case Stmt.While w -> true;
      case Stmt.For f -> true;
      case Stmt.NestedItem n -> true;
      case Stmt.ExprStmt e -> e.expr() instanceof Expr.If || e.expr() instanceof Expr.Loop || e.expr() instanceof Expr.BlockExpr;
      case Stmt.Let l -> false;
      case Stmt.Assign a -> false;
    };
  }

  /** Skips to the end of the broken statement: a `;` or the `}` closing the current block. */
  private void syncStatement(int start) {
    if (pos == start && !at(TokenKind.RBRACE)) {
      advance();
    }
    int braces = 0;
    while (!at(TokenKind.EOF)) {
      TokenKind k = peek().kind();
      if (braces == 0 && (k == TokenKind.SEMI)) {
        advance();
        return;
      }
      if (braces == 0 && k == TokenKind.RBRACE) {
        return;
      }
      if (braces == 0 && (k == TokenKind.FN) && peek().span().start() > 0) {
        return;
      }
      if (k == TokenKind.LBRACE) {
        braces++;
      } else if (k == TokenKind.RBRACE) {
        braces--;
      }
      advance();
    }
  }

  private Stmt statement() {
    Token t = peek();
    switch (t.kind()) {
      case LET -> {
        return let();
      }
      case WHILE -> {
        advance();
        Expr cond = expr(true);
        Block body = block();
        return new Stmt.While(t.span().to(body.span()), cond, body);
      }
      case FOR -> {
        advance();
        if (at(TokenKind.MUT)) {
          throw fail("parse.syntax_error", "`for` bindings cannot be `mut`", peek().span(),
              "loop variables are immutable", "declare `let mut x = v` inside the loop body");
        }
        Ident binding = bindingName("loop variable");
        expect(TokenKind.IN, "`in`");
        Expr iterable = expr(true);
        Block body = block();
        return new Stmt.For(t.span().to(body.span()), binding, iterable, body);
      }
      case FN -> {
        Item fn = fn(t.span(), List.of(), false);
        return new Stmt.NestedItem(fn.span(), fn);
      }
      case IMPORT, STRUCT, ENUM, INTERFACE, IMPL, TYPE -> throw fail("parse.syntax_error",
          "`" + t.text() + "` is only allowed at the top level", t.span(), "not allowed inside a function", null);
      default -> {
        Expr e = expr(false);
        Optional<BinaryOp> op = switch (peek().kind()) {
          case EQ -> Optional.empty();
          case PLUS_EQ -> Optional.of(BinaryOp.ADD);
          case MINUS_EQ -> Optional.of(BinaryOp.SUB);
          case STAR_EQ -> Optional.of(BinaryOp.MUL);
          case SLASH_EQ -> Optional.of(BinaryOp.DIV);
          case PERCENT_EQ -> Optional.of(BinaryOp.REM);
          default -> null;
        };
        if (op == null) {
          return new Stmt.ExprStmt(e.span(), e);
        }
        Token opTok = advance();
        Expr value = expr(false);
        return new Stmt.Assign(e.span().to(value.span()), e, op, value, opTok.span());
      }
    }
  }

  private Stmt let() {
    Token kw = advance();
    boolean mut = eat(TokenKind.MUT);
    Ident name = bindingName("variable name");
    Optional<TypeExpr> type = Optional.empty();
    if (eat(TokenKind.COLON)) {
      type = Optional.of(type());
    }
    if (!at(TokenKind.EQ)) {
      if (at(TokenKind.SEMI) || at(TokenKind.RBRACE)) {
        throw fail("parse.syntax_error", "`let` without a value", name.span(), "every binding must be initialised",
            "write `let " + name.name() + " = value`");
      }
      throw fail("parse.syntax_error", "expected `=`, found " + describe(peek()), peek().span(), "expected `=`", hintFor(peek()));
    }
    advance();
    Expr init = expr(false);
    return new Stmt.Let(kw.span().to(init.span()), mut, name, type, init);
  }

  // ---- expressions ---------------------------------------------------------------------

  /** {@code header} is true inside `if`/`while`/`for` headers (no struct literals there). */
  Expr expr(boolean header) {
    return binary(1, header);
  }

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
      case PIPE_GT -> BinaryOp.PIPE;
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
        advance();
        switch (t.kind()) {
          case AS -> {
            TypeExpr type = type();
            left = new Expr.Cast(left.span().to(type.span()), left, type);
          }
          case DOTDOT, DOTDOTEQ -> {
            boolean inclusive = t.kind() == TokenKind.DOTDOTEQ;
            Optional<Expr> end = Optional.empty();
            if (startsExpression(peek().kind()) && !(header && at(TokenKind.LBRACE))) {
              end = Optional.of(binary(6, header));
            } else if (inclusive) {
              throw fail("parse.syntax_error", "`..=` needs an end bound", t.span(), "write the last value after `..=`", null);
            }
            Span span = left.span().to(end.map(Expr::span).orElse(t.span()));
            if (at(TokenKind.DOTDOT) || at(TokenKind.DOTDOTEQ)) {
              throw fail("parse.syntax_error", "chained ranges are not allowed", peek().span(), "a range has one `..`", null);
            }
            left = new Expr.Range(span, Optional.of(left), end, inclusive);
          }
          case PIPE_GT -> {
            Expr target = binary(prec + 1, header);
            left = pipeline(left, target);
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

  /** `v |> f` is `f(v)`, `v |> f(a)` is `f(v, a)` (spec expr.pipeline). */
  private Expr pipeline(Expr value, Expr target) {
    Span span = value.span().to(target.span());
    return switch (target) {
      case Expr.Name n -> new Expr.Call(span, n, List.of(value));
      case Expr.Field f -> new Expr.Call(span, f, List.of(value));
      case Expr.Call c -> {
        var args = new ArrayList<Expr>();
        args.add(value);
        args.addAll(c.args());
        yield new Expr.Call(span, c.callee(), args);
      }
      default -> throw fail("parse.invalid_pipeline_target", "invalid pipeline", target.span(),
          "the right side of `|>` must be a function name or a call", "write `value |> f` or `value |> f(other)`");
    };
  }

  private void unsupportedOperator(Token t) {
    String text = null;
    Span span = t.span();
    Token next = peek(1);
    boolean glued = next.span().start() == t.span().end();
    switch (t.kind()) {
      case CARET -> text = "^";
      case AMP -> text = "&";
      case PIPE -> text = "|";
      case LT -> {
        if (glued && next.kind() == TokenKind.LT) {
          text = "<<";
          span = t.span().to(next.span());
        }
      }
      case GT -> {
        if (glued && next.kind() == TokenKind.GT) {
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

  private static boolean startsExpression(TokenKind k) {
    return switch (k) {
      case IDENT, INT, FLOAT, IMAGINARY, STRING, RUNE, FSTRING, TRUE, FALSE, LPAREN, LBRACKET, LBRACE,
          MINUS, BANG, AMP, IF, MATCH, LOOP, RETURN, BREAK, CONTINUE, PIPE, OROR, DOTDOT, DOTDOTEQ,
          TASK, DEFER, TRY, RECOVER, SELECT -> true;
      default -> false;
    };
  }

  private Expr unary(boolean header) {
    Token t = peek();
    UnaryOp op = switch (t.kind()) {
      case MINUS -> UnaryOp.NEG;
      case BANG -> UnaryOp.NOT;
      case AMP -> UnaryOp.REF;
      default -> null;
    };
    if (op == null) {
      if (t.kind() == TokenKind.LT && peek(1).kind() == TokenKind.MINUS) {
        throw fail("parse.syntax_error", "Lisette has no `<-` operator", t.span().to(peek(1).span()),
            "channel operations are methods", "receive with `ch.receive()`");
      }
      return postfix(primary(header), header);
    }
    advance();
    if (op == UnaryOp.REF && at(TokenKind.MUT)) {
      throw fail("parse.syntax_error", "Lisette has no `&mut`", t.span().to(peek().span()), "references are written `&x`", "write `&x`");
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
          advance();
          var args = new ArrayList<Expr>();
          while (!at(TokenKind.RPAREN)) {
            args.add(expr(false));
            if (!eat(TokenKind.COMMA)) {
              break;
            }
          }
          Token close = expect(TokenKind.RPAREN, "`)` or `,` in the argument list");
          e = new Expr.Call(e.span().to(close.span()), e, args);
        }
        case DOT -> {
          advance();
          Token name = peek();
          if (name.kind() == TokenKind.IDENT) {
            advance();
            e = new Expr.Field(e.span().to(name.span()), e, new Ident(name.text(), name.span()));
          } else {
            throw fail("parse.syntax_error", "expected a field or method name after `.`, found " + describe(name),
                name.span(), "expected a name", null);
          }
        }
        default -> {
          return e;
        }
      }
    }
  }

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
        return new Expr.BoolLit(t.span(), t.kind() == TokenKind.TRUE);
      }
      case STRING -> {
        advance();
        String raw = t.text().length() >= 2 ? t.text().substring(1, t.text().length() - 1) : "";
        return new Expr.StringLit(t.span(), raw, t.value());
      }
      case RUNE -> {
        advance();
        String raw = t.text().length() >= 2 ? t.text().substring(1, t.text().length() - 1) : "";
        return new Expr.RuneLit(t.span(), raw, t.value().codePointAt(0));
      }
      case FSTRING -> {
        advance();
        return fstring(t);
      }
      case IDENT -> {
        advance();
        return new Expr.Name(new Ident(t.text(), t.span()));
      }
      case LPAREN -> {
        advance();
        if (at(TokenKind.RPAREN)) {
          return new Expr.Unit(t.span().to(advance().span()));
        }
        Expr inner = expr(false);
        if (at(TokenKind.COMMA)) {
          throw fail("parse.syntax_error", "tuples are not supported yet", peek().span(),
              "not supported by this version of the compiler", null);
        }
        Token close = expect(TokenKind.RPAREN, "`)`");
        return new Expr.Paren(t.span().to(close.span()), inner);
      }
      case LBRACE -> {
        return new Expr.BlockExpr(block());
      }
      case IF -> {
        return ifExpr();
      }
      case LOOP -> {
        advance();
        Block body = block();
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
        boolean inclusive = t.kind() == TokenKind.DOTDOTEQ;
        if (!startsExpression(peek().kind()) || (header && at(TokenKind.LBRACE))) {
          if (inclusive) {
            throw fail("parse.syntax_error", "`..=` needs an end bound", t.span(), "write the last value after `..=`", null);
          }
          return new Expr.Range(t.span(), Optional.empty(), Optional.empty(), false);
        }
        Expr end = binary(6, header);
        return new Expr.Range(t.span().to(end.span()), Optional.empty(), Optional.of(end), inclusive);
      }
      case LET -> throw fail("parse.syntax_error", "`let` is a statement, not an expression", t.span(),
          "expected an expression", "move the `let` before this expression");
      case WHILE, FOR -> throw fail("parse.syntax_error", "`" + t.text() + "` is a statement, not an expression", t.span(),
          "expected an expression", "a `while`/`for` loop has no value; use `loop` with `break value`");
      case MATCH, SELECT, TASK, DEFER, TRY, RECOVER, LBRACKET, PIPE, OROR -> throw fail("parse.syntax_error",
          describe(t) + " is not supported yet", t.span(), "not supported by this version of the compiler", null);
      default -> {
        if (t.kind() == TokenKind.PLUS && peek(1).kind() == TokenKind.PLUS && peek(1).span().start() == t.span().end()) {
          throw fail("parse.unsupported_operator", "unsupported operator", t.span().to(peek(1).span()),
              "Lisette has no `++`", "write `x += 1`");
        }
        throw fail("parse.expected_expression", "expected an expression, found " + describe(t), t.span(),
            "expected an expression", null);
      }
    }
  }

  private Optional<Expr> valueAfterKeyword(boolean header) {
    if (!startsExpression(peek().kind()) || (header && at(TokenKind.LBRACE))) {
      return Optional.empty();
    }
    return Optional.of(expr(header));
  }

  private Expr ifExpr() {
    Token kw = advance();
    if (at(TokenKind.LET)) {
      throw fail("parse.syntax_error", "`if let` is not supported yet", peek().span(),
          "not supported by this version of the compiler", null);
    }
    Expr cond = expr(true);
    Block then = block();
    Optional<Expr> otherwise = Optional.empty();
    if (eat(TokenKind.ELSE)) {
      if (at(TokenKind.IF)) {
        otherwise = Optional.of(ifExpr());
      } else {
        otherwise = Optional.of(new Expr.BlockExpr(block()));
      }
    }
    Span end = otherwise.map(Expr::span).orElse(then.span());
    return new Expr.If(kw.span().to(end), cond, then, otherwise);
  }

  /** Parses the holes of an f-string with a sub-lexer over the same file text. */
  private Expr fstring(Token t) {
    var parts = new ArrayList<Expr.FString.Part>();
    for (Token.FStringPart p : t.parts()) {
      switch (p) {
        case Token.FStringPart.Text text -> {
          if (!text.raw().isEmpty()) {
            parts.add(new Expr.FString.Text(text.raw(), text.value(), text.span()));
          }
        }
        case Token.FStringPart.Hole hole -> {
          var holeDiagnostics = new ArrayList<Diagnostic>();
          List<Token> holeTokens = Lexer.lex(src, hole.span().start(), hole.span().end(), holeDiagnostics);
          if (!holeDiagnostics.isEmpty()) {
            diagnostics.addAll(holeDiagnostics);
            errorCount += holeDiagnostics.size();
            throw new Abort();
          }
          var sub = new Parser(src, holeTokens, diagnostics);
          sub.depth = depth;
          Expr e = sub.expr(false);
          errorCount += sub.errorCount;
          if (sub.at(TokenKind.COLON)) {
            throw fail("parse.format_specifier", "format specifiers not supported", sub.peek().span().to(hole.span().end() > hole.span().start() ? new Span(hole.span().end(), hole.span().end()) : sub.peek().span()),
                "f-strings print values with `%v`", "use `fmt.Sprintf` for formatting, e.g. `fmt.Sprintf(\"%.2f\", x)`");
          }
          while (sub.at(TokenKind.SEMI) && sub.peek().inserted()) {
            sub.advance();
          }
          if (!sub.at(TokenKind.EOF)) {
            throw fail("parse.syntax_error", "unexpected " + describe(sub.peek()) + " in f-string interpolation",
                sub.peek().span(), "an interpolation holds one expression", null);
          }
          parts.add(new Expr.FString.Hole(e));
        }
      }
    }
    return new Expr.FString(t.span(), parts);
  }
}
