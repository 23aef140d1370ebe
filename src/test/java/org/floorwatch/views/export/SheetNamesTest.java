package org.floorwatch.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void replacesCharactersExcelRefuses() {
        assertThat(SheetNames.sanitise("a[b]c:d*e?f/g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
    }

    @Test
    void cutsToThirtyOneCharacters() {
        assertThat(SheetNames.sanitise("Energy per machine and department, kWh")).hasSize(31)
                .isEqualTo("Energy per machine and departme");
    }

    @Test
    void dropsSurroundingApostrophesAndNamesBlanks() {
        assertThat(SheetNames.sanitise("'Scrap'")).isEqualTo("Scrap");
        assertThat(SheetNames.sanitise("  ")).isEqualTo("Sheet");
        assertThat(SheetNames.sanitise(null)).isEqualTo("Sheet");
    }

    @Test
    void keepsNamesUniqueIgnoringCaseWithinTheLimit() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("Cover")).isEqualTo("Cover");
        assertThat(names.claim("cover")).isEqualTo("cover (2)");
        assertThat(names.claim("Cover")).isEqualTo("Cover (3)");
        String longName = "Tool lifespan against expected hours";
        assertThat(names.claim(longName)).isEqualTo("Tool lifespan against expected");
        assertThat(names.claim(longName)).hasSize(31).isEqualTo("Tool lifespan against expec (2)");
        assertThat(names.claim("History")).isEqualTo("History (2)");
    }
}
