package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The site in a real browser: headless Chromium opens it from {@code file://}, follows its links,
 * uses the compare picker, and runs axe-core inside each kind of page. The hostile fixture opens no
 * dialog and runs no script.
 */
@ExtendWith(ChromiumAvailable.class)
class BrowserTest {
  /** The screenshots the docs show; {@code -Dsite.screenshots.docs=true} copies them there. */
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static final Path DOCS_IMAGES = Path.of("..", "docs", "images");

  @TempDir static Path temp;
  static Path example;
  static Path hostile;
  static ChromeDriverService service;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    example = temp.resolve("example");
    hostile = temp.resolve("hostile");
    Sites.render(Sites.example(), SiteOptions.defaults(), example);
    Sites.render(Sites.fixture("hostile"), new SiteOptions(true, true), hostile);
    // The driver and the browser are given: Selenium Manager has nothing to look up or fetch.
    System.setProperty("webdriver.chrome.driver", ChromiumAvailable.CHROMEDRIVER.toString());
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1100",
        "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile"));
    // An alert the page might raise stays open for the test to find, rather than being dismissed.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @BeforeEach
  void clearTheConsole() {
    if (browser != null) {
      browser.manage().logs().get(LogType.BROWSER);
    }
  }

  private static void open(Path site, String page) {
    browser.get(site.resolve(page).toUri().toString());
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** What the console said since the last call, at warning level or worse. */
  private static List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /** Every resource the page loaded: each must be a file of the site. */
  @SuppressWarnings("unchecked")
  private static List<String> resources() {
    return (List<String>)
        js(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
  }

  @Test
  void the_index_opens_from_a_file_url_with_its_styles_and_its_script() {
    open(example, "index.html");

    assertThat(browser.getTitle()).isEqualTo("Example Engineering Ladder");
    // the stylesheet applied, and the picker script ran and showed the picker
    assertThat(browser.findElement(By.cssSelector("th")).getCssValue("background-color"))
        .isEqualTo("rgba(243, 245, 248, 1)");
    assertThat(browser.findElement(By.id("compare-picker")).isDisplayed()).isTrue();
    assertThat(resources())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r).startsWith(example.toUri().toString()));
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void a_level_link_of_the_index_opens_the_level_page() {
    open(example, "index.html");
    browser.findElement(By.linkText("VP of Engineering")).click();

    assertThat(browser.getCurrentUrl()).endsWith("/levels/vp-engineering.html");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("VP of Engineering");
    assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar.on"))).isNotEmpty();
    assertThat(resources()).allSatisfy(r -> assertThat(r).startsWith(example.toUri().toString()));
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void the_picker_opens_the_compare_page_chosen() {
    open(example, "compare/director-engineering--vp-engineering.html");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Director of Engineering \u2192 VP of Engineering");

    new Select(browser.findElement(By.id("compare-step")))
        .selectByVisibleText("VP of Engineering \u2192 Chief Technology Officer");
    browser.findElement(By.cssSelector("#compare-picker button")).click();

    assertThat(browser.getCurrentUrl()).endsWith("/compare/vp-engineering--cto.html");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("VP of Engineering \u2192 Chief Technology Officer");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void every_page_loads_only_files_of_the_site_and_logs_no_error() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : Sites.render(Sites.example(), SiteOptions.defaults(), example).pages()) {
      open(example, page);
      resources().stream()
          .filter(r -> !r.startsWith(example.toUri().toString()))
          .forEach(r -> problems.add(page + " loaded " + r));
      consoleProblems().forEach(p -> problems.add(page + ": " + p));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void screenshots_of_the_index_and_of_a_compare_page() throws IOException {
    Files.createDirectories(SHOTS);
    // tall enough for the overview and the progression map together
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1750));
    open(example, "index.html");
    Path index = SHOTS.resolve("site-index.png");
    Files.write(index, browser.getScreenshotAs(OutputType.BYTES));
    open(example, "compare/director-engineering--vp-engineering.html");
    Path compare = SHOTS.resolve("site-compare.png");
    Files.write(compare, browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));

    assertThat(index).isNotEmptyFile();
    assertThat(Files.readAllBytes(compare)).startsWith(0x89, 'P', 'N', 'G');
    if (Boolean.getBoolean("site.screenshots.docs")) {
      Files.createDirectories(DOCS_IMAGES);
      Files.copy(
          index, DOCS_IMAGES.resolve(index.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          compare, DOCS_IMAGES.resolve(compare.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void axe_finds_no_serious_or_critical_violation_on_any_kind_of_page() throws IOException {
    String axe = axeScript();
    List<String> violations = new ArrayList<>();
    for (String page :
        List.of(
            "index.html",
            "levels/vp-engineering.html",
            "levels/senior-engineer.html",
            "compare/director-engineering--vp-engineering.html",
            "tracks/management.html")) {
      open(example, page);
      js(axe);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> found =
          (List<Map<String, Object>>)
              ((JavascriptExecutor) browser)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "axe.run(document, {resultTypes: ['violations']})"
                          + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                          + " help: v.help, nodes: v.nodes.length}))))"
                          + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: 0}]));");
      for (Map<String, Object> v : found) {
        if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
          violations.add(page + ": " + v);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  private static String axeScript() throws IOException {
    // com.deque.html.axe-core:selenium bundles the axe-core build it drives.
    try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertThat(in).as("axe.min.js on the test class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_hostile_ladder_opens_no_dialog_and_runs_no_script_of_its_own() {
    // Record any dialog a page would open, before the page's own code runs.
    browser.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__dialogs = [];"
                + "for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {"
                + "  window[name] = function () { window.__dialogs.push(name); };"
                + "}"));
    List<String> ran = new ArrayList<>();
    for (String page :
        List.of(
            "index.html",
            "levels/one.html",
            "levels/two.html",
            "compare/one--two.html",
            "tracks/ic.html")) {
      open(hostile, page);
      assertThatThrownBy(() -> browser.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
      Object dialogs = js("return window.__dialogs.length;");
      Object handlers =
          js("return document.querySelectorAll('[onerror],[onload],[onclick],img,iframe').length;");
      Object scripts = js("return document.scripts.length;");
      if (((Number) dialogs).intValue() != 0
          || ((Number) handlers).intValue() != 0
          || ((Number) scripts).intValue() > 1) {
        ran.add(page + ": dialogs " + dialogs + ", handlers " + handlers + ", scripts " + scripts);
      }
      // clicking the summary's neutralised links goes nowhere outside the site
      if (page.equals("levels/one.html")) {
        int neutralised = browser.findElements(By.cssSelector(".summary a[href='']")).size();
        assertThat(neutralised).isEqualTo(4);
        for (int i = 0; i < neutralised; i++) {
          // an empty href reloads the page itself: find the links anew each time
          browser.findElements(By.cssSelector(".summary a[href='']")).get(i).click();
          assertThatThrownBy(() -> browser.switchTo().alert())
              .isInstanceOf(NoAlertPresentException.class);
        }
        assertThat(browser.getCurrentUrl()).startsWith(hostile.toUri().toString());
      }
    }
    assertThat(ran).isEmpty();
  }
}
