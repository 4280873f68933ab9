import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def reports = new File(basedir, 'target/ladder')
def json = new JsonSlurper().parse(new File(reports, 'ladder-diff.json'))

assert json.ladder == 'diff-git'
assert json.base == 'main'
assert json.head == 'working tree'
assert json.summary == [levelsAdded: 0, levelsRemoved: 0, levelsChanged: 3,
                        newFindings: 1, fixedFindings: 0, unchangedFindings: 0]
// Staff's file was renamed with the same id and content: not listed at all.
assert json.levels*.id == ['director', 'engineer', 'vp']

def reworded = [kind: 'expectation-reworded', dimension: 'leadership', id: 'owns-org-metrics',
                from: 'Owns the metrics of the organization',
                to: 'Owns the metrics-based performance of the organization']
def director = json.levels.find { it.id == 'director' }
assert director.title == 'Director of Engineering'
assert director.change == 'changed'
assert director.changes == [reworded + [inherited: false]]
// VP's file is untouched: the change reaches it through extends.
def vp = json.levels.find { it.id == 'vp' }
assert vp.changes == [reworded + [inherited: true]]
def engineer = json.levels.find { it.id == 'engineer' }
assert engineer.changes == [[kind: 'expectation-added', dimension: 'craft', id: 'reviews-code',
                             to: 'Reviews code', inherited: false]]

// Engineer's file made Senior's fail: located in Senior's file, related to Engineer's.
assert json.findings.fixed == []
assert json.findings.unchanged == []
def found = json.findings.new[0]
assert found.rule == 'expectation-containment'
assert found.file == 'ladder/levels/ic/senior.yaml'
assert found.message == "Senior Engineer (rank 2) drops 'reviews-code' that Engineer (rank 1) expects in Craft"
assert found.related == [[file: 'ladder/levels/ic/engineer.yaml', line: 8, column: 7]]

def md = new File(reports, 'ladder-diff.md').text
assert md.startsWith('### ladder: changes to diff-git\n\nBase main, head working tree.\n\n| | count |\n| --- | --- |\n')
assert md.contains('| Levels changed | 3 |\n| New findings | **1** |\n')
assert md.count('<details>') == 3
assert md.contains('<summary><b>VP of Engineering</b> (vp): changed, 1 change, all inherited</summary>')
assert md.contains('| expectation-reworded | leadership | owns-org-metrics | Owns the metrics of the organization | Owns the metrics-based performance of the organization | yes |')
assert md.contains('#### New findings')

[
  '[INFO] ladder: changes from main to working tree: 0 levels added, 0 removed, 3 changed; 1 new finding, 0 fixed, 0 unchanged',
  '[INFO] vp (VP of Engineering): changed',
  '[INFO]     expectation-reworded leadership/owns-org-metrics: "Owns the metrics of the organization" -> "Owns the metrics-based performance of the organization" (inherited)',
  '[INFO] engineer (Engineer): changed',
  '[INFO]     expectation-added craft/reviews-code: "Reviews code"',
].each { assert lines.contains(it) : it }
assert lines.any { it ==~ /\[ERROR\] new: ladder\/levels\/ic\/senior\.yaml:\d+:\d+: error: Senior Engineer \(rank 2\) drops 'reviews-code' .* \[expectation-containment\]/ }
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
return true
