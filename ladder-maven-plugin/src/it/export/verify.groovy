import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
// one line per file says what was written and counts the findings, which never fail the goal
assert log =~ /(?m)^\[INFO\] ladder: exported 3 levels to target\/ladder\/ladder\.xlsx; 1 error and 0 warnings \(validation lists them\)$/
assert log =~ /(?m)^\[INFO\] ladder: exported 3 levels to target\/sheets\/ladder\.csv; 1 error and 0 warnings \(validation lists them\)$/
assert log.contains('BUILD SUCCESS')

def csv = new File(basedir, 'target/sheets/ladder.csv').getText('UTF-8')
def lines = csv.readLines()
assert lines[0] == '\uFEFFtrack,rank,level id,level title,dimension,expectation id,text,source'
// one row per effective expectation, every level of the ladder, drafts too
assert lines.any { it.contains(',engineer,') }
assert lines.any { it.contains(',senior-engineer,') }
assert lines.any { it.contains(',staff-engineer,') }
assert lines.any { it.contains('inherited from senior-engineer') }

def workbook = new ZipFile(new File(basedir, 'target/ladder/ladder.xlsx'))
try {
  def entries = workbook.entries().collect { it.name }
  assert entries.contains('xl/workbook.xml')
  def book = workbook.getInputStream(workbook.getEntry('xl/workbook.xml')).getText('UTF-8')
  // a matrix per track, the long table last
  assert book =~ /<sheet name="[^"]+"/
  assert (book =~ /<sheet /).count >= 2
} finally {
  workbook.close()
}
return true
