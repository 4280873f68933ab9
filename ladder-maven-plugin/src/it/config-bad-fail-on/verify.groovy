def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.ladder:ladder-maven-plugin:.*:validate \(default\) on project config-bad-fail-on: unknown value 'sometimes' for failOn; use error, warning, info or none -> \[Help 1\]$/

// one sentence, no stack trace: no frames, no exception class names, no causes
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains("at dev.ladder")
assert !log.contains("Caused by")
assert !(log =~ /\b(java\.lang|dev\.ladder)\.[\w.]*Exception/)
return true
