def log = new File(basedir, 'build.log').text
def clone = new File(basedir, 'clone').canonicalFile
def expected = "[ERROR] Failed to execute goal dev.ladder:ladder-maven-plugin:${pluginVersion}:diff (default) on project diff-shallow-clone: revision 'v1' is not in the repository at ${clone}, a shallow clone that holds only the latest commits; "
assert log.contains(expected) : log
assert log =~ /set `fetch-depth: 0` on actions\/checkout -> \[Help 1\]/
assert log.contains('MojoExecutionException')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by')
return true
