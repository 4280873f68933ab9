def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/ladder/site')
// one line says where the site is and what it lists; findings never fail the goal
assert log =~ /(?m)^\[INFO\] ladder: site of 2 levels and 1 step up in target\/ladder\/site\/index\.html; 1 error, listed on its index$/
assert log.contains('BUILD SUCCESS')
def index = new File(site, 'index.html').text
assert index.contains('expectation-containment')
assert new File(site, 'levels/engineer.html').text.contains('Compensation')
assert new File(site, 'compare/engineer--senior-engineer.html').isFile()
// a draft level only when asked
assert !new File(site, 'levels/staff-engineer.html').exists()
assert !index.contains('Staff Engineer')
assert new File(site, 'assets/site.css').isFile()
return true
