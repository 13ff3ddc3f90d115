package dev.clientportal.core.analytics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.clientportal.core.access.AccessChannel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells people from link scanners: an ordered list of rules, the first that decides wins, {@link ViewClass#HUMAN}
 * otherwise. Replace it on the {@code ClientPortal} builder, or extend the defaults with {@link #withRule}.
 *
 * <p>The default rules, in order: a workspace user → {@link ViewClass#INTERNAL}; a HEAD request, a missing user
 * agent, or a user agent of a known scanner or unfurler → {@link ViewClass#LINK_SCANNER}; a view within
 * {@link #DEFAULT_SEND_PROXIMITY} of the send → {@link ViewClass#PROBABLE_SCANNER}.
 */
public final class ViewClassificationPolicy {

    /** How soon after a send a view is suspected to come from a scanner. */
    public static final Duration DEFAULT_SEND_PROXIMITY = Duration.ofSeconds(20);

    /**
     * User-agent fragments of email security scanners, link pre-fetchers and chat unfurlers (lower case): Microsoft
     * Safe Links and Teams/Skype previews, Proofpoint, Mimecast, Barracuda, Google's image proxy, Slack, and the
     * usual crawlers and HTTP libraries.
     */
    public static final List<String> KNOWN_SCANNER_AGENTS = List.of("safelinks", "microsoft office existence",
            "skypeuripreview", "proofpoint", "mimecast", "barracuda", "googleimageproxy",
            "google-safety", "slackbot", "slack-imgproxy", "discordbot", "whatsapp", "telegrambot",
            "facebookexternalhit", "linkedinbot", "twitterbot", "bingpreview", "symantec", "trendmicro", "fireeye",
            "forcepoint", "zscaler", "sophos", "ironport", "python-requests", "curl/", "wget/",
            "go-http-client", "okhttp", "apache-httpclient", "headlesschrome", "bot/", "crawler", "spider");

    private final List<ViewRule> rules;

    private ViewClassificationPolicy(List<ViewRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The default rules.
     *
     * @return internal viewers, HEAD requests, known scanner agents, then views close after a send
     */
    public static ViewClassificationPolicy defaults() {
        return new ViewClassificationPolicy(List.of(internalViewers(), headRequests(), knownScannerAgents(),
                sendProximity(DEFAULT_SEND_PROXIMITY)));
    }

    /**
     * A policy of exactly these rules, in order.
     *
     * @param rules the rules, tried in this order
     * @return the policy
     */
    public static ViewClassificationPolicy of(ViewRule... rules) {
        return new ViewClassificationPolicy(List.of(rules));
    }

    /**
     * This policy with one more rule, tried before the existing ones.
     *
     * @param rule the rule to try first
     * @return a new policy with {@code rule} ahead of this one's rules
     */
    public ViewClassificationPolicy withRule(ViewRule rule) {
        List<ViewRule> more = new ArrayList<>(rules.size() + 1);
        more.add(rule);
        more.addAll(rules);
        return new ViewClassificationPolicy(more);
    }

    /**
     * Classifies a view: the first rule that decides, else {@link ViewClass#HUMAN}.
     *
     * @param facts what is known about the view
     * @return the class the first deciding rule assigns, {@link ViewClass#HUMAN} when none decides
     */
    public ViewClass classify(ViewFacts facts) {
        for (ViewRule rule : rules) {
            Optional<ViewClass> decided = rule.classify(facts);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return ViewClass.HUMAN;
    }

    /**
     * Workspace users are internal.
     *
     * @return a rule that classes views over the staff channel as {@link ViewClass#INTERNAL}
     */
    public static ViewRule internalViewers() {
        return facts -> facts.channel() == AccessChannel.STAFF ? Optional.of(ViewClass.INTERNAL) : Optional.empty();
    }

    /**
     * HEAD requests are pre-fetchers: people's browsers GET.
     *
     * @return a rule that classes HEAD requests as {@link ViewClass#LINK_SCANNER}
     */
    public static ViewRule headRequests() {
        return facts -> "HEAD".equals(facts.request().method()) ? Optional.of(ViewClass.LINK_SCANNER)
                : Optional.empty();
    }

    /**
     * Missing user agents and those containing a {@link #KNOWN_SCANNER_AGENTS} fragment are scanners. Verdicts are
     * cached per user agent (Caffeine), since the same few agents repeat all day.
     *
     * @return a rule that classes such user agents as {@link ViewClass#LINK_SCANNER}
     */
    public static ViewRule knownScannerAgents() {
        LoadingCache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(10_000)
                .build(ViewClassificationPolicy::isKnownScanner);
        return facts -> verdicts.get(facts.request().userAgent()) ? Optional.of(ViewClass.LINK_SCANNER)
                : Optional.empty();
    }

    private static boolean isKnownScanner(String userAgent) {
        if (userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : KNOWN_SCANNER_AGENTS) {
            if (agent.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A view within {@code proximity} after the document was sent is a probable scanner until its address returns.
     *
     * @param proximity how long after a send a view is suspect
     * @return a rule that classes such views as {@link ViewClass#PROBABLE_SCANNER}
     */
    public static ViewRule sendProximity(Duration proximity) {
        return facts -> facts.lastSentAt()
                .filter(sent -> !facts.at().isBefore(sent) && !facts.at().isAfter(sent.plus(proximity)))
                .map(sent -> ViewClass.PROBABLE_SCANNER);
    }
}
