package dev.ladder.model.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A ladder root on the class path: a folder of the file system (as in a build's {@code
 * target/classes}) is read as a folder; one inside a jar is listed from the jar's entries.
 */
final class ClasspathSource {
  private ClasspathSource() {}

  static LadderSource find(ClassLoader loader, String root) {
    String prefix = MemorySource.normalize(root);
    URL header = loader.getResource(prefix + "/" + LadderFiles.HEADER);
    if (header == null) {
      throw new IllegalArgumentException(
          "the class path has no " + prefix + "/" + LadderFiles.HEADER);
    }
    try {
      switch (header.getProtocol()) {
        case "file":
          return new Described(
              new FolderSource(Path.of(header.toURI()).getParent()), "classpath:" + prefix);
        case "jar":
          JarURLConnection connection = (JarURLConnection) header.openConnection();
          connection.setUseCaches(false);
          return new InJar(connection.getJarFile(), prefix);
        default:
          throw new IllegalArgumentException(
              "cannot list the class path at "
                  + prefix
                  + ": it is in a place of kind '"
                  + header.getProtocol()
                  + "'; read it from a folder or a jar");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the class path at " + prefix, e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot open the class path at " + prefix, e);
    }
  }

  /** Another source under the name of its class-path root. */
  private record Described(LadderSource source, String description) implements LadderSource {
    @Override
    public List<Entry> entries() throws IOException {
      return source.entries();
    }

    @Override
    public InputStream open(String name) throws IOException {
      return source.open(name);
    }
  }

  /** The entries of a jar below one folder. */
  private record InJar(JarFile jar, String prefix) implements LadderSource {
    @Override
    public String description() {
      return "classpath:" + prefix;
    }

    @Override
    public List<Entry> entries() {
      List<Entry> entries = new ArrayList<>();
      Set<String> folders = new TreeSet<>();
      String start = prefix + "/";
      for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
        JarEntry entry = all.nextElement();
        if (!entry.getName().startsWith(start) || entry.getName().equals(start)) {
          continue;
        }
        String name = entry.getName().substring(start.length());
        if (entry.isDirectory()) {
          folders.add(name.substring(0, name.length() - 1));
        } else {
          entries.add(Entry.file(name, entry.getSize()));
          for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
            folders.add(name.substring(0, slash));
          }
        }
      }
      folders.forEach(f -> entries.add(Entry.of(f, Kind.FOLDER)));
      return entries;
    }

    @Override
    public InputStream open(String name) throws IOException {
      JarEntry entry = jar.getJarEntry(prefix + "/" + name);
      if (entry == null || entry.isDirectory()) {
        throw new NoSuchFileException(name);
      }
      return jar.getInputStream(entry);
    }
  }
}
