def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.ladder:ladder-maven-plugin:.*:export \(default\) on project export-unknown-format: unknown exportFormat 'ods'; use csv or xlsx -> \[Help 1\]$/
assert !new File(basedir, 'target/ladder').exists()

// one sentence, no stack trace: no frames, no exception class names, no causes
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains("Caused by")
assert !(log =~ /\b(java\.lang|dev\.ladder)\.[\w.]*Exception/)
return true
