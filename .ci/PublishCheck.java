import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Checks what a build would publish, in two trees built from the same sources in two folders:
 * every artifact is byte for byte the same in both; each published module attaches its sources,
 * its Javadoc and its SBOM; each published jar names its Java module (Automatic-Module-Name),
 * no two alike; and no package is split between two published jars.
 *
 * <p>A module is published when its build made a sources jar (the modules that are not skip it).
 *
 * <pre>{@code
 * java .ci/PublishCheck.java /tmp/build-a /tmp/build-b
 * }</pre>
 */
public final class PublishCheck {
  private static final Pattern MODULE_NAME =
      Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java .ci/PublishCheck.java <tree built once> <tree built again>");
      System.exit(2);
    }
    PublishCheck check = new PublishCheck();
    int compared = check.run(Path.of(args[0]), Path.of(args[1]));
    if (!check.failures.isEmpty()) {
      check.failures.forEach(f -> System.out.println("publish-check: FAILED " + f));
      System.exit(1);
    }
    System.out.println(
        "publish-check: " + compared + " artifacts byte for byte the same in both builds");
  }

  private int run(Path a, Path b) throws IOException {
    Map<String, Path> first = artifacts(a);
    Map<String, Path> second = artifacts(b);
    if (first.isEmpty()) {
      failures.add("no artifact under " + a + "/**/target: build it first");
    }
    for (String name : union(first.keySet(), second.keySet())) {
      Path x = first.get(name);
      Path y = second.get(name);
      if (x == null || y == null) {
        failures.add(name + " is in one build only");
      } else if (Files.mismatch(x, y) != -1) {
        failures.add(name + " differs between the builds" + differingEntries(x, y));
      }
    }
    checkPublished(a, first);
    return first.size();
  }

  /** Every artifact a module's build made, by its path relative to the tree. */
  private static Map<String, Path> artifacts(Path tree) throws IOException {
    Map<String, Path> found = new TreeMap<>();
    try (Stream<Path> targets = Files.walk(tree, 3)) {
      for (Path target : targets.filter(PublishCheck::isModuleTarget).toList()) {
        try (Stream<Path> files = Files.list(target)) {
          files
              .filter(Files::isRegularFile)
              .filter(PublishCheck::isArtifact)
              .forEach(f -> found.put(tree.relativize(f).toString().replace('\\', '/'), f));
        }
      }
    }
    return found;
  }

  private static boolean isModuleTarget(Path dir) {
    return dir.getFileName() != null
        && dir.getFileName().toString().equals("target")
        && Files.isDirectory(dir)
        && Files.isRegularFile(dir.resolveSibling("pom.xml"));
  }

  private static boolean isArtifact(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".jar") && !name.startsWith("original-"))
        || name.equals("bom.json")
        || name.equals("bom.xml");
  }

  private void checkPublished(Path tree, Map<String, Path> artifacts) throws IOException {
    Map<String, String> moduleNames = new TreeMap<>();
    Map<String, String> packageOwners = new TreeMap<>();
    for (String sources : artifacts.keySet()) {
      if (!sources.endsWith("-sources.jar")) {
        continue;
      }
      String base = sources.substring(0, sources.length() - "-sources.jar".length());
      String dir = sources.substring(0, sources.lastIndexOf('/') + 1);
      require(artifacts, base + "-javadoc.jar");
      require(artifacts, dir + "bom.json");
      Path jar = artifacts.get(base + ".jar");
      if (jar == null) {
        failures.add(base + ".jar is missing beside its sources");
        continue;
      }
      String module = automaticModuleName(jar);
      if (module == null || !MODULE_NAME.matcher(module).matches()) {
        failures.add(
            base
                + ".jar has no valid Automatic-Module-Name ("
                + module
                + "): set ladder.module.name in its pom");
      } else {
        String taken = moduleNames.putIfAbsent(module, base);
        if (taken != null) {
          failures.add(base + ".jar and " + taken + ".jar are both module " + module);
        }
      }
      for (String pkg : packages(jar)) {
        String owner = packageOwners.putIfAbsent(pkg, base);
        if (owner != null) {
          failures.add("package " + pkg + " is split between " + owner + ".jar and " + base + ".jar");
        }
      }
    }
    if (moduleNames.isEmpty()) {
      failures.add("no published jar under " + tree + " (no *-sources.jar was built)");
    }
    moduleNames.forEach((name, jar) -> System.out.println("publish-check: " + jar + ".jar is " + name));
  }

  private void require(Map<String, Path> artifacts, String name) {
    if (!artifacts.containsKey(name)) {
      failures.add(name + " is missing: a published module attaches it");
    }
  }

  private static String automaticModuleName(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
    }
  }

  private static Set<String> packages(Path jar) throws IOException {
    Set<String> packages = new TreeSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      file.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && n.contains("/"))
          .filter(n -> !n.endsWith("module-info.class"))
          .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
    }
    return packages;
  }

  /** Which entries of two jars differ, to say where a build is not reproducible. */
  private static String differingEntries(Path x, Path y) {
    if (!x.toString().endsWith(".jar")) {
      return "";
    }
    try (JarFile one = new JarFile(x.toFile());
        JarFile two = new JarFile(y.toFile())) {
      Set<String> differ = new TreeSet<>();
      for (String name : union(names(one), names(two))) {
        ZipEntry e = one.getEntry(name);
        ZipEntry f = two.getEntry(name);
        if (e == null
            || f == null
            || e.getTime() != f.getTime()
            || !Arrays.equals(bytes(one, e), bytes(two, f))) {
          differ.add(name);
        }
      }
      return differ.isEmpty() ? " (same entries: the zip structure differs)" : ": " + differ;
    } catch (IOException e) {
      return " (" + e.getMessage() + ")";
    }
  }

  private static Set<String> names(JarFile jar) {
    Set<String> names = new TreeSet<>();
    jar.stream().forEach(e -> names.add(e.getName()));
    return names;
  }

  private static byte[] bytes(JarFile jar, ZipEntry entry) {
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
