package dev.ladder.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/maven-plugin.md against the plugin descriptor the build generated from the goals' code:
 * every goal is described, and every parameter a user can set has a row in a parameter table with
 * its user property.
 */
class ParameterDocsTest {
  private static final Path DOCS = Path.of("../docs/maven-plugin.md");

  record Parameter(String goal, String name, Optional<String> property) {}

  @Test
  void every_goal_and_every_parameter_a_user_sets_is_in_the_plugin_page() throws Exception {
    String docs = Files.readString(DOCS);
    List<Parameter> parameters = parameters();
    assertThat(parameters)
        .extracting(Parameter::goal)
        .contains("validate", "diff", "site", "export");

    for (Parameter p : parameters) {
      assertThat(docs).as("the goal %s", p.goal()).contains("`ladder:" + p.goal() + "`");
      Optional<String> row =
          docs.lines().filter(line -> line.startsWith("| `" + p.name() + "` |")).findFirst();
      assertThat(row).as("a table row for %s of ladder:%s", p.name(), p.goal()).isPresent();
      p.property()
          .ifPresent(
              property ->
                  assertThat(row.orElseThrow())
                      .as("the user property of %s", p.name())
                      .contains("| `" + property + "` |"));
    }
  }

  /** The editable parameters of every goal but {@code help}, with their user property if any. */
  private static List<Parameter> parameters() throws Exception {
    Document descriptor;
    try (InputStream in =
        ParameterDocsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(in).as("the plugin descriptor in target/classes").isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      descriptor = factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Parameter> found = new ArrayList<>();
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = text(mojo, "goal");
      if (goal.equals("help")) {
        continue;
      }
      Element configuration = child(mojo, "configuration");
      NodeList params = child(mojo, "parameters").getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element param = (Element) params.item(j);
        if (!text(param, "editable").equals("true")) {
          continue;
        }
        String name = text(param, "name");
        Optional<String> property = Optional.empty();
        if (configuration != null) {
          NodeList set = configuration.getElementsByTagName(name);
          if (set.getLength() > 0) {
            String expression = set.item(0).getTextContent().strip();
            if (expression.startsWith("${") && expression.endsWith("}")) {
              property = Optional.of(expression.substring(2, expression.length() - 1));
            }
          }
        }
        found.add(new Parameter(goal, name, property));
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}
