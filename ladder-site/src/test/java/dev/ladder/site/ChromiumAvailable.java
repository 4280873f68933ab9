package dev.ladder.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's Chromium and its ChromeDriver are installed; where
 * they are not, says so in one line for the whole build, and every other test still runs.
 */
final class ChromiumAvailable implements ExecutionCondition {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
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
