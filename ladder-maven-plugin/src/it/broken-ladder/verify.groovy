import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// every finding in the text format, at its own level, with its hint; twice, as run 2 validates again
// (the first errors also appear in each run's failure message)
assert lines.count("[ERROR] ladder/levels/level-3.yaml:3:8: error: Level 3 (rank 3) is on track 'icc', which ladder.yaml does not declare [dangling-reference]") == 2 * 2
[
  "[ERROR] ladder/levels/senior-engineer.yaml:6:3: error: Senior Engineer (rank 2) drops 'writes-tested-code-for-the-features-they-build' that Engineer (rank 1) expects in Craft [expectation-containment]",
  "[ERROR]     hint: carry it over, mark the expectation that replaces it `refines: writes-tested-code-for-the-features-they-build`, or list it under `retires:`",
  "[INFO] ladder/levels/level-4.yaml:7:7: info: 'expectation-number-4-of-a-level-on-a-misspelt-track' of Level 4 (rank 4) is worded almost like 'expectation-number-3-of-a-level-on-a-misspelt-track' of Level 3 (rank 3) (\"Expectation number 3 of a level on a misspelt track\") [near-duplicate]",
  "[INFO] ladder: 12 errors, 0 warnings, 5 infos in 9 files",
].each { expected -> assert lines.count(expected) == 2 : expected }
assert lines.count("[ERROR]     hint: did you mean 'ic'?") == 2 * 6
assert lines.count { it ==~ /\[ERROR\] ladder\/levels\/.*: error: .* \[[a-z-]+\]/ } == 2 * (12 + 5)
assert lines.count { it ==~ /\[INFO\] ladder\/levels\/.*: info: .* \[near-duplicate\]/ } == 2 * 5
assert !log.contains('up to date')

// the failure message: counts, the first five errors, how many more
def failure = """\
[ERROR] Failed to execute goal dev.ladder:ladder-maven-plugin:${pluginVersion}:validate (default) on project broken-ladder: ladder: 12 errors, 0 warnings, 5 infos in 9 files (failOn: error)
[ERROR] ladder/levels/level-3.yaml:3:8: error: Level 3 (rank 3) is on track 'icc', which ladder.yaml does not declare [dangling-reference]
[ERROR] ladder/levels/level-4.yaml:3:8: error: Level 4 (rank 4) is on track 'icc', which ladder.yaml does not declare [dangling-reference]
[ERROR] ladder/levels/level-4.yaml:7:7: error: Level 4 (rank 4) drops 'expectation-number-3-of-a-level-on-a-misspelt-track' that Level 3 (rank 3) expects in Craft [expectation-containment]
[ERROR] ladder/levels/level-5.yaml:3:8: error: Level 5 (rank 5) is on track 'icc', which ladder.yaml does not declare [dangling-reference]
[ERROR] ladder/levels/level-5.yaml:7:7: error: Level 5 (rank 5) drops 'expectation-number-4-of-a-level-on-a-misspelt-track' that Level 4 (rank 4) expects in Craft [expectation-containment]
[ERROR] ... and 7 more
[ERROR] -> [Help 1]"""
assert log.contains(failure)
assert log.contains('MojoFailureException') // Maven's help link: a failed check, not an execution error
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)

// a failing run writes its reports but never the up-to-date index
def reports = new File(basedir, 'target/ladder')
assert !new File(reports, 'ladder-index.properties').exists()

def json = new JsonSlurper().parse(new File(reports, 'ladder-report.json'))
assert json.ladder == 'tiny-broken'
assert json.files == 9
assert json.summary == [errors: 12, warnings: 0, infos: 5]
assert json.diagnostics.size() == 17
assert json.diagnostics[0] == [rule: 'dangling-reference', severity: 'error', file: 'ladder/levels/level-3.yaml',
                               line: 3, column: 8, message: "Level 3 (rank 3) is on track 'icc', which ladder.yaml does not declare",
                               hint: "did you mean 'ic'?"]

def sarif = new JsonSlurper().parse(new File(reports, 'ladder-report.sarif'))
assert sarif.'$schema'.contains('sarif-2.1.0')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'ladder'
assert run.tool.driver.version == pluginVersion
assert run.tool.driver.informationUri
run.tool.driver.rules.each { rule ->
  assert rule.id && rule.shortDescription.text && rule.fullDescription.text && rule.help.text
}
assert run.results.size() == 17
run.results.each { result ->
  assert result.ruleId in run.tool.driver.rules*.id
  assert result.level in ['error', 'warning', 'note']
  assert result.message.text
  def location = result.locations[0].physicalLocation
  assert location.artifactLocation.uri ==~ /([\w.\/-]+\/)?ladder\/levels\/[\w-]+\.yaml/
  assert location.region.startLine >= 1 && location.region.startColumn >= 1
}

def junit = new XmlSlurper().parse(new File(reports, 'TEST-ladder.xml'))
def testcases = junit.'**'.findAll { it.name() == 'testcase' }
assert testcases*.@name*.toString().containsAll(['dangling-reference', 'expectation-containment', 'near-duplicate'])
assert testcases.size() == testcases*.@name*.toString().unique().size() // one testcase per rule
assert junit.'**'.findAll { it.name() == 'failure' }.size() == 17   // one failure per finding

def markdown = new File(reports, 'ladder-report.md').text
assert markdown.startsWith('### ladder: tiny-broken')
assert markdown.contains('**12 errors**, 0 warnings, **5 infos** in 9 files.')
assert markdown.contains('| Severity | Rule | Location | Message |')
return true
