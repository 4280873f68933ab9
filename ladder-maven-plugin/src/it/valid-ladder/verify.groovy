import groovy.xml.XmlSlurper
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ladder: 0 errors, 0 warnings, 0 infos in 3 files')
assert log.contains('BUILD SUCCESS')
// Maven 3.9 plugin validation, verbose: no issue reported against this plugin
assert !(log =~ /(?m)^\[WARNING\].*ladder-maven-plugin/)

def reports = new File(basedir, 'target/ladder')
def json = new JsonSlurper().parse(new File(reports, 'ladder-report.json'))
assert json.ladder == 'tiny-valid-ladder'
assert json.files == 3
assert json.summary == [errors: 0, warnings: 0, infos: 0]
assert json.diagnostics == []

def sarif = new JsonSlurper().parse(new File(reports, 'ladder-report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'ladder'
assert sarif.runs[0].tool.driver.rules*.id.contains('expectation-containment')
assert sarif.runs[0].results == []

def junit = new XmlSlurper().parse(new File(reports, 'TEST-ladder.xml'))
assert junit.'**'.findAll { it.name() == 'testcase' }.size() >= 20
assert junit.'**'.findAll { it.name() == 'failure' }.isEmpty()

def markdown = new File(reports, 'ladder-report.md').text
assert markdown.contains('tiny-valid-ladder')
return true
