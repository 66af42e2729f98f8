package dev.lisette.diagnostics;

import java.util.List;
import java.util.Optional;

/**
 * One finding about the program. Codes are stable dotted names ({@code infer.type_mismatch});
 * the message is a title, the primary label says what is wrong at that spot.
 */
public record Diagnostic(
    String code,
    Severity severity,
    String message,
    Label primary,
    List<Label> secondary,
    Optional<String> help) {

  public Diagnostic {
    secondary = List.copyOf(secondary);
  }

  public static Diagnostic error(String code, String message, Span span, String label) {
    return new Diagnostic(code, Severity.ERROR, message, new Label(span, label), List.of(), Optional.empty());
  }

  public static Diagnostic warning(String code, String message, Span span, String label) {
    return new Diagnostic(code, Severity.WARNING, message, new Label(span, label), List.of(), Optional.empty());
  }

  public Diagnostic withHelp(String text) {
    return new Diagnostic(code, severity, message, primary, secondary, Optional.of(text));
  }

  public Diagnostic withSecondary(Span span, String text) {
    var more = new java.util.ArrayList<>(secondary);
    more.add(new Label(span, text));
    return new Diagnostic(code, severity, message, primary, more, help);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
