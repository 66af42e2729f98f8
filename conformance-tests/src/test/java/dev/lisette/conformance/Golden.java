package dev.lisette.conformance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.AutoApproveReporter;
import org.approvaltests.reporters.QuietReporter;
import org.opentest4j.AssertionFailedError;

/**
 * Approved-file checks through ApprovalTests with explicit file locations: golden Go lives in
 * `golden-go/…/main.go`, approved diagnostics beside the case. A mismatch fails with a short
 * diff; `tools/approve` (system property `lisette.approve`) accepts the new output.
 */
final class Golden {
  private Golden() {}

  private record FixedNamer(Path approved, Path received) implements ApprovalNamer {
    @Override
    public File getApprovedFile(String extensionWithDot) {
      return approved.toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
      return received.toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
      return this;
    }

    @Override
    public String getAdditionalInformation() {
      return "";
    }

    @Override
    public String getApprovalName() {
      return approved.getFileName().toString();
    }

    @Override
    public String getSourceFilePath() {
      return approved.getParent().toString();
    }
  }

  static void verify(String actual, Path approved, Path received) throws IOException {
    Files.createDirectories(approved.getParent());
    Files.createDirectories(received.getParent());
    var options = new Options()
        .withReporter(Repo.APPROVE ? new AutoApproveReporter() : QuietReporter.INSTANCE)
        .forFile().withNamer(new FixedNamer(approved, received));
    try {
      Approvals.verify(actual, options);
    } catch (Throwable t) {
      if (Repo.APPROVE) {
        return;
      }
      String expected = Files.exists(approved) ? Files.readString(approved, StandardCharsets.UTF_8) : null;
      String rel = Repo.ROOT.relativize(approved).toString();
      String message = expected == null
          ? "no approved file " + rel + " yet; received output is in " + Repo.ROOT.relativize(received)
              + "\n(read it, then run tools/approve to accept)\n" + excerpt(actual)
          : "output differs from " + rel + " (run tools/approve to accept after review):\n" + diff(expected, actual);
      throw new AssertionFailedError(message, expected, actual);
    }
  }

  private static String excerpt(String s) {
    List<String> lines = s.lines().toList();
    return String.join("\n", lines.subList(0, Math.min(40, lines.size())));
  }

  /** The first differing region, with a little context. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    var sb = new StringBuilder();
    sb.append("@@ line ").append(start + 1).append(" @@\n");
    for (int i = Math.max(0, start - 2); i < start; i++) {
      sb.append("  ").append(a.get(i)).append('\n');
    }
    for (int i = start; i < Math.min(endA, start + 20); i++) {
      sb.append("- ").append(a.get(i)).append('\n');
    }
    for (int i = start; i < Math.min(endB, start + 20); i++) {
      sb.append("+ ").append(b.get(i)).append('\n');
    }
    return sb.toString();
  }
}
