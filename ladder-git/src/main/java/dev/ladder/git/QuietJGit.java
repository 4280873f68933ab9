package dev.ladder.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.StringUtils;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit's view of the machine, narrowed so that reading a revision starts no process and writes no
 * file. Out of the box JGit, on its first repository in a JVM, runs the installed {@code git} (and
 * on macOS {@code bash --login}) to learn where the system-wide git config is, and measures the
 * timestamp resolution of each file system by writing probe files into the folder it first looks at
 * (here: {@code .git}), keeping the result in {@code ~/.config/jgit/config}. This reader instead
 *
 * <ul>
 *   <li>takes the system config from git's own default place ({@code $GIT_CONFIG_SYSTEM}, else
 *       {@code /etc/gitconfig}, or {@code %ProgramFiles%\Git\etc\gitconfig} on Windows), honouring
 *       {@code GIT_CONFIG_NOSYSTEM};
 *   <li>tells JGit the timestamp resolution of the file systems that hold a repository it opens
 *       (JGit's own cautious fallback, 2 s), so that it never probes;
 *   <li>never saves JGit's own config file.
 * </ul>
 *
 * <p>JGit keeps one such reader per JVM, so this is installed once, over JGit's default only: an
 * application that installed a reader of its own keeps it and its choices.
 */
final class QuietJGit extends SystemReader.Delegate {
  private static final String DEFAULT_READER = SystemReader.class.getName() + "$Default";
  private static final Object LOCK = new Object();
  private static volatile boolean installed;

  private QuietJGit(SystemReader jgit) {
    super(jgit);
  }

  /** Puts this reader in place of JGit's default, once per JVM. */
  static void install() {
    if (installed) {
      return;
    }
    synchronized (LOCK) {
      if (!installed) {
        SystemReader current = SystemReader.getInstance();
        if (current.getClass().getName().equals(DEFAULT_READER)) {
          SystemReader.setInstance(new QuietJGit(current));
        }
        installed = true;
      }
    }
  }

  /**
   * Tells JGit the timestamp resolution of the file system holding {@code folder}, before it looks
   * at any file there; nothing happens when another reader than this one is installed.
   */
  static void knowFileSystemOf(File folder) {
    if (!(SystemReader.getInstance() instanceof QuietJGit reader) || folder == null) {
      return;
    }
    try {
      Path path = folder.toPath();
      if (!Files.exists(path)) {
        return;
      }
      // The key under which JGit looks the file system up (FS.FileStoreAttributes).
      String key =
          System.getProperty("java.vendor")
              + '|'
              + System.getProperty("java.version")
              + '|'
              + storeKey(reader, Files.getFileStore(path));
      StoredConfig jgit = reader.getJGitConfig();
      if (jgit.getString("filesystem", key, "timestampResolution") == null) {
        Duration resolution = FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION;
        jgit.setString(
            "filesystem", key, "timestampResolution", resolution.toMillis() + " milliseconds");
      }
    } catch (IOException | ConfigInvalidException | RuntimeException e) {
      // Not knowing the file system only means JGit measures it, as it does by default.
    }
  }

  private static String storeKey(SystemReader reader, FileStore store) {
    if (reader.isWindows()) {
      try {
        Object serial = store.getAttribute("volume:vsn");
        if (serial != null) {
          return serial.toString();
        }
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // fall back to the name, as JGit does
      }
    }
    return store.name();
  }

  @Override
  public FileBasedConfig openSystemConfig(Config parent, FS fs) {
    if (!StringUtils.isEmptyOrNull(getenv("GIT_CONFIG_NOSYSTEM"))) {
      return super.openSystemConfig(parent, fs);
    }
    return new FileBasedConfig(parent, systemConfigFile(), fs);
  }

  @Override
  public FileBasedConfig openJGitConfig(Config parent, FS fs) {
    File file = super.openJGitConfig(parent, fs).getFile();
    return new FileBasedConfig(parent, file, fs) {
      @Override
      public void save() {
        // JGit stores its file-system measurements here; reading a revision writes nothing.
      }
    };
  }

  /** Where git keeps its system config when it was built with the usual prefix. */
  private File systemConfigFile() {
    String named = getenv("GIT_CONFIG_SYSTEM");
    if (!StringUtils.isEmptyOrNull(named)) {
      return new File(named);
    }
    if (isWindows()) {
      String programs = getenv("ProgramFiles");
      return new File(StringUtils.isEmptyOrNull(programs) ? "C:\\Program Files" : programs)
          .toPath()
          .resolve("Git")
          .resolve("etc")
          .resolve("gitconfig")
          .toFile();
    }
    return new File("/etc/gitconfig");
  }
}
