package dev.ladder.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's Chromium and its ChromeDriver are installed; where
 * they are not, says so in one line for the whole build, and every other test still runs; with
 * {@code -Dladder.browserTests.required=true} (CI), fails instead.
 */
final class ChromiumAvailable implements ExecutionCondition {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Set (as CI does) to fail the build, rather than skip, when the browser is missing. */
  static final String REQUIRED = "ladder.browserTests.required";

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
    }
    if (Boolean.getBoolean(REQUIRED)) {
      // CI installs them: there, a browser test that would not run is a failure, not a skip.
      throw new IllegalStateException(
          "ladder-site: -D"
              + REQUIRED
              + " is set but Chromium or ChromeDriver is missing at /usr/bin; install them with:"
              + " apt-get install -y chromium chromium-driver");
    }
    String why =
        "ladder-site: the browser tests need Chromium and ChromeDriver at /usr/bin; skipped."
            + " Install them with: apt-get install -y chromium chromium-driver";
    if (TOLD.compareAndSet(false, true)) {
      System.out.println(why);
    }
    return ConditionEvaluationResult.disabled(why);
  }
}
