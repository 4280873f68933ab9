package dev.ladder.model.read;

import dev.ladder.model.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: strict UTF-8 (a UTF-8 byte order mark is dropped), refusing control characters,
 * each at the line and column where it stands.
 */
final class FileLoader {
  private FileLoader() {}

  /** Strict UTF-8; the exception says where the first offending byte stands. */
  static String decode(byte[] bytes) throws ParseFailure {
    refuseOtherEncodings(bytes);
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (plainAscii(bytes, start)) {
      // Most ladder files are ASCII, which is UTF-8 byte for byte: no decoder, and no second pass
      // for control characters, which this one made.
      return new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int bad = bytes[in.position()] & 0xFF;
      throw new ParseFailure(
          String.format(
              "not valid UTF-8: byte 0x%02X cannot stand here; save the file as UTF-8", bad),
          Text.positionOf(out, out.limit()));
    }
    String text = out.toString();
    refuseControlCharacters(text);
    return text;
  }

  /**
   * Whether the bytes from {@code start} are ASCII with no control character but tab, LF and CR:
   * text that the strict decoder and the control-character check would both let through as is.
   */
  private static boolean plainAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b < 0x20 ? b != '\t' && b != '\n' && b != '\r' : b == 0x7F) {
        return false; // b < 0 is a byte past ASCII: the strict decoder decides
      }
    }
    return true;
  }

  private static void refuseOtherEncodings(byte[] bytes) throws ParseFailure {
    String encoding = null;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      encoding = "UTF-32";
    } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      encoding = "UTF-16";
    }
    if (encoding != null) {
      throw new ParseFailure(
          "the file is " + encoding + " (it starts with a byte order mark); save it as UTF-8",
          Position.START);
    }
  }

  private static void refuseControlCharacters(String text) throws ParseFailure {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0);
      if (c == 0) {
        throw new ParseFailure(
            "a NUL byte: the file is binary or UTF-16, not UTF-8 text", Text.positionOf(text, i));
      }
      if (control || c == '\uFFFE' || c == '\uFFFF') {
        throw new ParseFailure(
            "control character " + Text.codePoint(c) + " is not allowed in a ladder file",
            Text.positionOf(text, i));
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
