package dev.lisette.semantics;

import dev.lisette.diagnostics.Span;

/** A local variable or parameter; {@code id} is unique within a file. */
public record Binding(int id, String name, Type type, boolean mutable, Span span) {}
