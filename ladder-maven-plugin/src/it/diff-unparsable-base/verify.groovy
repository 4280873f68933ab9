import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/ladder/ladder-diff.json'))

assert json.ladder == 'unparsable'
assert json.base == 'main'
// What the base could not read, the head fixed: both parse errors are gone.
def fixed = json.findings.fixed.findAll { it.rule == 'parse' }
assert fixed*.file.sort() == ['ladder/ladder.yaml', 'ladder/levels/senior.yaml']
// The head is validated in full: its one finding is new.
assert json.findings.new*.rule == ['placeholder-text']
assert json.findings.new[0].file == 'ladder/levels/senior.yaml'
// Senior could not be read at the base: it is added at the head; Engineer, read at both, is kept.
assert json.levels.find { it.id == 'senior' }.change == 'added'
assert json.levels.every { it.id != 'engineer' }
assert log.contains('[INFO] ladder: changes from main to working tree: 1 level added, 0 removed, 0 changed; 1 new finding, ')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
return true
