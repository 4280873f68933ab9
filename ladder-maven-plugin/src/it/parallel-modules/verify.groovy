def log = new File(basedir, 'build.log').text
assert !log.contains('is not marked as @threadSafe')
assert log.readLines().count { it == '[INFO] ladder: 0 errors, 0 warnings, 0 infos in 3 files' } == 2
['platform-ladder', 'product-ladder'].each { module ->
  def json = new groovy.json.JsonSlurper().parse(new File(basedir, "$module/target/ladder/ladder-report.json"))
  assert json.ladder == module
}
assert log.contains('BUILD SUCCESS')
return true
