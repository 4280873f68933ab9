package dev.ladder.validator.run;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file that cannot be read or written, in words rather than an exception's class name, for the
 * one sentence a front end prints.
 *
 * <pre>{@code
 * throw new ConfigurationException("cannot write " + out + ": " + FileErrors.inWords(e));
 * // cannot write target/ladder.xlsx: permission denied at target/ladder.xlsx
 * }</pre>
 */
public final class FileErrors {
  private FileErrors() {}

  /** {@code permission denied at <file>}, {@code not a folder at <file>}, or the message. */
  public static String inWords(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (!(cause instanceof FileSystemException f)) {
      return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    String what;
    if (f instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (f instanceof FileAlreadyExistsException) {
      what = "a file is in the way of a folder";
    } else if (f instanceof NotDirectoryException) {
      what = "not a folder";
    } else if (f instanceof NoSuchFileException) {
      what = "no such file or folder";
    } else {
      what = f.getReason() != null ? f.getReason() : "cannot be written";
    }
    return f.getFile() == null ? what : what + " at " + f.getFile();
  }
}
