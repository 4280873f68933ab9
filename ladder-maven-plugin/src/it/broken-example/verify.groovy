def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \.\.\/\.\.\/\.\.\/\.\.\/examples\/broken-ladder\/ladder\/levels\/[\w\/-]+\.yaml:\d+:\d+: error: .+ \[[a-z-]+\]$/
assert log =~ /(?m)^\[INFO\] ladder: [1-9]\d* errors?, \d+ warnings?, \d+ infos? in \d+ files$/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.ladder:ladder-maven-plugin:.*:validate \(default\) on project broken-example: ladder: [1-9]\d* errors?, .* \(failOn: error\)$/
assert log.contains('BUILD FAILURE')
if (binding.hasVariable('minimumMavenVersion')) {
  assert log.contains("Apache Maven ${minimumMavenVersion} ")
}
return true
