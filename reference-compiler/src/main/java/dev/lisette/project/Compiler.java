package dev.lisette.project;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.emit.GoPrinter;
import dev.lisette.emit.Lowering;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Checker;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the phases over one program file; each phase stops the pipeline if it found errors. */
public final class Compiler {
  private Compiler() {}

  /** The outcome: diagnostics (errors and warnings) and, if there were no errors, the Go. */
  public record Result(SourceFile source, List<Diagnostic> diagnostics, Optional<String> go) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /** An exception that escaped a phase: a compiler bug, reported with where it happened. */
  public static final class InternalError extends RuntimeException {
    private final String phase;

    InternalError(String phase, SourceFile file, Throwable cause) {
      super("internal compiler error in " + phase + " while compiling " + file.path() + ": " + cause, cause);
      this.phase = phase;
    }

    public String phase() {
      return phase;
    }
  }

  public static Result compile(SourceFile source) {
    return compile(source, true);
  }

  /** With {@code emit} false only checks (no Go is produced). */
  public static Result compile(SourceFile source, boolean emit) {
    return compile(source, emit, null);
  }

  /** A debug build when {@code lineFile} is not null: the Go maps to lines of that .lis path. */
  public static Result compile(SourceFile source, boolean emit, String lineFile) {
    String phase = "parser";
    try {
      ParsedFile parsed = Parser.parse(source);
      if (parsed.hasErrors()) {
        return new Result(source, sorted(parsed.diagnostics()), Optional.empty());
      }
      phase = "checker";
      CheckedProgram checked = Checker.check(parsed);
      var diagnostics = new ArrayList<>(parsed.diagnostics());
      diagnostics.addAll(checked.diagnostics());
      if (checked.diagnostics().stream().anyMatch(Diagnostic::isError) || !emit) {
        return new Result(source, sorted(diagnostics), Optional.empty());
      }
      phase = "emitter";
      String go = GoPrinter.print(Lowering.lower(checked, "", lineFile));
      return new Result(source, sorted(diagnostics), Optional.of(go));
    } catch (StackOverflowError | RuntimeException e) {
      throw new InternalError(phase, source, e);
    }
  }

  private static List<Diagnostic> sorted(List<Diagnostic> ds) {
    return ds.stream()
        .sorted(java.util.Comparator.comparingInt((Diagnostic d) -> d.primary().span().start())
            .thenComparing(Diagnostic::code))
        .toList();
  }
}
