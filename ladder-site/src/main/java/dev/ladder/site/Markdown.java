package dev.ladder.site;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A level's {@code summary} as CommonMark, made safe for a page that shows it among other text:
 *
 * <ul>
 *   <li>raw HTML, block or inline, is shown as text, never passed through;
 *   <li>a link keeps its URL only for {@code http}, {@code https}, {@code mailto} and relative
 *       URLs, so {@code javascript:}, {@code data:}, {@code vbscript:} and every other scheme lose
 *       it (CommonMark's own default also lets {@code data:} through);
 *   <li>an image becomes a link to it with its alt text: a page never loads anything from outside
 *       the site;
 *   <li>headings start at level 3, below the page's own {@code h1} and {@code h2}.
 * </ul>
 */
final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .build();

  private Markdown() {}

  /** The HTML of {@code text}; empty for blank text. */
  static String toHtml(String text) {
    if (text.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(text);
    document.accept(new Tame());
    return RENDERER.render(document);
  }

  private static final class Tame extends AbstractVisitor {
    @Override
    public void visit(Heading heading) {
      heading.setLevel(Math.min(6, heading.getLevel() + 2));
      visitChildren(heading);
    }

    @Override
    public void visit(Image image) {
      Link link = new Link(image.getDestination(), image.getTitle());
      Node child = image.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        link.appendChild(child);
        child = next;
      }
      if (link.getFirstChild() == null) {
        // A link needs a name: an image without alt text gets a plain one.
        link.appendChild(new Text("image"));
      }
      image.insertBefore(link);
      image.unlink();
      visitChildren(link);
    }
  }
}
