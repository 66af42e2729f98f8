package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * `{ stmt; stmt; tail }`. The tail is the block's last expression statement, with or without a
 * trailing `;` (spec control-flow.block.trailing-semicolon): it gives the block its value.
 */
public record Block(Span span, List<Stmt> stmts, Optional<Expr> tail) {}
