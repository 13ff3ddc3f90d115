package dev.clientportal.examples.springhost;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableStatus;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.DemoCheckout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The walk a new user takes, in Debian's Chromium at a phone's width (390 px): ask for a sign-in link, open it from
 * the dev mailbox, press Continue, see the balance, open an invoice (the business then sees the view), list the paid
 * invoices; and a client paying an overdue invoice, then one installment of a scheduled one, through the demo
 * checkout; an approver asking for changes, the business uploading a new version and asking again, the approver
 * approving it; a client accepting a quote with a typed name, sharing a file and downloading the same bytes, asking
 * for a statement (the page says it is being prepared), and opening every client page at that width; and a staff
 * member writing and issuing an invoice, then opening every business page at that width. Each page's picture is kept
 * (see {@link #SCREENSHOTS}). Under {@code CI=true} a missing browser fails the test; elsewhere it is skipped with the
 * install command.
 */
class BrowserWalkTest extends RunningHost {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";
    /** A desktop browser's user agent: the portal counts views of headless browsers as link scanners. */
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Safari/537.36";

    /** The system property naming the folder the pages' pictures are written to. */
    static final String SCREENSHOTS = "portal.screenshots";

    private static final String ACCESSIBILITY = accessibilityCheck();

    private WebDriver driver;
    @TempDir
    Path downloads;

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
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
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
    void aClientSignsInFromTheMailbox_seesTheBalance_andOpensAnInvoice_whichTheBusinessSeesViewed()
            throws IOException {
        Invoice overdue = invoiceStarting("Globex Corporation", "Website design");
        String paid = invoiceStarting("Globex Corporation", "Brand identity workshop").number();
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, overdue.id());
        long viewsBefore = portal.analytics().engagement(owner(), document).map(DocumentEngagement::humanViews)
                .orElse(0L);

        driver.get("http://localhost:" + PORT + "/");
        assertFitsTheScreen("home");
        driver.findElement(By.id("demo-sign-in")).click();
        assertFitsTheScreen("sign-in");
        driver.findElement(By.id("email")).sendKeys(DemoWorkspace.ANA);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("sent")).getText()).contains("a sign-in link is on its way");
        assertFitsTheScreen("sign-in-sent");

        driver.get("http://localhost:" + PORT + "/dev/mailbox");
        assertFitsTheScreen("mailbox");
        WebElement mail = driver.findElements(By.cssSelector("article.mail")).stream()
                .filter(article -> article.findElement(By.className("recipient")).getText().equals(DemoWorkspace.ANA))
                .findFirst().orElseThrow();
        mail.findElement(By.className("mail-link")).click();
        assertThat(driver.getCurrentUrl()).contains("/sign-in?token=");
        assertFitsTheScreen("sign-in-continue");
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
    void aClientPaysAnOverdueInvoiceThroughTheDemoCheckout_andOneInstallmentOfAScheduledOne() throws IOException {
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

    @Test
    void anApproverAsksForChanges_theBusinessUploadsANewVersion_andTheApproverApprovesIt() throws Exception {
        Reviewer reviewer = newReviewer();
        Deliverable logo = portal.approvals().create(owner(), CreateDeliverable.forClient(reviewer.client().id(),
                "Logo concepts"));
        portal.approvals().addVersion(owner(), AddVersion.of(logo.id(), "Three directions"),
                new FileUpload("logo-v1.txt", "text/plain", new ByteArrayInputStream(bytes("First concepts"))));
        portal.approvals().requestApproval(owner(), RequestApproval.fromAny(logo.id(), reviewer.contact().id()));

        signInAs(reviewer.contact());
        driver.findElement(By.id("pending-approvals")).click();
        driver.findElement(By.partialLinkText("Logo concepts, version 1")).click();
        assertFitsTheScreen("deliverable");
        driver.findElement(By.id("change-comment")).sendKeys("Warmer colours, please");
        driver.findElement(By.cssSelector("#changes-form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("notice")).getText()).contains("change request was sent");
        assertThat(driver.findElement(By.id("deliverable-status")).getText()).isEqualTo("changes requested");

        signInAsStaff();
        driver.get("http://localhost:" + PORT + "/staff/clients/" + reviewer.client().id());
        driver.findElement(By.id("version-file-" + logo.id())).sendKeys(file("logo-v2.txt", "Warmer concepts")
                .toString());
        driver.findElement(By.id("version-note-" + logo.id())).sendKeys("Warmer colours");
        driver.findElement(By.cssSelector("[data-deliverable='" + logo.id() + "'] form button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-deliverable='" + logo.id() + "']"), "Version 2: logo-v2.txt"));
        new Select(driver.findElement(By.id("approver-" + logo.id())))
                .selectByVisibleText(reviewer.contact().name());
        driver.findElement(By.cssSelector("[data-deliverable='" + logo.id() + "'] form.approval-request button"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-deliverable='" + logo.id() + "'] .badge"), "in review"));
        assertFitsTheScreen();

        signInAs(reviewer.contact());
        driver.findElement(By.id("pending-approvals")).click();
        driver.findElement(By.partialLinkText("Logo concepts, version 2")).click();
        assertThat(driver.findElement(By.id("version-note")).getText()).isEqualTo("Warmer colours");
        driver.findElement(By.id("typed-name")).sendKeys(reviewer.contact().name());
        driver.findElement(By.cssSelector("#approve-form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("notice")).getText()).contains("approval is recorded");
        assertThat(driver.findElement(By.id("deliverable-status")).getText()).isEqualTo("approved");
        assertFitsTheScreen();
        assertThat(portal.approvals().get(owner(), logo.id()).status()).isEqualTo(DeliverableStatus.APPROVED);
    }

    @Test
    void aClientSignsAQuote_sharesAndDownloadsAFile_asksForAStatement_andEveryClientPageFitsAPhone()
            throws Exception {
        Reviewer reviewer = newReviewer();
        Quote quote = portal.quotes().send(owner(), portal.quotes().createDraft(owner(), DraftQuote.forClient(
                reviewer.client().id()).line("Website redesign", "1", "project", Money.of("3200.00", USD))
                .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30))).id());

        signInAs(reviewer.contact());
        assertFitsTheScreen("dashboard");
        driver.findElement(By.linkText("Quotes")).click();
        assertFitsTheScreen("quotes");
        driver.findElement(By.linkText(quote.number())).click();
        assertThat(driver.findElement(By.id("quote-total")).getText()).isEqualTo("USD 3,200.00");
        assertFitsTheScreen("quote");
        driver.findElement(By.id("typed-name")).sendKeys(reviewer.contact().name());
        driver.findElement(By.cssSelector("#accept-form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("notice")).getText()).contains("the quote is accepted");
        assertThat(driver.findElement(By.id("quote-status")).getText()).isEqualTo("accepted");
        assertThat(portal.quotes().get(owner(), quote.id()).decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(QuoteDecision.Kind.ACCEPTED);
            assertThat(decision.evidence().typedName()).isEqualTo(reviewer.contact().name());
        });

        byte[] brief = bytes("Brand brief: tone friendly, colours warm, launch in May.");
        driver.findElement(By.linkText("Files")).click();
        driver.findElement(By.id("upload-file")).sendKeys(file("brand-brief.txt", brief).toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        driver.findElement(By.linkText("brand-brief.txt")).click();
        Path downloaded = downloads.resolve("brand-brief.txt");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(done -> Files.exists(downloaded));
        assertThat(downloaded).hasBinaryContent(brief);
        assertFitsTheScreen("files");

        for (String page : List.of("invoices", "payments", "deliverables", "agreements", "messages", "statement")) {
            driver.get("http://localhost:" + PORT + "/portal/" + page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            assertFitsTheScreen(page);
        }
        WebElement preparing = driver.findElement(By.id("statement-preparing"));
        assertThat(preparing.isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#statement-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(preparing));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(done -> {
            try (var pdfs = Files.list(downloads)) {
                return pdfs.anyMatch(file -> file.toString().endsWith(".pdf"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        driver.get("http://localhost:" + PORT + "/portal/invoices/" + issuedInvoicesOf(reviewer.client().name())
                .get(0).id());
        assertFitsTheScreen("invoice");
        Agreement licence = portal.agreements().send(owner(), portal.agreements().createDraft(owner(),
                new DraftAgreement(reviewer.client().id(), "Artwork licence", AgreementDocument.text(
                        "The client may use the artwork in print and online."), List.of(reviewer.contact().id())))
                .id());
        driver.get("http://localhost:" + PORT + "/portal/agreements/" + licence.id());
        assertFitsTheScreen("agreement");
        MessageThread thread = portal.messaging().startThread(owner(), reviewer.client().id(),
                NewThread.titled("Sketches", MessageContent.text("The first sketches are in your files.")));
        driver.get("http://localhost:" + PORT + "/portal/messages/" + thread.id());
        assertFitsTheScreen("thread");
        driver.get("http://localhost:" + PORT + "/portal/invoices/" + UUID.randomUUID());
        assertThat(driver.findElement(By.tagName("main")).getAttribute("data-error-code"))
                .isEqualTo("invoice.not_found");
        assertFitsTheScreen("not-found");
    }

    /** Signs the contact in from an invitation link in this browser, leaving any other session behind. */
    private void signInAs(Contact contact) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PORT + "/sign-in?token="
                + portal.access().invite(owner(), contact.id()).token());
        driver.findElement(By.id("continue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal"));
    }

    /**
     * Takes over the tests' shared staff session in this browser (staff sign-ins are limited per address), leaving
     * any contact's session behind.
     */
    private void signInAsStaff() {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PORT + "/css/portal.css");
        HttpCookie session = signedInAsStaff().cookie("JSESSIONID").orElseThrow();
        driver.manage().addCookie(new Cookie(session.getName(), session.getValue(), "/"));
    }

    /** A client of its own with an approver, so that deciding leaves the demo's figures as other tests expect them. */
    private Reviewer newReviewer() {
        Client client = newPayingClient().client();
        return new Reviewer(client, portal.clients().addContact(owner(), new AddContact(client.id(), "Rae Reviewer",
                "rae-" + client.id() + "@payer.example", Set.of(Role.APPROVER))));
    }

    /**
     * A client and its approver.
     *
     * @param client  the client
     * @param contact its contact with the APPROVER role
     */
    private record Reviewer(Client client, Contact contact) {
    }

    private Path file(String name, String text) throws IOException {
        return file(name, bytes(text));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("upload");
        return Files.write(folder.resolve(name), content);
    }

    private static String accessibilityCheck() {
        try (var script = BrowserWalkTest.class.getResourceAsStream("/browser/accessibility.js")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** From an invoice page: "Pay now", the demo checkout shows the amount, "Pay", and back on the invoice. */
    private void payThroughTheDemoCheckout(String amount) throws IOException {
        driver.findElement(By.id("pay-now")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/demo-checkout/"));
        assertThat(driver.findElement(By.id("checkout-amount")).getText()).isEqualTo(amount);
        assertFitsTheScreen("demo-checkout");
        driver.findElement(By.id("demo-pay")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("checkout=returned"));
    }

    @Test
    void aStaffMemberWritesAndIssuesAnInvoice_andEveryBusinessPageFitsAPhone() throws Exception {
        PayingClient payer = newPayingClient();
        driver.get("http://localhost:" + PORT + "/staff/sign-in");
        assertFitsTheScreen("staff-sign-in");
        driver.findElement(By.id("email")).sendKeys(StaffExportsTest.STAFF);
        driver.findElement(By.id("password")).sendKeys(StaffExportsTest.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/staff$"));
        assertFitsTheScreen("staff-exports");

        driver.get("http://localhost:" + PORT + "/staff/invoices/new?client=" + payer.client().id());
        driver.findElement(By.id("description-0")).sendKeys("Workshop");
        driver.findElement(By.id("quantity-0")).sendKeys("3");
        driver.findElement(By.id("unit-0")).sendKeys("h");
        driver.findElement(By.id("price-0")).sendKeys("80.00");
        driver.findElement(By.id("tax-rate")).sendKeys("20");
        assertFitsTheScreen("staff-invoice-new");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("issue")));
        driver.findElement(By.id("issue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("invoice-status"), "open"));
        assertThat(driver.findElement(By.id("invoice-total")).getText()).isEqualTo("USD 288.00");
        assertFitsTheScreen("staff-invoice");

        List<Map.Entry<String, String>> pages = List.of(Map.entry("clients", "/staff/clients"),
                Map.entry("client", "/staff/clients/" + client("Globex Corporation").id()),
                Map.entry("invoices", "/staff/invoices"),
                Map.entry("overdue-invoice", "/staff/invoices/" + payer.overdue().id()),
                Map.entry("follow-ups", "/staff/follow-ups"), Map.entry("receivables", "/staff/receivables"),
                Map.entry("audit", "/staff/audit?verify=true"));
        for (Map.Entry<String, String> page : pages) {
            driver.get("http://localhost:" + PORT + page.getValue());
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
            assertFitsTheScreen("staff-" + page.getKey());
        }
        assertThat(driver.findElement(By.id("verification")).getText()).startsWith("OK");
    }

    /**
     * As {@link #assertFitsTheScreen()}, and the page reads well to everyone ({@code browser/accessibility.js}: a
     * language, one main landmark, labelled fields, named controls, alt text, text contrast of 4.5:1); when the system
     * property {@value #SCREENSHOTS} names a folder, the page's picture is kept there as {@code name.png} (the
     * README's gallery is made so).
     */
    private void assertFitsTheScreen(String name) throws IOException {
        String folder = System.getProperty(SCREENSHOTS, "");
        if (!folder.isBlank()) {
            Path pictures = Files.createDirectories(Path.of(folder));
            Files.write(pictures.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        assertFitsTheScreen();
        Object problems = ((JavascriptExecutor) driver).executeScript(ACCESSIBILITY);
        assertThat((List<?>) problems).as("accessibility of the %s page", name).isEmpty();
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
