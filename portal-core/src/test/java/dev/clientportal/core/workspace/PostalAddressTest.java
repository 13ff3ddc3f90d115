package dev.clientportal.core.workspace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostalAddressTest {

    @Test
    void aUsAddressPrintsCityStateAndZipOnOneLine() {
        PostalAddress address = new PostalAddress(List.of("350 Fifth Avenue", "Suite 4100"), "New York", "10118",
                "NY", "US");

        assertThat(address.printLines()).containsExactly("350 Fifth Avenue", "Suite 4100", "New York, NY 10118",
                "US");
    }

    @Test
    void aUkAddressPrintsTheTownThenThePostcodeOnItsOwnLine() {
        PostalAddress address = new PostalAddress(List.of("10 Downing Street"), "London", "SW1A 2AA", "", "GB");

        assertThat(address.printLines()).containsExactly("10 Downing Street", "London", "SW1A 2AA", "GB");
    }

    @Test
    void continentalAddressesPrintThePostalCodeBeforeTheCity() {
        assertThat(PostalAddress.of("Unter den Linden 1", "10117", "Berlin", "DE").printLines())
                .containsExactly("Unter den Linden 1", "10117 Berlin", "DE");
        assertThat(PostalAddress.of("5 rue de Rivoli", "75001", "Paris", "FR").printLines())
                .containsExactly("5 rue de Rivoli", "75001 Paris", "FR");
        assertThat(PostalAddress.of("ul. Floriańska 12", "31-019", "Kraków", "PL").printLines())
                .containsExactly("ul. Floriańska 12", "31-019 Kraków", "PL");
        assertThat(new PostalAddress(List.of("Calle de Alcalá 1"), "Madrid", "28014", "Madrid", "ES").printLines())
                .containsExactly("Calle de Alcalá 1", "28014 Madrid", "Madrid", "ES");
        assertThat(PostalAddress.of("Rua Augusta 1", "1100-048", "Lisboa", "PT").printLines())
                .containsExactly("Rua Augusta 1", "1100-048 Lisboa", "PT");
    }

    @Test
    void missingPartsLeaveNoStraySeparators() {
        assertThat(new PostalAddress(List.of(), "", "10118", "NY", "us").printLines())
                .containsExactly("NY 10118", "us");
        assertThat(new PostalAddress(List.of(), "Springfield", "", "", "US").printLines())
                .containsExactly("Springfield", "US");
        assertThat(PostalAddress.NONE.printLines()).isEmpty();
    }
}
