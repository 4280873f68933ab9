package dev.ladder.validator.report;

import dev.ladder.validator.RuleInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report needs besides the validation result (which carries the rules and their settings):
 * the tool, where rule docs and files are linked, and where the files sit in their repository.
 * Immutable.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.builder(ToolInfo.ladder("0.1.0"))
 *     .fileLinkBase("https://github.com/acme/ladder/blob/main/")
 *     .build();
 * }</pre>
 */
public final class ReportContext {
  /** Rule docs pages of the project ({@link RuleInfo#docs()}) are resolved against this. */
  public static final String DEFAULT_DOCS_BASE_URI =
      "https://github.com/ladder-dev/ladder/blob/main/";

  private final ToolInfo tool;
  private final String docsBaseUri;
  private final String fileLinkBase;
  private final String pathPrefix;

  private ReportContext(Builder builder) {
    this.tool = builder.tool;
    this.docsBaseUri = builder.docsBaseUri;
    this.fileLinkBase = builder.fileLinkBase;
    this.pathPrefix = builder.pathPrefix;
  }

  /** Starts a context for {@code tool}. */
  public static Builder builder(ToolInfo tool) {
    return new Builder(tool);
  }

  public ToolInfo tool() {
    return tool;
  }

  public String docsBaseUri() {
    return docsBaseUri;
  }

  /**
   * The absolute address of a rule's docs page: its own, or the project's page resolved against
   * {@link #docsBaseUri()}; empty for a rule that has none.
   */
  public Optional<String> docsUri(RuleInfo rule) {
    return rule.docs().map(docs -> rule.docsAbsolute() ? docs : docsBaseUri + docs);
  }

  /**
   * The prefix of links to a file in the repository browser (markdown), such as {@code
   * https://github.com/acme/ladder/blob/<sha>/}; empty when files are not linked.
   */
  public Optional<String> fileLinkBase() {
    return fileLinkBase.isEmpty() ? Optional.empty() : Optional.of(fileLinkBase);
  }

  /**
   * Where the diagnostics' base folder sits inside the repository, {@code /} terminated, or empty
   * when it is the repository root. SARIF, github and markdown put it in front of every path, as
   * code scanning and annotations want repository-relative paths.
   */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** A diagnostic's file as the repository knows it: {@link #pathPrefix()} plus the file. */
  public String repositoryPath(String file) {
    return pathPrefix + file;
  }

  /** Configures a {@link ReportContext}. */
  public static final class Builder {
    private final ToolInfo tool;
    private String docsBaseUri = DEFAULT_DOCS_BASE_URI;
    private String fileLinkBase = "";
    private String pathPrefix = "";

    private Builder(ToolInfo tool) {
      this.tool = Objects.requireNonNull(tool, "tool");
    }

    /**
     * Where rule docs pages are linked from, such as {@code
     * https://github.com/ladder-dev/ladder/blob/v1.0.0/}; a missing final {@code /} is added.
     */
    public Builder docsBaseUri(String uri) {
      this.docsBaseUri = withSlash(Objects.requireNonNull(uri, "uri"));
      return this;
    }

    /**
     * Links markdown locations to {@code base + path + "#L" + line}; a missing final {@code /} is
     * added, and blank turns links off.
     */
    public Builder fileLinkBase(String base) {
      this.fileLinkBase = Objects.requireNonNull(base, "base").isBlank() ? "" : withSlash(base);
      return this;
    }

    /** See {@link ReportContext#pathPrefix()}; {@code \} separators become {@code /}. */
    public Builder pathPrefix(String prefix) {
      String p = Objects.requireNonNull(prefix, "prefix").strip().replace('\\', '/');
      while (p.startsWith("./")) {
        p = p.substring(2);
      }
      while (p.startsWith("/")) {
        p = p.substring(1);
      }
      this.pathPrefix = p.isEmpty() || p.equals(".") ? "" : withSlash(p);
      return this;
    }

    public ReportContext build() {
      return new ReportContext(this);
    }

    private static String withSlash(String s) {
      return s.endsWith("/") ? s : s + "/";
    }
  }
}
