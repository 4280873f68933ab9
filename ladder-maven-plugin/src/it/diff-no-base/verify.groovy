def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal dev.ladder:ladder-maven-plugin:${pluginVersion}:diff (default) on project diff-no-base: ladder:diff needs a base: set baseRef (-Dladder.baseRef=origin/main) or baseDirectory (-Dladder.baseDirectory=path) -> [Help 1]")
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
return true
