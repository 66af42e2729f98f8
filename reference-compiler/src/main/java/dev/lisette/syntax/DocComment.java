package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;

/** Consecutive `///` lines before a declaration, joined with `\n` (one leading space stripped per line). */
public record DocComment(Span span, String text) {}
