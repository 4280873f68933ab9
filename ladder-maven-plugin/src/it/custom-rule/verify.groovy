import groovy.json.JsonSlurper

// What each run of each ladder module said, in order: its summary, or that it was up to date.
def log = new File(basedir, 'build.log').text
def events = []
def module = null
log.eachLine { line ->
  // Maven 3.9 names the plugin by its prefix, older ones by its artifact id
  def start = line =~ /^\[INFO\] --- ladder(?:-maven-plugin)?:[^ ]+:validate \(default\) @ ([\w-]+) ---$/
  if (start) {
    module = start[0][1]
  } else if (module && (line ==~ /^\[INFO\] ladder: (up to date|\d+ errors?).*$/)) {
    events << "${module}: ${line.substring('[INFO] ladder: '.length())}"
    module = null
  }
}
def yaml = 'yaml-option: 0 errors, 1 warning, 0 infos in 3 files'
def pom = 'pom-option: 0 errors, 2 warnings, 0 infos in 3 files'
def added = 'added-later: 0 errors, 0 warnings, 0 infos in 3 files'
assert events == [
  // run 1: every ladder is validated
  yaml, pom, added,
  // run 2: nothing changed
  'yaml-option: up to date (3 files), nothing to do',
  'pom-option: up to date (3 files), nothing to do',
  'added-later: up to date (3 files), nothing to do',
  // run 3: the rule jar is added to added-later's plugin
  'yaml-option: up to date (3 files), nothing to do',
  'pom-option: up to date (3 files), nothing to do',
  added,
  // run 4 rebuilt the rule jar, so run 5 validates every ladder again
  yaml, pom, added,
]

// ladder.yaml's option, in the build log
def junior = '[WARNING] ../ladder/levels/junior.yaml:5:1: warning: Junior Engineer (rank 1) has no' +
    ' expectation in Delivery, which every level must have [required-dimensions]'
assert log.contains(junior)
// the plugin's <rules> wins over ladder.yaml: People leadership, not Delivery
assert log.contains('[WARNING] ../ladder/levels/senior.yaml:6:1: warning: Senior Engineer (rank 2) has no' +
    ' expectation in People leadership, which every level must have [required-dimensions]')

def docs = 'https://github.com/ladder-dev/ladder/blob/main/examples/custom-rule/README.md'
def sarif = { name -> new JsonSlurper().parse(new File(basedir, "${name}/target/ladder/ladder-report.sarif")) }
def rule = { report -> report.runs[0].tool.driver.rules.find { it.id == 'required-dimensions' } }

def fromPom = sarif('pom-option')
assert rule(fromPom).helpUri == docs
assert rule(fromPom).shortDescription.text.startsWith('every level has at least one effective expectation')
assert fromPom.runs[0].results*.ruleId == ['required-dimensions', 'required-dimensions']
assert fromPom.runs[0].results*.level == ['warning', 'warning']
assert fromPom.runs[0].results.every { it.message.text.contains('has no expectation in People leadership') }

def fromYaml = sarif('yaml-option')
assert rule(fromYaml).helpUri == docs
assert fromYaml.runs[0].results.size() == 1
assert fromYaml.runs[0].results[0].message.text == 'Junior Engineer (rank 1) has no expectation in' +
    ' Delivery, which every level must have\nhint: add one under `expectations: delivery:`, or' +
    ' inherit one with extends'

// added-later's plugin loaded the rule, which had nothing to check there
def later = sarif('added-later')
assert rule(later).helpUri == docs
assert later.runs[0].results == []
return true
