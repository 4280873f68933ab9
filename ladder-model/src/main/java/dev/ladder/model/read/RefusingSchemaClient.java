package dev.ladder.model.read;

import java.io.InputStream;
import org.everit.json.schema.loader.SchemaClient;

/**
 * The schema client given to the schema loader: it fetches nothing. The published schemas are read
 * from this jar and refer only inside themselves, so any request for a URL (http, https, file, jar,
 * anything) means a schema tried to reach out, and reading must not follow.
 */
final class RefusingSchemaClient implements SchemaClient {
  @Override
  public InputStream get(String url) {
    throw new IllegalStateException(
        "the ladder schemas are read only from the reader's own jar; refused to fetch " + url);
  }
}
