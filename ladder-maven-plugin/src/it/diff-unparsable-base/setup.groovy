import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// A real git repository, built with the machine's git: fixed author, dates and configuration, so
// every run makes the same commits.
def gitEnv = System.getenv().findAll { k, v -> !k.startsWith('GIT_') }.collect { k, v -> "$k=$v" } + [
  'GIT_AUTHOR_NAME=Ladder Test', 'GIT_AUTHOR_EMAIL=test@ladder.invalid',
  'GIT_COMMITTER_NAME=Ladder Test', 'GIT_COMMITTER_EMAIL=test@ladder.invalid',
  'GIT_AUTHOR_DATE=2026-01-01T00:00:00Z', 'GIT_COMMITTER_DATE=2026-01-01T00:00:00Z',
  'GIT_CONFIG_GLOBAL=/dev/null', 'GIT_CONFIG_NOSYSTEM=1',
]
git = { File dir, String... args ->
  def command = ['git', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'] + args.toList()
  def process = command.execute(gitEnv, dir)
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  assert process.exitValue() == 0 : "${command.join(' ')}: $err"
  out.toString().trim()
}

// Replaces the ladder folder of dir with a copy of the state's.
useState = { File dir, String state ->
  Path ladder = dir.toPath().resolve('ladder')
  if (Files.exists(ladder)) {
    Files.walk(ladder).sorted(Comparator.reverseOrder()).each { Files.delete(it) }
  }
  Path from = dir.toPath().resolve("states/$state/ladder")
  Files.walk(from).each { p ->
    Path target = ladder.resolve(from.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(target)
    else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
  }
}

// Commits the state's ladder.
commitState = { File dir, String state ->
  useState(dir, state)
  git(dir, 'add', '-A', 'ladder')
  git(dir, 'commit', '-q', '-m', state)
}

git(basedir, 'init', '-q')
commitState(basedir, 'main')
git(basedir, 'checkout', '-q', '-b', 'pr')
commitState(basedir, 'pr')
return true
