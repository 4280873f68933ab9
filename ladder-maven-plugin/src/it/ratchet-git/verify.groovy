import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def file = 'ladder/levels/management/vice-president.yaml'
def rating = "[ERROR] $file:9:21: error: Vice President of Engineering (rank 2) rates Leadership reach 'team', below 'organization' of Director of Engineering (rank 1) on scale reach [rating-monotonic]"
def containment = ~/\[ERROR\] ladder\/levels\/management\/vice-president\.yaml:\d+:\d+: error: Vice President of Engineering \(rank 2\) drops 'cross-functional-communication' that Director of Engineering \(rank 1\) expects in Leadership \[expectation-containment\]/

// Run 1, from main: both findings are old ones, in a renamed file of a retitled level.
assert lines.count(rating + ' (unchanged from base)') == 1
assert lines.count { it ==~ (containment.pattern() + / \(unchanged from base\)/) } == 2
assert lines.contains('[INFO] ladder: 2 errors, 0 warnings, 0 infos in 3 files; 2 unchanged from main, 0 new, 0 fixed')
assert log.count('BUILD SUCCESS') == 1

// Run 2, from one-fewer: the rating drop is new and fails the build, alone.
assert lines.count(rating) == 2 // its line, and the failure message's
def failure = """\
[ERROR] Failed to execute goal dev.ladder:ladder-maven-plugin:${pluginVersion}:validate (default) on project ratchet-git: ladder: 2 errors, 0 warnings, 0 infos in 3 files; 1 unchanged from one-fewer, 1 new, 0 fixed (failOn: error)
${rating}
[ERROR] -> [Help 1]"""
assert log.contains(failure)
assert log.count('BUILD FAILURE') == 1

// SARIF of run 2: each result's state against one-fewer, fingerprints from the identity.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/ladder/ladder-report.sarif'))
def results = sarif.runs[0].results
assert results.collect { it.ruleId + ' ' + it.baselineState } == ['rating-monotonic new', 'expectation-containment unchanged'] ||
    results.collect { it.ruleId + ' ' + it.baselineState } == ['expectation-containment unchanged', 'rating-monotonic new']
def ratingResult = results.find { it.ruleId == 'rating-monotonic' }
assert ratingResult.relatedLocations[0].physicalLocation.artifactLocation.uri == 'ladder/levels/management/director.yaml'
assert results.every { it.partialFingerprints['ladder/v1'] ==~ /[0-9a-f]{64}:1/ }
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
return true
