package dev.ladder.validator.report;

import static dev.ladder.validator.report.ReportFixtures.diagnostic;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Severity;
import dev.ladder.validator.ValidationResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  private static Element testcase(Document doc, String rule) {
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(rule)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + rule);
  }

  @Test
  void every_rule_is_a_testcase_and_every_finding_a_failure() throws Exception {
    Document doc =
        parse(
            ReportFixtures.render(
                ReportFormat.JUNIT, ReportFixtures.mixed(), ReportFixtures.context()));

    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    NodeList suiteList = suites.getElementsByTagName("testsuite");
    assertThat(suiteList.getLength()).isEqualTo(1);
    Element suite = (Element) suiteList.item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("ladder");
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("4");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");

    List<String> names = new ArrayList<>();
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      assertThat(e.getAttribute("classname")).isEqualTo("ladder.acme-engineering");
      names.add(e.getAttribute("name"));
    }
    assertThat(names)
        .containsExactly(
            "dangling-reference",
            "expectation-containment",
            "near-duplicate",
            "no-progression",
            "placeholder-text",
            "rating-monotonic",
            "schema");
    assertThat(testcase(doc, "expectation-containment").getChildNodes().getLength()).isZero();

    Element failure =
        (Element) testcase(doc, "dangling-reference").getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            "equivalence [staff-engineer, engineering-manager] names 'enginering-manager', which is"
                + " no level");
    assertThat(failure.getTextContent())
        .isEqualTo(
            "ladder/ladder.yaml:31:5: equivalence [staff-engineer, engineering-manager] names"
                + " 'enginering-manager', which is no level\n"
                + "hint: did you mean 'engineering-manager'?");
    Element info =
        (Element) testcase(doc, "near-duplicate").getElementsByTagName("failure").item(0);
    assertThat(info.getAttribute("type")).isEqualTo("info");
    assertThat(info.getAttribute("message")).contains("'Zoë's \"Ship it\" reviews'");
  }

  @Test
  void several_findings_of_one_rule_are_several_failures_of_one_testcase() throws Exception {
    ValidationResult result =
        ReportFixtures.result(
            "acme",
            2,
            List.of(
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/b.yaml", 3, 5, "TBD"),
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 8, 5, "WIP"),
                diagnostic(
                    "placeholder-text", Severity.ERROR, "ladder/levels/a.yaml", 2, 5, "TODO")));

    Document doc =
        parse(ReportFixtures.render(ReportFormat.JUNIT, result, ReportFixtures.context()));

    NodeList failures = testcase(doc, "placeholder-text").getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < failures.getLength(); i++) {
      texts.add(failures.item(i).getTextContent());
    }
    assertThat(texts)
        .containsExactly(
            "ladder/levels/a.yaml:2:5: TODO",
            "ladder/levels/a.yaml:8:5: WIP",
            "ladder/levels/b.yaml:3:5: TBD");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void rules_turned_off_are_skipped_testcases() throws Exception {
    Document doc =
        parse(
            ReportFixtures.render(
                ReportFormat.JUNIT,
                ReportFixtures.clean(Set.of("near-duplicate", "no-progression")),
                ReportFixtures.context()));

    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("2");
    assertThat(testcase(doc, "near-duplicate").getElementsByTagName("skipped").getLength())
        .isEqualTo(1);
    assertThat(testcase(doc, "schema").getElementsByTagName("skipped").getLength()).isZero();
  }

  @Test
  void markup_and_characters_xml_cannot_hold_still_give_well_formed_xml() throws Exception {
    String nasty = "a <b> & \"c\" ]]> \u0000 bell\u0007 \uD800 end \uD83D\uDE80";
    ValidationResult result =
        ReportFixtures.result(
            "acme",
            1,
            List.of(
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 1, 1, nasty)));

    Document doc =
        parse(ReportFixtures.render(ReportFormat.JUNIT, result, ReportFixtures.context()));

    Element failure =
        (Element) testcase(doc, "placeholder-text").getElementsByTagName("failure").item(0);
    String expected = "a <b> & \"c\" ]]> \uFFFD bell\uFFFD \uFFFD end \uD83D\uDE80";
    assertThat(failure.getAttribute("message")).isEqualTo(expected);
    assertThat(failure.getTextContent()).isEqualTo("ladder/levels/a.yaml:1:1: " + expected);
  }

  @Test
  void the_report_has_no_timestamp_or_host_name() {
    String xml =
        ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.mixed(), ReportFixtures.context());

    assertThat(xml).doesNotContain("timestamp").doesNotContain("hostname").doesNotContain("time=");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ");
  }
}
