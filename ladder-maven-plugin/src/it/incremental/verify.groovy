def log = new File(basedir, 'build.log').text
def summary = '[INFO] ladder: 0 errors, 0 warnings, 0 infos in 3 files'
def upToDate = '[INFO] ladder: up to date (3 files), nothing to do'
def events = log.readLines().findAll { it == summary || it == upToDate }
assert events == [summary, upToDate, summary, summary]
assert new File(basedir, 'target/ladder/ladder-index.properties').isFile()
assert new File(basedir, 'target/ladder/ladder-report.json').isFile()
// The maven-minimum run names the Maven it runs with: make sure that is the one that ran.
if (binding.hasVariable('minimumMavenVersion')) {
  assert log.contains("Apache Maven ${minimumMavenVersion} ")
}
return true
