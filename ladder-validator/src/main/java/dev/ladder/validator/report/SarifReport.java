package dev.ladder.validator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Location;
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
 * <p>Each result carries {@code partialFingerprints["ladder/v1"]}: a SHA-256 of the finding's
 * identity (FORMAT.md section 5: rule id, the key's file and the key's ids, see {@link
 * Diagnostic#identity()}), plus the finding's rank among findings of the same identity. Line
 * numbers and wording are left out on purpose, so an alert keeps its identity when lines above it
 * are added or removed, or a level is retitled; and the key's file of a level file is the level, so
 * an alert follows a level file that is renamed. A diagnostic built without a key is known by its
 * file and message.
 *
 * <p>A finding caused by another file (VP drops what Director's file expects) lists that place in
 * {@code relatedLocations}. When the result was compared with a base, each result carries {@code
 * baselineState} ({@code new} or {@code unchanged}), and each finding the head fixed follows as a
 * result of its own with {@code baselineState: absent}, at its place in the base.
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
      writeResult(json, d, context, ruleIndex, seen);
    }
    if (result.baseline().isPresent()) {
      Map<String, Integer> seenAtBase = new HashMap<>();
      for (Diagnostic d : result.baseline().get().fixed()) {
        writeResult(json, d, context, ruleIndex, seenAtBase);
      }
    }
    json.writeEndArray();
  }

  private static void writeResult(
      JsonGenerator json,
      Diagnostic d,
      ReportContext context,
      Map<String, Integer> ruleIndex,
      Map<String, Integer> seen)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", d.rule());
    Integer index = ruleIndex.get(d.rule());
    if (index != null) {
      // (A fixed finding of a rule that the head no longer runs has no entry to point at.)
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(d.severity()));
    text(json, "message", d.message() + d.hint().map(h -> "\nhint: " + h).orElse(""));
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    physicalLocation(json, d.location(), context);
    json.writeEndObject();
    json.writeEndArray();
    if (!d.related().isEmpty()) {
      json.writeArrayFieldStart("relatedLocations");
      for (int i = 0; i < d.related().size(); i++) {
        json.writeStartObject();
        json.writeNumberField("id", i + 1);
        physicalLocation(json, d.related().get(i), context);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    String hash = fingerprint(d);
    int occurrence = seen.merge(hash, 1, Integer::sum);
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT_KEY, hash + ":" + occurrence);
    json.writeEndObject();
    if (d.baseline().isPresent()) {
      json.writeStringField("baselineState", d.baseline().get().label());
    }
    json.writeEndObject();
  }

  private static void physicalLocation(JsonGenerator json, Location at, ReportContext context)
      throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", Uris.encodePath(context.repositoryPath(at.file())));
    json.writeStringField("uriBaseId", SRCROOT);
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", at.line());
    json.writeNumberField("startColumn", at.column());
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The SHA-256 of a finding's identity, without its rank among findings of that identity. */
  static String fingerprint(Diagnostic d) {
    Diagnostic.Identity identity = d.identity();
    return hash(
        identity.rule() + '\0' + identity.file() + '\0' + String.join("\0", identity.key()));
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
