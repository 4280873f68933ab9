package dev.ladder.model.read;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML parser that shows the YAML event behind each token. Jackson reports an anchor only on
 * mappings, lists and keys, and turns an alias into plain text; the event tells every anchor, alias
 * and tag, so none of them slips through as a silently misread value.
 */
final class YamlEvents {
  private YamlEvents() {}

  /** What about the current token the format refuses: an alias, an anchor or a tag. */
  record Refused(String kind, String name) {}

  static Refused refused(Event event) {
    if (event instanceof AliasEvent alias) {
      return new Refused("alias", alias.getAnchor());
    }
    if (event instanceof NodeEvent node && node.getAnchor() != null) {
      return new Refused("anchor", node.getAnchor());
    }
    String tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    return tag == null ? null : new Refused("tag", tag);
  }

  /** Builds {@link Parser}s instead of plain {@link YAMLParser}s. */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new Parser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    @Override
    protected YAMLParser _createParser(
        char[] data, int offset, int length, IOContext context, boolean recyclable) {
      return _createParser(new CharArrayReader(data, offset, length), context);
    }
  }

  /** A YAML parser that exposes the event behind the current token. */
  static final class Parser extends YAMLParser {
    Parser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions loader,
        ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, loader, codec, reader);
    }

    Event event() {
      return _lastEvent;
    }
  }
}
