package dev.lisette.diagnostics;

/** A source span with the short text drawn under it. */
public record Label(Span span, String text) {}
