package dev.ladder.git;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a revision starts no process and writes nothing: not into the repository, not into the
 * home folder (where JGit keeps a config of its own). The build puts a stand-in {@code git} first
 * on the PATH that logs every call ({@code src/test/fake-git/git}).
 */
class NoSideEffectsTest {
  private static final Path FAKE_GIT_LOG = Path.of(System.getenv("LADDER_FAKE_GIT_LOG"));
  private static final Instant STARTED =
      ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);

  @TempDir Path dir;

  @Test
  void a_fresh_jvm_reading_a_revision_writes_nothing_and_starts_no_git() throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      repo.git.gc().call();
    }
    // A home of its own too, so that nothing JGit remembered of this machine spares it the work.
    Path home = Files.createDirectories(dir.resolve("home/.config")).getParent();
    long logged = loggedCalls();

    List<String> changes;
    Process child;
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      for (Path folder : folders(dir.resolve(".git"), home)) {
        folder.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
      // A JVM of its own: JGit asks git and probes the file system once per JVM, on first use.
      ProcessBuilder java =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-Duser.home=" + home,
                  ReadOnce.class.getName(),
                  dir.resolve("ladder").toString())
              .redirectErrorStream(true);
      java.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
      child = java.start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).as(output).contains("levels: 10");
      changes = changes(watch);
    }

    assertThat(changes).as("files created, changed or deleted while reading").isEmpty();
    assertThat(loggedCalls()).as("calls of git").isEqualTo(logged);
  }

  @Test
  void no_test_in_this_jvm_started_git() throws IOException {
    assertThat(
            !Files.exists(FAKE_GIT_LOG)
                || Files.getLastModifiedTime(FAKE_GIT_LOG).toInstant().isBefore(STARTED))
        .as(
            "git was started: "
                + (Files.exists(FAKE_GIT_LOG) ? Files.readString(FAKE_GIT_LOG) : ""))
        .isTrue();
  }

  /** Reads the ladder at HEAD once and prints how many levels it has. */
  static final class ReadOnce {
    public static void main(String[] args) {
      try (GitLadder base = GitLadder.at(Path.of(args[0]), "HEAD")) {
        System.out.println(
            "levels: " + LadderReader.standard().read(base).ladder().levels().size());
      }
    }
  }

  private static long loggedCalls() throws IOException {
    return Files.exists(FAKE_GIT_LOG) ? Files.readAllLines(FAKE_GIT_LOG).size() : 0;
  }

  private static List<Path> folders(Path... roots) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isDirectory).forEach(folders::add);
      }
    }
    return folders;
  }

  private static List<String> changes(WatchService watch) throws InterruptedException {
    List<String> changes = new ArrayList<>();
    WatchKey key;
    while ((key = watch.poll(500, TimeUnit.MILLISECONDS)) != null) {
      for (WatchEvent<?> event : key.pollEvents()) {
        changes.add(event.kind().name() + " " + key.watchable() + "/" + event.context());
      }
      key.reset();
    }
    return changes;
  }
}
