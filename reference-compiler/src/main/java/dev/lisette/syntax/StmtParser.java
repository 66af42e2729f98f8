package dev.lisette.syntax;

import static dev.lisette.syntax.TokenKind.*;

import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Blocks and statements (spec grammar.block.*, grammar.stmt.*). */
final class StmtParser extends ParserPart {
  StmtParser(Parser p) {
    super(p);
  }

  /** Reports the `{` still open at the end of the file (once) and abandons what is being parsed. */
  Abort unclosed(Token open) {
    if (!s.unclosedReported) {
      s.unclosedReported = true;
      report("parse.unclosed_block", "unclosed block", open.span(), "this `" + open.text() + "` is never closed",
          "add the missing `}`");
    }
    return new Abort();
  }

  Block block() {
    Token open = expect(LBRACE, "`{`");
    enter(open.span());
    try {
      var stmts = new ArrayList<Stmt>();
      while (!at(RBRACE)) {
        if (at(EOF)) {
          throw unclosed(open);
        }
        if (eat(SEMI)) {
          continue;
        }
        if (at(DOC_COMMENT)) {
          var docs = new ArrayList<Token>();
          while (at(DOC_COMMENT)) {
            docs.add(advance());
          }
          p.items.detached(ItemParser.docs(docs), "doc comments document items, not statements",
              "use `//` for a plain comment");
          continue;
        }
        int start = s.pos;
        int level = s.braces;
        try {
          if (at(HASH)) {
            Attribute a = p.items.attribute();
            report("parse.syntax_error", "misplaced attribute", a.span(), "attributes are not allowed on statements",
                "attributes go before items, fields and methods");
            continue;
          }
          Stmt st = statement();
          stmts.add(st);
          if (at(RPAREN) || at(RBRACKET)) {
            throw strayCloser();
          }
          if (!at(RBRACE) && !eat(SEMI) && !endsWithBlock(st) && !lineEnds()) {
            throw fail("parse.syntax_error", "expected `;` or a new line, found " + describe(peek()), peek().span(),
                "unexpected " + describe(peek()), hintAfterStatement());
          }
        } catch (Abort a) {
          syncStatement(start, level);
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

  /**
   * A line break ends a complete statement even where no `;` was inserted: after the `>` of a
   * type (`x as Slice<byte>`), and before a line starting with `||` (spec grammar.block.form).
   */
  private boolean lineEnds() {
    return newlineBefore() && (previous().kind() == GT || at(OROR));
  }

  /** A `)` or `]` that closes nothing (spec syntax.general.unexpected-token). */
  private Abort strayCloser() {
    Token t = peek();
    return fail("parse.unexpected_token", "unexpected " + describe(t), t.span(), "this `" + t.text() + "` closes nothing",
        "remove it, or add the missing opening bracket");
  }

  private String hintAfterStatement() {
    String hint = hint();
    if (hint != null) {
      return hint;
    }
    if (at(LBRACE)) {
      return "a line starting with `{` continues the statement before it; end that statement with `;`";
    }
    return ExprParser.startsExpression(kind()) || kind() == LET ? "put it on its own line, or separate the statements with `;`"
        : null;
  }

  static boolean endsWithBlock(Stmt s) {
    return switch (s) {
      case Stmt.While w -> true;
      case Stmt.WhileLet w -> true;
      case Stmt.For f -> true;
      case Stmt.NestedItem n -> n.item() instanceof Item.Fn fn && fn.body().isPresent();
      case Stmt.ExprStmt e -> endsWithBlock(e.expr());
      case Stmt.Let l -> false;
      case Stmt.Assign a -> false;
    };
  }

  private static boolean endsWithBlock(Expr e) {
    return switch (e) {
      case Expr.If i -> true;
      case Expr.IfLet i -> true;
      case Expr.Loop l -> true;
      case Expr.BlockExpr b -> true;
      case Expr.Match m -> true;
      case Expr.Select sel -> true;
      case Expr.Try t -> true;
      case Expr.Recover r -> true;
      case Expr.Task t -> t.body() instanceof Expr.BlockExpr;
      case Expr.Defer d -> d.body() instanceof Expr.BlockExpr;
      default -> false;
    };
  }

  private static boolean startsStatement(TokenKind k) {
    return switch (k) {
      case LET, FOR, WHILE, LOOP, IF, MATCH, RETURN, CONST, FN, DEFER, TASK, SELECT -> true;
      default -> false;
    };
  }

  /**
   * Skips to the end of the broken statement: a `;` or the `}` closing the current block, or a
   * line that starts with a statement keyword, at the brace level where the statement began
   * (spec grammar.errors.recovery).
   */
  private void syncStatement(int start, int level) {
    if (s.pos == start && !at(RBRACE)) {
      advance();
    }
    int parens = 0;
    while (!at(EOF)) {
      TokenKind k = kind();
      if (s.braces <= level) {
        if (k == SEMI && (parens <= 0 || peek().inserted())) {
          advance();
          return;
        }
        if (k == RBRACE || (startsStatement(k) && newlineBefore())) {
          return;
        }
      }
      if (k == LPAREN || k == LBRACKET) {
        parens++;
      } else if (k == RPAREN || k == RBRACKET) {
        parens--;
      }
      advance();
    }
  }

  Stmt statement() {
    Token t = peek();
    {
      switch (t.kind()) {
        case LET -> {
          return let();
        }
        case WHILE -> {
          return whileStmt();
        }
        case FOR -> {
          return forStmt();
        }
        case CONST -> {
          Item.Const c = p.items.constItem(ItemParser.Prefix.NONE);
          return new Stmt.NestedItem(c.span(), c);
        }
        case FN -> {
          if (kind(1) != LPAREN) {
            Item.Fn fn = p.items.fn(ItemParser.Prefix.NONE);
            return new Stmt.NestedItem(fn.span(), fn);
          }
        }
        case IMPORT, STRUCT, ENUM, INTERFACE, IMPL, TYPE -> throw fail("parse.syntax_error",
            "`" + t.text() + "` is only allowed at the top level", t.span(), "not allowed inside a function",
            "move the declaration out of the function body");
        case RPAREN, RBRACKET -> throw strayCloser();
        case PUB -> throw fail("parse.syntax_error", "misplaced `pub`", t.span(), "`pub` is not allowed inside a function",
            "only top-level items, fields and methods can be `pub`");
        case VAR -> throw fail("parse.syntax_error", "expected a statement, found `var`", t.span(),
            "`var` only declares Go package variables in declaration files", "declare a variable with `let` or `let mut`");
        case IDENT -> {
          if (t.text().equals("go") && (kind(1) == IDENT || kind(1) == FN || kind(1) == LBRACE) && !newlineBefore(s.pos + 1)) {
            throw fail("parse.syntax_error", "Lisette has no `go` statement", peek(1).span(),
                "`go " + peek(1).text() + "` is Go syntax", "start a task with `task " + peek(1).text() + "(…)` or `task { … }`");
          }
          if (t.text().equals("trait") || t.text().equals("use")) {
            // foreign declarations inside a body: same codes as at the top level
            String code = t.text().equals("trait") ? "parse.trait_unsupported" : "parse.use_unsupported";
            if (kind(1) == IDENT) {
              throw fail(code, t.text().equals("trait") ? "traits are not supported" : "`use` is not supported",
                  t.span(), "Lisette has no `" + t.text() + "`", t.text().equals("trait")
                      ? "declare an `interface` at the top level" : "import packages at the top level with `import \"path\"`");
            }
          }
        }
        default -> {}
      }
      return expressionOrAssignment();
    }
  }

  private Stmt let() {
    Token kw = advance();
    boolean mut = eat(MUT);
    Pattern pattern = p.patterns.top(PatternParser.Where.LET);
    Optional<TypeExpr> type = Optional.empty();
    if (eat(COLON)) {
      type = Optional.of(p.types.type());
    }
    if (!at(EQ)) {
      if (at(SEMI) || at(RBRACE)) {
        String shown = pattern instanceof Pattern.Binding b ? b.name().name() : "pattern";
        throw fail("parse.syntax_error", "`let` without a value", pattern.span(), "every binding must be initialised",
            "write `let " + shown + " = value`");
      }
      String help = hint();
      if (help == null && type.isPresent() && at(QUESTION) && glued(previous(), peek())) {
        help = "Lisette has no `T?` types; write `Option<" + SourcePrinter.type(type.orElseThrow()) + ">`";
      } else if (help == null && pattern instanceof Pattern.Binding b && ExprParser.startsExpression(kind())) {
        help = "write `let " + b.name().name() + " = " + s.src.substring(peek().span().start(), peek().span().end()) + "`";
      }
      throw fail("parse.syntax_error", "expected `=`, found " + describe(peek()), peek().span(), "expected `=`", help);
    }
    advance();
    Expr init = p.exprs.expr();
    Optional<Block> otherwise = Optional.empty();
    if (at(ELSE)) {
      Token e = advance();
      if (!at(LBRACE)) {
        throw fail("parse.syntax_error", "expected a block after `else`, found " + describe(peek()), peek().span(),
            "`let … else` needs a block", "write `else { return … }`");
      }
      otherwise = Optional.of(block());
    }
    Span end = otherwise.map(Block::span).orElse(init.span());
    return new Stmt.Let(kw.span().to(end), mut, pattern, type, init, otherwise);
  }

  private Stmt whileStmt() {
    Token kw = advance();
    if (eat(LET)) {
      Pattern pattern = p.patterns.top(PatternParser.Where.LET);
      expect(EQ, "`=` after the pattern");
      Expr scrutinee = p.exprs.header();
      Block body = block();
      return new Stmt.WhileLet(kw.span().to(body.span()), pattern, scrutinee, body);
    }
    Expr cond = p.exprs.header();
    p.exprs.bodyBlock("while");
    Block body = block();
    return new Stmt.While(kw.span().to(body.span()), cond, body);
  }

  private Stmt forStmt() {
    Token kw = advance();
    if (at(MUT)) {
      throw fail("parse.syntax_error", "`for` bindings cannot be `mut`", peek().span(),
          "loop variables are immutable", "declare `let mut x = v` inside the loop body");
    }
    int bodyStart = cStyleFor();
    if (bodyStart >= 0) {
      report("parse.syntax_error", "Lisette has no C-style `for`", kw.span().to(peek().span()),
          "`for init; cond; step` is not Lisette syntax", "iterate over a range: `for i in 0..n { … }`");
      while (s.pos < bodyStart) {
        advance();
      }
      throw new Abort();
    }
    Pattern pattern = p.patterns.single(PatternParser.Where.FOR);
    Optional<TypeExpr> type = Optional.empty();
    if (eat(COLON)) {
      if (at(EQ)) {
        throw fail("parse.syntax_error", "Lisette has no `:=`", previous().span().to(peek().span()),
            "unexpected `:=`", "iterate with `for x in xs { … }`");
      }
      type = Optional.of(p.types.type());
    }
    if (!at(IN)) {
      throw fail("parse.syntax_error", "expected `in`, found " + describe(peek()), peek().span(), "expected `in`",
          "write `for x in xs { … }`");
    }
    advance();
    Expr iterable = p.exprs.header();
    Block body = block();
    return new Stmt.For(kw.span().to(body.span()), pattern, type, iterable, body);
  }

  /**
   * `for init; cond; step {` (with or without parentheses): the index of the body's `{` if an
   * explicit `;` comes before it, else -1.
   */
  private int cStyleFor() {
    int depth = 0;
    boolean semi = false;
    for (int i = s.pos; i < s.tokens.length; i++) {
      switch (s.tokens[i].kind()) {
        case LPAREN, LBRACKET -> depth++;
        case RPAREN, RBRACKET -> depth--;
        case SEMI -> {
          if (!s.tokens[i].inserted()) {
            semi = true;
          } else {
            return -1;
          }
        }
        case LBRACE -> {
          return depth <= 0 && semi ? i : -1;
        }
        case RBRACE, EOF -> {
          return -1;
        }
        default -> {}
      }
    }
    return -1;
  }

  /** An expression statement, or an assignment `target op= value` (also a match arm's body). */
  Stmt expressionOrAssignment() {
    Expr e = p.exprs.expr();
    Optional<BinaryOp> op = switch (kind()) {
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
    Expr value = p.exprs.expr();
    return new Stmt.Assign(e.span().to(value.span()), e, op, value, opTok.span());
  }
}
