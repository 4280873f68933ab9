import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert !log.contains('is not marked as @threadSafe')
assert log.contains('MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('MultiThreadedBuilder implementation with a thread count of 4')
assert lines.count { it.contains('BUILD SUCCESS') } == 2
assert !log.contains('BUILD FAILURE')
assert !log.contains('Exception')

// module -> [files, warnings]; design-ladder has one placeholder checkpoint
def modules = [
  'data-ladder'    : [4, 0],
  'design-ladder'  : [3, 1],
  'platform-ladder': [3, 0],
  'product-ladder' : [3, 0],
]
modules.each { module, expected ->
  def (files, warnings) = expected
  // once per run, and once more per run for each other module with the same counts
  def summary = "[INFO] ladder: 0 errors, $warnings warning${warnings == 1 ? '' : 's'}, 0 infos in $files files"
  def alike = modules.values().count { it == expected }
  assert lines.count { it == summary } == 2 * alike : "$module: $summary"

  ['ladder-t2', 'ladder-t4'].each { folder ->
    def reports = new File(basedir, "$module/target/$folder")
    def json = new JsonSlurper().parse(new File(reports, 'ladder-report.json'))
    assert json.ladder == module
    assert json.files == files
    assert json.summary == [errors: 0, warnings: warnings, infos: 0]
    assert json.diagnostics.size() == warnings
    json.diagnostics.each { d ->
      assert d.rule == 'placeholder-text'
      assert d.file == 'ladder/levels/senior-designer.yaml'
      assert d.line == 10
    }

    def sarif = new JsonSlurper().parse(new File(reports, 'ladder-report.sarif'))
    assert sarif.version == '2.1.0'
    assert sarif.runs.size() == 1
    assert sarif.runs[0].results.size() == warnings

    def junit = new XmlSlurper().parse(new File(reports, 'TEST-ladder.xml'))
    assert junit.'**'.findAll { it.name() == 'failure' }.size() == warnings

    assert new File(reports, 'ladder-report.md').text.contains(module)
  }
  // the run on four threads wrote the same bytes as the run on two
  ['ladder-report.json', 'ladder-report.sarif', 'TEST-ladder.xml', 'ladder-report.md'].each { name ->
    assert new File(basedir, "$module/target/ladder-t2/$name").bytes ==
        new File(basedir, "$module/target/ladder-t4/$name").bytes : "$module/$name"
  }
}
def warning = ~/(?m)^\[WARNING\] ladder\/levels\/senior-designer\.yaml:10:5: warning: .* \[placeholder-text\]$/
assert log.findAll(warning).size() == 2
return true
