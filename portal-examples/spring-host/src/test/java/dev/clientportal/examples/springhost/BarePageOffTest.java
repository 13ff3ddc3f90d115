package dev.clientportal.examples.springhost;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** By default ({@code portal.benchmark.bare-page} unset) there is no bare benchmark page: its path answers 404. */
class BarePageOffTest extends RunningHost {

    @Test
    void theBarePage_isAbsentByDefault() {
        TestBrowser.Page page = browser().get(BarePageController.PATH);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Your account");
    }
}
