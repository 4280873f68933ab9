package dev.ladder.model.read;

import dev.ladder.model.Ladder;

/** The two kinds of ladder file, each with its published JSON Schema. */
enum FileKind {
  LADDER("ladder.schema.json", Ladder.HEADER_FILE),
  LEVEL("level.schema.json", "the level");

  private final String schema;
  private final String label;

  FileKind(String schema, String label) {
    this.schema = schema;
    this.label = label;
  }

  /** The schema's resource name in {@link SchemaCheck#SCHEMA_FOLDER}. */
  String schema() {
    return schema;
  }

  /** How messages name a file of this kind. */
  String label() {
    return label;
  }
}
