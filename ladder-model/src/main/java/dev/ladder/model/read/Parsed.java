package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.SourceMap;

/** One file parsed: its tree and where each of its nodes stands. */
record Parsed(JsonNode tree, SourceMap sources) {}
