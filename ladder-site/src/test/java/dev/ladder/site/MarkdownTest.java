package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  // CommonMark marks every link it sanitizes rel="nofollow": fine for links a ladder's text writes.
  @Test
  void emphasis_lists_and_links_render() {
    assertThat(Markdown.toHtml("*Leads* [teams](https://example.com)\n\n- one\n- two"))
        .isEqualTo(
            "<p><em>Leads</em> <a rel=\"nofollow\" href=\"https://example.com\">teams</a></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  }

  @Test
  void raw_html_is_escaped_not_passed_through() {
    assertThat(Markdown.toHtml("<script>alert(1)</script>"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    assertThat(Markdown.toHtml("a <b onclick=\"x()\">b</b>"))
        .isEqualTo("<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n");
  }

  @Test
  void script_and_data_links_lose_their_url() {
    assertThat(Markdown.toHtml("[x](javascript:alert(1))"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n");
    assertThat(Markdown.toHtml("[x](JaVaScRiPt:alert(1))"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n");
    assertThat(Markdown.toHtml("[x](data:text/html,hi)"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n");
    assertThat(Markdown.toHtml("[x](vbscript:msgbox)"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n");
    assertThat(Markdown.toHtml("<javascript:alert(1)>"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"\">javascript:alert(1)</a></p>\n");
  }

  @Test
  void relative_and_mail_links_are_kept() {
    assertThat(Markdown.toHtml("[a](../levels/cto.html) [b](mailto:hr@example.com)"))
        .isEqualTo(
            "<p><a rel=\"nofollow\" href=\"../levels/cto.html\">a</a> <a rel=\"nofollow\" href=\"mailto:hr@example.com\">b</a></p>\n");
  }

  @Test
  void an_image_becomes_a_link_so_nothing_is_loaded() {
    assertThat(Markdown.toHtml("![chart](https://example.com/c.png)"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"https://example.com/c.png\">chart</a></p>\n");
    assertThat(Markdown.toHtml("![](https://example.com/c.png)"))
        .isEqualTo("<p><a rel=\"nofollow\" href=\"https://example.com/c.png\">image</a></p>\n");
  }

  @Test
  void headings_start_below_the_page_headings() {
    assertThat(Markdown.toHtml("# Top\n\n##### Deep")).isEqualTo("<h3>Top</h3>\n<h6>Deep</h6>\n");
  }

  @Test
  void a_blank_summary_renders_nothing() {
    assertThat(Markdown.toHtml("  \n")).isEmpty();
  }
}
