package dev.ladder.model.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ladder.model.Position;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Text to tree and source map, in one streaming pass with Jackson ({@code .yaml}/{@code .yml} with
 * the YAML parser, {@code .json} with the JSON parser). Anything malformed or refused becomes a
 * {@link ParseFailure} at the parser's line and column, with a short message and no stack trace.
 *
 * <p>Jackson's own read constraints and SnakeYAML's loader options are set just above the reader's
 * limits, as a second fence should a check here ever miss a case.
 */
final class StrictParser {
  private final Limits limits;
  private final JsonFactory json;
  private final YamlEvents.Factory yaml;

  StrictParser(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(fence(limits.maxStringLength() * 2L))
            .maxNameLength(fence(limits.maxStringLength() * 2L))
            .maxDocumentLength(limits.maxFileBytes())
            .maxTokenCount(limits.maxNodes() * 4L + 16)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(fence(limits.maxFileBytes()));
    loader.setNestingDepthLimit(limits.maxDepth() + 1);
    loader.setMaxAliasesForCollections(1);
    loader.setAllowRecursiveKeys(false);
    loader.setProcessComments(false);
    this.yaml =
        new YamlEvents.Factory(
            YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                // YAML 1.2: yes, no, on and off are words, not booleans
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /** Whether a file name is read as JSON rather than YAML. */
  static boolean isJson(String file) {
    return file.endsWith(".json");
  }

  Parsed parse(String text, boolean asJson) throws ParseFailure {
    JsonParser parser;
    try {
      parser = asJson ? json.createParser(text) : yaml.createParser(text);
    } catch (IOException e) {
      throw new ParseFailure("the file could not be parsed", Position.START);
    }
    Lines lines = new Lines(text);
    try (parser) {
      return new TreeBuilder(parser, limits, lines).build();
    } catch (StreamConstraintsException e) {
      throw new ParseFailure(
          "beyond a limit of the reader: " + Text.message(e.getOriginalMessage()),
          where(e, parser, lines));
    } catch (JsonProcessingException e) {
      throw malformed(e, parser, asJson, lines);
    } catch (IOException | RuntimeException e) {
      // Any other failure inside a parser is still a property of the bytes, never a crash.
      throw new ParseFailure(
          (asJson ? "not well-formed JSON" : "not well-formed YAML"), current(parser, lines));
    }
  }

  private static ParseFailure malformed(
      JsonProcessingException e, JsonParser parser, boolean asJson, Lines lines) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        Mark mark =
            marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
        Position position =
            mark == null
                ? where(e, parser, lines)
                : lines.clamp(mark.getLine() + 1, mark.getColumn() + 1);
        return new ParseFailure("not well-formed YAML: " + Text.message(problem), position);
      }
      if (String.valueOf(t.getMessage()).startsWith("Expected a field name")) {
        return new ParseFailure(
            "a key must be plain text, not a list or a mapping", eventStart(parser, e, lines));
      }
    }
    return new ParseFailure(
        (asJson ? "not well-formed JSON: " : "not well-formed YAML: ")
            + Text.message(e.getOriginalMessage()),
        where(e, parser, lines));
  }

  private static Position where(JsonProcessingException e, JsonParser parser, Lines lines) {
    return e.getLocation() != null
        ? TreeBuilder.position(e.getLocation(), lines)
        : current(parser, lines);
  }

  private static Position eventStart(JsonParser parser, JsonProcessingException e, Lines lines) {
    if (parser instanceof YamlEvents.Parser yamlParser && yamlParser.event() != null) {
      Mark mark = yamlParser.event().getStartMark();
      return lines.clamp(mark.getLine() + 1, mark.getColumn() + 1);
    }
    return where(e, parser, lines);
  }

  private static Position current(JsonParser parser, Lines lines) {
    try {
      return TreeBuilder.position(parser.currentLocation(), lines);
    } catch (RuntimeException e) {
      return Position.START;
    }
  }

  private static int fence(long value) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, value));
  }
}
