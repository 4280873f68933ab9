def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] ladder\/levels\/senior-engineer\.yaml:\d+:\d+: error: .* \[expectation-containment\]$/
assert log =~ /(?m)^\[INFO\] ladder: [1-9]\d* errors?, /
assert log.contains('BUILD SUCCESS')
return true
