def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ladder: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ladder').exists()
return true
