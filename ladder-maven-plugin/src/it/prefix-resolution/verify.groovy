def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[INFO\] --- ladder:[\w.-]+:validate \(default-cli\) @ prefix-resolution ---$/
assert log.contains('[INFO] ladder: 0 errors, 0 warnings, 0 infos in 3 files')
// the generated help lists every parameter with its user property
['ladderDirectory', 'failOn', 'formats', 'reportDirectory', 'rules', 'skip', 'githubAnnotations', 'force'].each {
  assert log.contains("    $it")
}
['ladder.directory', 'ladder.failOn', 'ladder.formats', 'ladder.reportDirectory', 'ladder.skip', 'ladder.github', 'ladder.force'].each {
  assert log.contains("User property: $it")
}
return true
