package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins' {@code junit} step and GitLab's {@code artifacts:reports:junit} read it:
 * one {@code <testsuite name="ladder">}, one {@code <testcase>} per rule of the catalogue (passing
 * rules too, so the test history shows what was checked), one {@code <failure>} per finding of that
 * rule, and a {@code <skipped>} testcase for a rule turned off.
 *
 * <pre>{@code
 * <testcase classname="ladder.acme-engineering" name="expectation-containment">
 *   <failure type="error" message="VP of Engineering (rank 5) drops ...">ladder/levels/vp.yaml:14:7: VP ...
 * hint: did you mean ...</failure>
 * </testcase>
 * }</pre>
 *
 * <p>A testcase with several {@code <failure>} elements is outside the strict Ant schema, but
 * Jenkins and GitLab both read it and show every failure. {@code failures} counts failing testcases
 * (rules with findings), as {@code tests} counts testcases. No timestamps or host names: the same
 * result gives the same bytes.
 */
public final class JunitReport {
  // The JDK's own writer, never whichever StAX implementation is on the classpath (Woodstox in
  // some hosts): another writer would write other bytes for the same result.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private JunitReport() {}

  static void write(ValidationResult result, ReportContext context, Writer out) throws IOException {
    List<RuleInfo> rules = Catalogue.of(result);
    Set<String> disabled = Catalogue.off(result);
    Map<String, List<Diagnostic>> byRule = new TreeMap<>();
    for (Diagnostic d : result.diagnostics()) {
      byRule.computeIfAbsent(d.rule(), id -> new ArrayList<>()).add(d);
    }
    int failing = 0;
    int skipped = 0;
    for (RuleInfo rule : rules) {
      if (byRule.containsKey(rule.id())) {
        failing++;
      } else if (disabled.contains(rule.id())) {
        skipped++;
      }
    }
    String tests = Integer.toString(rules.size());
    String failures = Integer.toString(failing);
    String skips = Integer.toString(skipped);
    String classname = "ladder." + result.ladderId();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      attributes(xml, "ladder", tests, failures, skips);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      attributes(xml, "ladder", tests, failures, skips);
      for (RuleInfo rule : rules) {
        List<Diagnostic> findings = byRule.getOrDefault(rule.id(), List.of());
        boolean off = findings.isEmpty() && disabled.contains(rule.id());
        xml.writeCharacters("\n    ");
        if (findings.isEmpty() && !off) {
          xml.writeEmptyElement("testcase");
          testcase(xml, classname, rule.id());
          continue;
        }
        xml.writeStartElement("testcase");
        testcase(xml, classname, rule.id());
        if (off) {
          xml.writeCharacters("\n      ");
          xml.writeEmptyElement("skipped");
          xml.writeAttribute("message", "rule " + rule.id() + " is turned off");
        }
        for (Diagnostic d : findings) {
          xml.writeCharacters("\n      ");
          xml.writeStartElement("failure");
          xml.writeAttribute("type", d.severity().label());
          xml.writeAttribute("message", xmlSafe(TextReport.oneLine(d.message())));
          xml.writeCharacters(xmlSafe(failureText(d)));
          xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
    out.write('\n');
  }

  /** {@code file:line:col: message}, then {@code hint: ...} on a line of its own. */
  static String failureText(Diagnostic d) {
    return d.location() + ": " + d.message() + d.hint().map(h -> "\nhint: " + h).orElse("");
  }

  private static void attributes(
      XMLStreamWriter xml, String name, String tests, String failures, String skipped)
      throws XMLStreamException {
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", tests);
    xml.writeAttribute("failures", failures);
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", skipped);
  }

  private static void testcase(XMLStreamWriter xml, String classname, String name)
      throws XMLStreamException {
    xml.writeAttribute("classname", xmlSafe(classname));
    xml.writeAttribute("name", xmlSafe(name));
  }

  /**
   * Replaces what XML 1.0 cannot hold at all (control characters other than tab, line feed and
   * carriage return, lone surrogates, U+FFFE and U+FFFF) with U+FFFD; the writer escapes the rest.
   */
  static String xmlSafe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? s : out.toString();
  }
}
