package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;

public record Ident(String name, Span span) {}
