package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser over the token stream (after semicolon insertion), with
 * precedence climbing for operators; it follows spec/grammar.md rule by rule. On a syntax
 * error it reports one diagnostic, skips to the next statement, member or item boundary and
 * goes on, so that independent mistakes are all reported (at most 50 per file).
 *
 * <p>This class is the hub: it owns the state and the parts, one per area of the grammar.
 */
public final class Parser {
  final ParseState state;
  final ItemParser items;
  final StmtParser stmts;
  final ExprParser exprs;
  final PatternParser patterns;
  final TypeParser types;

  Parser(ParseState state) {
    this.state = state;
    this.items = new ItemParser(this);
    this.stmts = new StmtParser(this);
    this.exprs = new ExprParser(this);
    this.patterns = new PatternParser(this);
    this.types = new TypeParser(this);
  }

  /** Lexes and parses one file. Lexical errors stop before parsing (spec lexical.errors-stop). */
  public static ParsedFile parse(SourceFile file) {
    var diagnostics = new ArrayList<Diagnostic>();
    List<Token> tokens = Lexer.lex(file.text(), diagnostics);
    if (!diagnostics.isEmpty()) {
      List<Diagnostic> capped = diagnostics.size() > ParserPart.MAX_ERRORS
          ? List.copyOf(diagnostics.subList(0, ParserPart.MAX_ERRORS)) : diagnostics;
      return new ParsedFile(file, List.of(), capped);
    }
    var parser = new Parser(new ParseState(file.text(), tokens.toArray(new Token[0]), diagnostics, 0));
    List<Item> items = parser.items.file();
    return new ParsedFile(file, items, diagnostics);
  }
}
