package dev.ladder.model.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's stages one at a time, for benchmarks only: loading and parsing the files, then
 * checking the parsed trees against the schemas. The stages are package-private in ladder-model
 * (they are not API), so this class shares their package on the benchmarks' class path rather than
 * widening the model's API for a measurement.
 *
 * <pre>{@code
 * ReaderStages stages = new ReaderStages();
 * ReaderStages.ParsedFiles parsed = stages.parse(root, files);
 * int problems = stages.checkSchemas(parsed);
 * }</pre>
 */
public final class ReaderStages {
  private final FileLoader loader = new FileLoader(Limits.DEFAULT);
  private final StrictParser parser = new StrictParser(Limits.DEFAULT);

  /** Files parsed by the reader's own loader and parser, each with the schema of its kind. */
  public static final class ParsedFiles {
    private final List<String> names = new ArrayList<>();
    private final List<Parsed> trees = new ArrayList<>();
    private final List<SchemaCheck.Kind> kinds = new ArrayList<>();

    public int size() {
      return trees.size();
    }
  }

  /**
   * Loads and parses {@code files} (paths under {@code root}) exactly as the reader does.
   *
   * @throws IllegalStateException when a file does not parse: benchmarks run on valid ladders
   */
  public ParsedFiles parse(Path root, List<Path> files) {
    ParsedFiles parsed = new ParsedFiles();
    Shared shared = new Shared();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      try {
        parsed.trees.add(parser.parse(loader.load(file), StrictParser.isJson(name), shared));
      } catch (ParseFailure e) {
        throw new IllegalStateException(name + ": " + e.getMessage(), e);
      }
      parsed.names.add(name);
      parsed.kinds.add(
          name.equals(LadderReader.HEADER) ? SchemaCheck.Kind.LADDER : SchemaCheck.Kind.LEVEL);
    }
    return parsed;
  }

  /**
   * How many of {@code files} the reader's fast YAML path reads; the others go to the full parser.
   * The benchmarks measure the fast path only where this is every file.
   */
  public int readByFastPath(List<Path> files) {
    Shared shared = new Shared();
    int read = 0;
    for (Path file : files) {
      try {
        if (!StrictParser.isJson(file.toString())
            && QuickYaml.parse(loader.load(file), Limits.DEFAULT, shared) != null) {
          read++;
        }
      } catch (ParseFailure e) {
        throw new IllegalStateException(file + ": " + e.getMessage(), e);
      }
    }
    return read;
  }

  /** Checks every parsed file against its schema, as the reader does; returns the problems. */
  public int checkSchemas(ParsedFiles parsed) {
    int problems = 0;
    for (int i = 0; i < parsed.size(); i++) {
      problems +=
          SchemaCheck.check(parsed.trees.get(i), parsed.kinds.get(i), parsed.names.get(i)).size();
    }
    return problems;
  }
}
