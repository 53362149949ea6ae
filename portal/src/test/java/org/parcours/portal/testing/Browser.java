package org.parcours.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven as a person would: every page it shows is checked with axe-core
 * against WCAG 2.1 A and AA before the test goes on.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    try {
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile-"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (TimeoutException e) {
      keepPageForDiagnosis();
      throw e;
    }
  }

  /** Leaves what the browser showed in target/browser-failures, for whoever reads the report. */
  private void keepPageForDiagnosis() {
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
      Path page = Files.createTempFile(folder, "page-", ".html");
      Files.writeString(page, driver.getCurrentUrl() + "\n" + driver.getPageSource());
      Files.write(
          Path.of(page.toString().replace(".html", ".png")),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // The test fails anyway; a missing diagnosis must not hide its real reason.
      System.err.println("Could not keep the failed page: " + e);
    }
  }

  /** Waits until the element shows {@code text}, such as suggestions arriving as one types. */
  public void expectText(String css, String text) {
    try {
      wait.until(d -> {
        try {
          return d.findElement(By.cssSelector(css)).getText().contains(text);
        } catch (NoSuchElementException | StaleElementReferenceException e) {
          return false;
        } catch (WebDriverException e) {
          // Chromium, while a form's answer replaces the page, may report the element's node as
          // gone from the document: the next poll reads the new page.
          if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
            return false;
          }
          throw e;
        }
      });
    } catch (TimeoutException e) {
      keepPageForDiagnosis();
      throw e;
    }
  }

  /** Clicks the label that holds {@code text}, as a person ticks a box by its label. */
  public void clickLabel(String text) {
    try {
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//label[contains(., " + xpathLiteral(text) + ")]")))
          .click();
    } catch (TimeoutException e) {
      keepPageForDiagnosis();
      throw e;
    }
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String css) {
    find(css).click();
  }

  /** Waits until the page's main heading reads {@code heading}, then checks accessibility. */
  public void expectPage(String heading) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), heading));
    assertAccessible();
  }

  /** Fills the identity provider's real login form. */
  public void signInAtProvider(String user) {
    find("#username");
    assertAccessible();
    type("#username", user);
    type("#password", user);
    click("#kc-login");
  }

  public void assertAccessible() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    assertThat(results.getViolations())
        .as("axe-core violations on %s", driver.getCurrentUrl())
        .extracting(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp())
        .isEmpty();
  }

  public String pageText() {
    return find("body").getText();
  }

  public String attribute(String css, String name) {
    return find(css).getAttribute(name);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
