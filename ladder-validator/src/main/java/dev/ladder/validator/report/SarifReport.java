package dev.ladder.validator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Severity;
import dev.ladder.validator.ConfiguredRule;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule of the catalogue in {@code
 * tool.driver.rules} (so a rule with no findings still shows in the tool's rule list), one result
 * per finding with a repository-relative location.
 *
 * <p>Rules this run set other than their default (turned off in ladder.yaml or by the front end, or
 * at another severity) are listed in {@code invocations[0].ruleConfigurationOverrides}.
 *
 * <p>Each result carries {@code partialFingerprints["ladder/v1"]}: a SHA-256 of rule id, file and
 * message, plus the finding's rank among identical ones in the file. Line numbers are left out on
 * purpose, so an alert keeps its identity when lines above it are added or removed.
 *
 * <p>Written with Jackson's streaming generator rather than a SARIF object model: the model library
 * on Maven Central ({@code com.contrastsecurity:java-sarif}) has had no release since 2021 and
 * offers mutable beans; writing the few objects needed here keeps the bytes under our control.
 *
 * <pre>{@code
 * Reports.writeFile(ReportFormat.SARIF, result, context, Path.of("target/ladder"));
 * }</pre>
 */
public final class SarifReport {
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String VERSION = "2.1.0";

  /** The base id that result locations are relative to: the repository root. */
  public static final String SRCROOT = "%SRCROOT%";

  static final String FINGERPRINT_KEY = "ladder/v1";

  private SarifReport() {}

  /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * The PascalCase name SARIF viewers show for a rule: {@code expectation-containment} gives {@code
   * ExpectationContainment}.
   */
  public static String pascalCase(String ruleId) {
    StringBuilder out = new StringBuilder(ruleId.length());
    boolean upper = true;
    for (char c : ruleId.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  static void write(ValidationResult result, ReportContext context, Writer out) throws IOException {
    List<RuleInfo> rules = Catalogue.of(result);
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA_URI);
      json.writeStringField("version", VERSION);
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(json, rules, context);
      writeResults(json, result, context, ruleIndex);
      writeOverrides(json, result, ruleIndex);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeTool(JsonGenerator json, List<RuleInfo> rules, ReportContext context)
      throws IOException {
    ToolInfo tool = context.tool();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", tool.name());
    json.writeStringField("version", tool.version());
    json.writeStringField("informationUri", tool.informationUri());
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("name", pascalCase(rule.id()));
      text(json, "shortDescription", rule.summary());
      text(
          json,
          "fullDescription",
          rule.summary()
              + " (default severity: "
              + rule.defaultSeverity().label()
              + (rule.fixed() ? ", which cannot be changed" : "")
              + ")");
      Optional<String> docs = context.docsUri(rule);
      if (docs.isPresent()) {
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.summary() + "\n\nDocumentation: " + docs.get());
        json.writeStringField(
            "markdown",
            rule.summary() + "\n\nSee [" + rule.docs().get() + "](" + docs.get() + ").");
        json.writeEndObject();
        json.writeStringField("helpUri", docs.get());
      }
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.defaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResults(
      JsonGenerator json,
      ValidationResult result,
      ReportContext context,
      Map<String, Integer> ruleIndex)
      throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    json.writeArrayFieldStart("results");
    for (Diagnostic d : result.diagnostics()) {
      json.writeStartObject();
      json.writeStringField("ruleId", d.rule());
      json.writeNumberField("ruleIndex", ruleIndex.get(d.rule()));
      json.writeStringField("level", level(d.severity()));
      text(json, "message", d.message() + d.hint().map(h -> "\nhint: " + h).orElse(""));
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", Uris.encodePath(context.repositoryPath(d.file())));
      json.writeStringField("uriBaseId", SRCROOT);
      json.writeEndObject();
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", d.line());
      json.writeNumberField("startColumn", d.column());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      String hash = hash(d.rule() + '\0' + d.file() + '\0' + d.message());
      int occurrence = seen.merge(hash, 1, Integer::sum);
      json.writeObjectFieldStart("partialFingerprints");
      json.writeStringField(FINGERPRINT_KEY, hash + ":" + occurrence);
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * The rules this run turned off, as SARIF's {@code invocations[0].ruleConfigurationOverrides}
   * with {@code enabled: false}; nothing when every rule ran. A rule set to another severity needs
   * no entry: each of its results carries the level it ran at.
   */
  private static void writeOverrides(
      JsonGenerator json, ValidationResult result, Map<String, Integer> ruleIndex)
      throws IOException {
    List<ConfiguredRule> off = result.rules().stream().filter(ConfiguredRule::off).toList();
    if (off.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", true);
    json.writeArrayFieldStart("ruleConfigurationOverrides");
    for (ConfiguredRule rule : off) {
      json.writeStartObject();
      json.writeObjectFieldStart("descriptor");
      json.writeStringField("id", rule.id());
      json.writeNumberField("index", ruleIndex.get(rule.id()));
      json.writeEndObject();
      json.writeObjectFieldStart("configuration");
      json.writeBooleanField("enabled", false);
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  static String hash(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
