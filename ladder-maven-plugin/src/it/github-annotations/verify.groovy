def log = new File(basedir, 'build.log').text
// The path is repository-relative: whatever folders lead from the git root to this project.
assert log =~ /(?m)^::warning file=([\w.\/-]+\/)?ladder\/levels\/senior-engineer\.yaml,line=\d+,col=\d+,title=placeholder-text::\S/
assert log =~ /(?m)^\[WARNING\] ladder\/levels\/senior-engineer\.yaml:\d+:\d+: warning: .* \[placeholder-text\]$/
assert log.contains('BUILD SUCCESS')
return true
