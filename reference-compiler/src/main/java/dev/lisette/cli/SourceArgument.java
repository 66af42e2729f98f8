package dev.lisette.cli;

import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import dev.lisette.project.SourceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loading and compiling the single file a command names, with the user-facing messages. */
final class SourceArgument {
  private SourceArgument() {}

  /** Thrown for problems with the command line or the input file: exit code 2. */
  static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }

  static SourceLoader.Loaded load(Path path) throws UsageError {
    if (!Files.exists(path)) {
      throw new UsageError("cannot read `" + path + "`: no such file");
    }
    if (Files.isDirectory(path)) {
      throw new UsageError("`" + path + "` is a directory; give a `.lis` file");
    }
    try {
      return SourceLoader.load(path, path.toString());
    } catch (NoSuchFileException e) {
      throw new UsageError("cannot read `" + path + "`: no such file");
    } catch (IOException e) {
      throw new UsageError("cannot read `" + path + "`: " + e.getMessage());
    }
  }

  /** Compiles and prints diagnostics to {@code err}; returns the result. */
  static Compiler.Result compile(Path path, boolean emit, PrintWriter err) throws UsageError {
    SourceLoader.Loaded loaded = load(path);
    Compiler.Result result = loaded.encodingError()
        .map(d -> new Compiler.Result(loaded.file(), List.of(d), Optional.<String>empty()))
        .orElseGet(() -> Compiler.compile(loaded.file(), emit,
            emit && Main.debug() ? path.toAbsolutePath().normalize().toString() : null));
    report(result, err);
    return result;
  }

  static void report(Compiler.Result result, PrintWriter err) {
    Main.reporting().showFile(result.source(), result.diagnostics());
  }

  static String moduleName(Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.lis$", "");
    String clean = stem.replaceAll("[^A-Za-z0-9_.-]", "_");
    return clean.isEmpty() ? "program" : clean;
  }
}
