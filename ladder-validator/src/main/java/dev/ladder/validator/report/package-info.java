/**
 * Reports of a validation result in every format of FORMAT.md section 3: text, json, sarif, junit,
 * markdown and github. Plain Java with no build tool on the classpath, so any front end writes the
 * same bytes; {@link dev.ladder.validator.report.Reports} is the entry point.
 */
package dev.ladder.validator.report;
