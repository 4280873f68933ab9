package dev.ladder.validator.report;

import java.util.Objects;

/**
 * Who wrote a report: the tool's name, version and home page, as SARIF's {@code tool.driver}
 * carries them.
 *
 * <pre>{@code
 * ToolInfo tool = ToolInfo.ladder("0.1.0");
 * }</pre>
 */
public record ToolInfo(String name, String version, String informationUri) {
  public static final String NAME = "ladder";
  public static final String INFORMATION_URI = "https://github.com/ladder-dev/ladder";

  public ToolInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(informationUri, "informationUri");
  }

  /** The ladder tool at {@code version}. */
  public static ToolInfo ladder(String version) {
    return new ToolInfo(NAME, version, INFORMATION_URI);
  }
}
