package dev.clientportal.core.analytics;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the default view classification, the order they decide in, and how a host adds its own. */
class ViewClassificationPolicyTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String OFFICE = "192.0.2.10";

    private final ViewClassificationPolicy defaults = ViewClassificationPolicy.defaults();

    @Nested
    class InternalViewers {

        @Test
        void aWorkspaceUser_isInternal_whateverTheRequestLooksLike() {
            assertThat(defaults.classify(facts(AccessChannel.STAFF, new ClientRequest(OFFICE, "", "HEAD"),
                    SENT.plusSeconds(1), Optional.of(SENT)))).isEqualTo(ViewClass.INTERNAL);
            assertThat(defaults.classify(facts(AccessChannel.STAFF, browser(), SENT, Optional.empty())))
                    .isEqualTo(ViewClass.INTERNAL);
        }

        @ParameterizedTest
        @EnumSource(value = AccessChannel.class, names = {"SESSION", "DOCUMENT_LINK"})
        void aClientSideChannel_isNotInternal(AccessChannel channel) {
            assertThat(defaults.classify(facts(channel, browser(), SENT, Optional.empty())))
                    .isEqualTo(ViewClass.HUMAN);
        }
    }

    @Nested
    class HeadRequests {

        @Test
        void aHeadRequest_isALinkScanner_evenWithABrowsersUserAgent() {
            assertThat(defaults.classify(facts(AccessChannel.DOCUMENT_LINK,
                    new ClientRequest(OFFICE, PortalFixture.BROWSER, "head"), SENT, Optional.empty())))
                    .isEqualTo(ViewClass.LINK_SCANNER);
        }

        @Test
        void aHeadRequestRightAfterTheSend_isALinkScanner_notAProbableOne() {
            assertThat(defaults.classify(facts(AccessChannel.DOCUMENT_LINK,
                    new ClientRequest(OFFICE, PortalFixture.BROWSER, "HEAD"), SENT.plusSeconds(2), Optional.of(SENT))))
                    .isEqualTo(ViewClass.LINK_SCANNER);
        }
    }

    @Nested
    class KnownScannerAgents {

        @ParameterizedTest
        @ValueSource(strings = {
                "Mozilla/5.0 (compatible; Microsoft SafeLinks URL Detonation)",
                "Microsoft Office Existence Discovery",
                "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
                "Mozilla/5.0 (compatible; Proofpoint URL Defense)",
                "Mimecast URL Protect/2.0",
                "Barracuda Sentinel (EE)",
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "Slackbot 1.0 (+https://api.slack.com/robots)",
                "SLACK-IMGPROXY (+https://api.slack.com/robots)",
                "python-requests/2.31.0",
                "curl/8.5.0"})
        void aKnownScannerOrUnfurler_isALinkScanner(String userAgent) {
            assertThat(defaults.classify(facts(AccessChannel.DOCUMENT_LINK, ClientRequest.get(OFFICE, userAgent),
                    SENT.plus(Duration.ofHours(5)), Optional.of(SENT)))).isEqualTo(ViewClass.LINK_SCANNER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aMissingUserAgent_isALinkScanner(String userAgent) {
            assertThat(defaults.classify(facts(AccessChannel.SESSION, ClientRequest.get(OFFICE, userAgent),
                    SENT, Optional.empty()))).isEqualTo(ViewClass.LINK_SCANNER);
        }

        @Test
        void theSameUserAgentDecidesTheSameWay_everyTime() {
            for (int i = 0; i < 3; i++) {
                assertThat(defaults.classify(facts(AccessChannel.SESSION, ClientRequest.get(OFFICE, "curl/8.5.0"),
                        SENT, Optional.empty()))).isEqualTo(ViewClass.LINK_SCANNER);
                assertThat(defaults.classify(facts(AccessChannel.SESSION, browser(), SENT, Optional.empty())))
                        .isEqualTo(ViewClass.HUMAN);
            }
        }
    }

    @Nested
    class RealBrowsers {

        @ParameterizedTest
        @ValueSource(strings = {
                PortalFixture.BROWSER,
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/17.4 Safari/605.1.15",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/17.4 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
                        + "Safari/537.36 Edg/124.0.2478.80",
                "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"})
        void aBrowserOpeningTheDocumentLaterThanTheSend_isHuman(String userAgent) {
            assertThat(defaults.classify(facts(AccessChannel.DOCUMENT_LINK, ClientRequest.get(OFFICE, userAgent),
                    SENT.plus(Duration.ofMinutes(3)), Optional.of(SENT)))).isEqualTo(ViewClass.HUMAN);
        }

        @Test
        void aBrowserOpeningADocumentNeverSent_isHuman() {
            assertThat(defaults.classify(facts(AccessChannel.SESSION, browser(), SENT, Optional.empty())))
                    .isEqualTo(ViewClass.HUMAN);
        }
    }

    @Nested
    class SendProximity {

        @Test
        void aBrowserViewWithinSecondsOfTheSend_isAProbableScanner() {
            assertThat(classifyAt(SENT.plusSeconds(3))).isEqualTo(ViewClass.PROBABLE_SCANNER);
            assertThat(classifyAt(SENT)).isEqualTo(ViewClass.PROBABLE_SCANNER);
        }

        @Test
        void theProximityEndsAfterTwentySeconds() {
            assertThat(classifyAt(SENT.plus(ViewClassificationPolicy.DEFAULT_SEND_PROXIMITY)))
                    .isEqualTo(ViewClass.PROBABLE_SCANNER);
            assertThat(classifyAt(SENT.plus(ViewClassificationPolicy.DEFAULT_SEND_PROXIMITY).plusNanos(1000)))
                    .isEqualTo(ViewClass.HUMAN);
        }

        @Test
        void aViewBeforeTheLatestSend_isNotMadeSuspectByIt() {
            assertThat(classifyAt(SENT.minusSeconds(1))).isEqualTo(ViewClass.HUMAN);
        }

        @Test
        void theProximityIsARuleOfItsOwn_withItsOwnWindow() {
            ViewRule minute = ViewClassificationPolicy.sendProximity(Duration.ofMinutes(1));

            assertThat(minute.classify(facts(AccessChannel.SESSION, browser(), SENT.plusSeconds(59),
                    Optional.of(SENT)))).contains(ViewClass.PROBABLE_SCANNER);
            assertThat(minute.classify(facts(AccessChannel.SESSION, browser(), SENT.plusSeconds(61),
                    Optional.of(SENT)))).isEmpty();
            assertThat(minute.classify(facts(AccessChannel.SESSION, browser(), SENT, Optional.empty()))).isEmpty();
        }

        private ViewClass classifyAt(Instant at) {
            return defaults.classify(facts(AccessChannel.DOCUMENT_LINK, browser(), at, Optional.of(SENT)));
        }
    }

    @Nested
    class CustomRules {

        private final ViewRule officeNetwork = facts -> facts.request().address().startsWith("192.0.2.")
                ? Optional.of(ViewClass.INTERNAL) : Optional.empty();

        @Test
        void anAddedRule_isTriedBeforeTheDefaults() {
            ViewClassificationPolicy policy = defaults.withRule(officeNetwork);

            assertThat(policy.classify(facts(AccessChannel.SESSION, new ClientRequest(OFFICE, "", "HEAD"), SENT,
                    Optional.of(SENT)))).isEqualTo(ViewClass.INTERNAL);
            assertThat(defaults.classify(facts(AccessChannel.SESSION, new ClientRequest(OFFICE, "", "HEAD"), SENT,
                    Optional.of(SENT)))).isEqualTo(ViewClass.LINK_SCANNER);
        }

        @Test
        void anAddedRuleThatDoesNotDecide_leavesItToTheDefaults() {
            ViewClassificationPolicy policy = defaults.withRule(officeNetwork);

            assertThat(policy.classify(facts(AccessChannel.SESSION, ClientRequest.get("203.0.113.5", "curl/8.5.0"),
                    SENT, Optional.empty()))).isEqualTo(ViewClass.LINK_SCANNER);
            assertThat(policy.classify(facts(AccessChannel.SESSION, ClientRequest.get("203.0.113.5",
                    PortalFixture.BROWSER), SENT, Optional.empty()))).isEqualTo(ViewClass.HUMAN);
        }

        @Test
        void theLastAddedRule_decidesFirst() {
            ViewClassificationPolicy policy = defaults
                    .withRule(facts -> Optional.of(ViewClass.LINK_SCANNER))
                    .withRule(officeNetwork);

            assertThat(policy.classify(facts(AccessChannel.SESSION, browser(), SENT, Optional.empty())))
                    .isEqualTo(ViewClass.INTERNAL);
        }

        @Test
        void aPolicyOfExactlyTheGivenRules_callsEverythingElseHuman() {
            ViewClassificationPolicy onlyHeads = ViewClassificationPolicy.of(ViewClassificationPolicy.headRequests());

            assertThat(onlyHeads.classify(facts(AccessChannel.STAFF, ClientRequest.get(OFFICE, ""), SENT,
                    Optional.of(SENT)))).isEqualTo(ViewClass.HUMAN);
            assertThat(onlyHeads.classify(facts(AccessChannel.STAFF, new ClientRequest(OFFICE, "", "HEAD"), SENT,
                    Optional.of(SENT)))).isEqualTo(ViewClass.LINK_SCANNER);
            assertThat(ViewClassificationPolicy.of().classify(facts(AccessChannel.SESSION,
                    ClientRequest.get(OFFICE, "curl/8.5.0"), SENT, Optional.empty()))).isEqualTo(ViewClass.HUMAN);
        }
    }

    private static ClientRequest browser() {
        return ClientRequest.get(OFFICE, PortalFixture.BROWSER);
    }

    private static ViewFacts facts(AccessChannel channel, ClientRequest request, Instant at,
                                   Optional<Instant> lastSentAt) {
        return new ViewFacts(channel, request, at, lastSentAt);
    }
}
