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
  Path from = dir.toPath().resolve("upstream-states/$state/ladder")
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

// upstream: two commits, the first tagged v1; clone: a shallow clone of it, one commit deep.
def upstream = new File(basedir, 'upstream')
upstream.mkdirs()
new File(basedir, 'upstream-states').renameTo(new File(upstream, 'upstream-states'))
git(upstream, 'init', '-q')
commitState(upstream, 'first')
git(upstream, 'tag', 'v1')
commitState(upstream, 'second')
git(basedir, 'clone', '-q', '--depth', '1', '--no-tags', 'file://' + upstream.canonicalPath, 'clone')
assert new File(basedir, 'clone/.git/shallow').exists()
return true
