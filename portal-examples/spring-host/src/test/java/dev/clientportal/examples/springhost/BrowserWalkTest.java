package dev.clientportal.examples.springhost;

import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.DemoCheckout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The walk a new user takes, in Debian's Chromium at a phone's width (390 px): ask for a sign-in link, open it from
 * the dev mailbox, press Continue, see the balance, open an invoice (the business then sees the view), list the paid
 * invoices; and a client paying an overdue invoice, then one installment of a scheduled one, through the demo
 * checkout; and a staff member writing and issuing an invoice, then opening every business page at that width.
 * Under {@code CI=true} a missing browser fails the test; elsewhere it is skipped with the install command.
 */
class BrowserWalkTest extends RunningHost {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";
    /** A desktop browser's user agent: the portal counts views of headless browsers as link scanners. */
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Safari/537.36";

    private WebDriver driver;

    @BeforeEach
    void startChromium(@TempDir Path profile) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("Chromium is missing on CI: " + INSTALL + " (.ci/run installs it)");
        }
        assumeTrue(installed, "Chromium is not installed; to run the browser test: " + INSTALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=390,844",
                "--user-agent=" + USER_AGENT);
        // a desktop window cannot be narrower than 500 px; the phone's viewport comes from device emulation
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 3.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aClientSignsInFromTheMailbox_seesTheBalance_andOpensAnInvoice_whichTheBusinessSeesViewed() {
        Invoice overdue = invoiceStarting("Globex Corporation", "Website design");
        String paid = invoiceStarting("Globex Corporation", "Brand identity workshop").number();
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, overdue.id());
        long viewsBefore = portal.analytics().engagement(owner(), document).map(DocumentEngagement::humanViews)
                .orElse(0L);

        driver.get("http://localhost:" + PORT + "/");
        driver.findElement(By.id("demo-sign-in")).click();
        driver.findElement(By.id("email")).sendKeys(DemoWorkspace.ANA);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("sent")).getText()).contains("a sign-in link is on its way");

        driver.get("http://localhost:" + PORT + "/dev/mailbox");
        WebElement mail = driver.findElements(By.cssSelector("article.mail")).stream()
                .filter(article -> article.findElement(By.className("recipient")).getText().equals(DemoWorkspace.ANA))
                .findFirst().orElseThrow();
        mail.findElement(By.className("mail-link")).click();
        assertThat(driver.getCurrentUrl()).contains("/sign-in?token=");
        driver.findElement(By.id("continue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal"));

        assertThat(driver.getCurrentUrl()).endsWith("/portal");
        List<String> amounts = driver.findElements(By.cssSelector(".balance .amount")).stream()
                .map(WebElement::getText).toList();
        assertThat(amounts).containsExactly("USD 7,532.50");
        assertFitsTheScreen();
        driver.findElement(By.linkText(overdue.number())).click();

        assertThat(driver.findElement(By.id("invoice-number")).getText()).isEqualTo("Invoice " + overdue.number());
        assertThat(driver.findElement(By.id("invoice-status")).getText()).isEqualTo("overdue");
        assertThat(driver.findElement(By.id("amount-due")).getText()).isEqualTo("USD 4,532.50");
        assertFitsTheScreen();
        assertThat(portal.analytics().engagement(owner(), document)).hasValueSatisfying(engagement ->
                assertThat(engagement.humanViews()).isEqualTo(viewsBefore + 1));

        driver.findElement(By.linkText("Invoices")).click();
        new Select(driver.findElement(By.id("show"))).selectByValue("PAID");
        driver.findElement(By.cssSelector("form.filter button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("show=PAID"));
        assertThat(driver.findElements(By.cssSelector("table.invoice-list tbody tr a")).stream()
                .map(WebElement::getText).toList()).containsExactly(paid);
        assertFitsTheScreen();
    }

    @Test
    void aClientPaysAnOverdueInvoiceThroughTheDemoCheckout_andOneInstallmentOfAScheduledOne() {
        PayingClient payer = newPayingClient();
        String token = portal.access().invite(owner(), contact(payer.email()).id()).token();
        driver.get("http://localhost:" + PORT + "/sign-in?token=" + token);
        driver.findElement(By.id("continue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal"));

        driver.findElement(By.linkText(payer.overdue().number())).click();
        assertThat(driver.findElement(By.id("invoice-status")).getText()).isEqualTo("overdue");
        payThroughTheDemoCheckout("USD 120.00");
        assertThat(driver.findElement(By.id("invoice-status")).getText()).isEqualTo("paid");
        assertThat(driver.findElement(By.id("amount-due")).getText()).isEqualTo("USD 0.00");
        assertThat(driver.findElements(By.id("pay-now"))).isEmpty();
        WebElement receipt = driver.findElement(By.cssSelector("table.payment-list a.receipt"));
        assertThat(receipt.getText()).isEqualTo("Receipt (PDF)");
        assertThat(receipt.getAttribute("href")).contains("/portal/payments/").endsWith("/receipt");
        assertFitsTheScreen();

        driver.get("http://localhost:" + PORT + "/portal/invoices/" + payer.scheduled().id());
        assertThat(driver.findElement(By.id("pay-now")).getText()).endsWith("USD 500.00");
        payThroughTheDemoCheckout("USD 500.00");
        assertThat(driver.findElement(By.id("invoice-status")).getText()).isEqualTo("partially paid");
        assertThat(driver.findElement(By.id("amount-due")).getText()).isEqualTo("USD 1,000.00");
        assertThat(driver.findElement(By.id("pay-now")).getText()).endsWith("USD 500.00");

        driver.findElement(By.linkText("Payments")).click();
        assertThat(driver.findElements(By.cssSelector("table.payment-list a.receipt"))).hasSize(2);
        assertFitsTheScreen();
    }

    /** From an invoice page: "Pay now", the demo checkout shows the amount, "Pay", and back on the invoice. */
    private void payThroughTheDemoCheckout(String amount) {
        driver.findElement(By.id("pay-now")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/demo-checkout/"));
        assertThat(driver.findElement(By.id("checkout-amount")).getText()).isEqualTo(amount);
        assertFitsTheScreen();
        driver.findElement(By.id("demo-pay")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("checkout=returned"));
    }

    @Test
    void aStaffMemberWritesAndIssuesAnInvoice_andEveryBusinessPageFitsAPhone() throws Exception {
        PayingClient payer = newPayingClient();
        driver.get("http://localhost:" + PORT + "/staff/sign-in");
        driver.findElement(By.id("email")).sendKeys(StaffExportsTest.STAFF);
        driver.findElement(By.id("password")).sendKeys(StaffExportsTest.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/staff$"));

        driver.get("http://localhost:" + PORT + "/staff/invoices/new?client=" + payer.client().id());
        driver.findElement(By.id("description-0")).sendKeys("Workshop");
        driver.findElement(By.id("quantity-0")).sendKeys("3");
        driver.findElement(By.id("unit-0")).sendKeys("h");
        driver.findElement(By.id("price-0")).sendKeys("80.00");
        driver.findElement(By.id("tax-rate")).sendKeys("20");
        assertFitsTheScreen("invoice-new");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("issue")));
        driver.findElement(By.id("issue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("invoice-status"), "open"));
        assertThat(driver.findElement(By.id("invoice-total")).getText()).isEqualTo("USD 288.00");
        assertFitsTheScreen("invoice");

        List<Map.Entry<String, String>> pages = List.of(Map.entry("clients", "/staff/clients"),
                Map.entry("client", "/staff/clients/" + client("Globex Corporation").id()),
                Map.entry("invoices", "/staff/invoices"),
                Map.entry("overdue-invoice", "/staff/invoices/" + payer.overdue().id()),
                Map.entry("follow-ups", "/staff/follow-ups"), Map.entry("receivables", "/staff/receivables"),
                Map.entry("audit", "/staff/audit?verify=true"));
        for (Map.Entry<String, String> page : pages) {
            driver.get("http://localhost:" + PORT + page.getValue());
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
            assertFitsTheScreen(page.getKey());
        }
        assertThat(driver.findElement(By.id("verification")).getText()).startsWith("OK");
    }

    /** As {@link #assertFitsTheScreen()}, keeping the page's picture in {@code target/staff-pages} to look at. */
    private void assertFitsTheScreen(String name) throws IOException {
        Path pictures = Path.of("target/staff-pages");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve(name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertFitsTheScreen();
    }

    /** At 390 px nothing needs sideways scrolling: the page is as wide as the viewport. */
    private void assertFitsTheScreen() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        long viewport = ((Number) script.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(400);
        assertThat(content).as("page width at %d px", viewport).isLessThanOrEqualTo(viewport);
    }
}
