package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and numbers of Macau residents and the helpers who work for them: Macau romanisation in either order and with
 * a Portuguese given name, Portuguese and Filipino names, Portuguese and Filipino forms of address, a Macau identity
 * card's eight digits after its label; and what is none: a Macau district spelt in the same syllables, a title after
 * a title, capitals that are a dose, eight digits with no card label.
 */
class MacauAndPhilippineNamesTest {
    @Test
    void macauRomanisationInEitherOrderAndWithAPortugueseName() {
        assertThat(found("Employer contact: LAM Weng Si; the son Sau Ngo U stays in Macau; 本人Paulo Chao Wai Hou（BIR）；"
                + "LAO POU I MARIA", EntityKind.NAME))
                .containsExactly("LAM Weng Si", "Sau Ngo U", "Paulo Chao Wai Hou", "LAO POU I MARIA");
        // Districts and streets in the same syllables are no Macau names (other cues may still take them).
        assertThat(new MacauNameDetector().find("She lives in Fai Chi Kei near Lam Mau Tong Street; Ho Man Tin")).isEmpty();
    }

    @Test
    void portugueseAndFilipinoNamesAndTheirTitles() {
        assertThat(found("Contacto: Graça Cerqueira; helper Jovelyn C. Dinglasan; JENNELYN MANUNTAG, passport", EntityKind.NAME))
                .containsExactly("Graça Cerqueira", "Jovelyn C. Dinglasan", "JENNELYN MANUNTAG");
        assertThat(found("Sr./Sra. Chao, a sua consulta; Ma'am Tang, lola has fever; Exmo. Senhor Dr. Colaço,", EntityKind.NAME))
                .containsExactly("Chao", "Tang", "Colaço");
        assertThat(found("MAX DOSE 3 g/day, HIGH RISK", EntityKind.NAME)).isEmpty();
    }

    @Test
    void aMacauCardsEightDigitsOnlyAfterItsLabel() {
        assertThat(found("Her BIR is 71257163; 澳门居民身份证：53922826", EntityKind.ID_NUMBER))
                .containsExactly("71257163", "53922826");
        assertThat(found("批号 71257163，订单 53922826", EntityKind.ID_NUMBER)).isEmpty();
    }
}
