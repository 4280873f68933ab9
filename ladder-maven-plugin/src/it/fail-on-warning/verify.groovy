def log = new File(basedir, 'build.log').text
def finding = ~/(?m)^\[WARNING\] ladder\/levels\/senior-engineer\.yaml:\d+:\d+: warning: .* \[placeholder-text\]$/
assert log.findAll(finding).size() == 2
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
assert log.contains('ladder: 0 errors, 1 warning, 0 infos in 3 files (failOn: warning)')
return true
