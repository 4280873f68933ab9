package dev.ladder.validator.report;

import dev.ladder.validator.RuleInfo;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a report needs besides the validation result: the tool, the rule catalogue (SARIF and JUnit
 * list every rule, passing ones too), where rule docs and files are linked, and which rules are
 * turned off. Immutable.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.builder(ToolInfo.ladder("0.1.0"), Validator.rules())
 *     .fileLinkBase("https://github.com/acme/ladder/blob/main/")
 *     .disabledRules(Set.of("near-duplicate"))
 *     .build();
 * }</pre>
 */
public final class ReportContext {
  /** Rule docs pages ({@link RuleInfo#docsPath()}) are resolved against this by default. */
  public static final String DEFAULT_DOCS_BASE_URI =
      "https://github.com/ladder-dev/ladder/blob/main/";

  private final ToolInfo tool;
  private final List<RuleInfo> rules;
  private final String docsBaseUri;
  private final String fileLinkBase;
  private final String pathPrefix;
  private final SortedSet<String> disabledRules;

  private ReportContext(Builder builder) {
    this.tool = builder.tool;
    this.rules = builder.rules;
    this.docsBaseUri = builder.docsBaseUri;
    this.fileLinkBase = builder.fileLinkBase;
    this.pathPrefix = builder.pathPrefix;
    this.disabledRules = Collections.unmodifiableSortedSet(new TreeSet<>(builder.disabledRules));
  }

  /**
   * Starts a context for {@code tool} with the rule catalogue {@code rules} (usually {@code
   * Validator.rules()}).
   */
  public static Builder builder(ToolInfo tool, Collection<RuleInfo> rules) {
    return new Builder(tool, rules);
  }

  public ToolInfo tool() {
    return tool;
  }

  /** The rule catalogue, one entry per id, sorted by id whatever order it was given in. */
  public List<RuleInfo> rules() {
    return rules;
  }

  public String docsBaseUri() {
    return docsBaseUri;
  }

  /** The absolute address of a rule's docs page. */
  public String docsUri(RuleInfo rule) {
    return docsBaseUri + rule.docsPath();
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

  /** Rules turned off ({@code off}): JUnit reports them as skipped. */
  public SortedSet<String> disabledRules() {
    return disabledRules;
  }

  /** Configures a {@link ReportContext}. */
  public static final class Builder {
    private final ToolInfo tool;
    private final List<RuleInfo> rules;
    private String docsBaseUri = DEFAULT_DOCS_BASE_URI;
    private String fileLinkBase = "";
    private String pathPrefix = "";
    private final SortedSet<String> disabledRules = new TreeSet<>();

    private Builder(ToolInfo tool, Collection<RuleInfo> rules) {
      this.tool = Objects.requireNonNull(tool, "tool");
      TreeMap<String, RuleInfo> byId = new TreeMap<>();
      for (RuleInfo rule : rules) {
        byId.putIfAbsent(rule.id(), Objects.requireNonNull(rule, "rule"));
      }
      this.rules = List.copyOf(byId.values());
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

    public Builder disabledRules(Collection<String> ids) {
      disabledRules.clear();
      for (String id : ids) {
        disabledRules.add(Objects.requireNonNull(id, "rule id"));
      }
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
