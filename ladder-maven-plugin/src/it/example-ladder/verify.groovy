import groovy.xml.XmlSlurper
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[INFO\] ladder: 0 errors, \d+ warnings?, \d+ infos? in \d+ files$/
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/ladder/ladder-report.json'))
assert json.ladder == 'example-engineering'
assert json.summary.errors == 0
def sarif = new JsonSlurper().parse(new File(basedir, 'target/ladder/ladder-report.sarif'))
assert sarif.version == '2.1.0'
new XmlSlurper().parse(new File(basedir, 'target/ladder/TEST-ladder.xml'))
return true
