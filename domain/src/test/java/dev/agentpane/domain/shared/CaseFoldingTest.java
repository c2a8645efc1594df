package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFoldingTest {
    @Test
    void folds_ascii_and_other_scripts_alike() {
        assertThat(CaseFolding.fold("Deploy PIPELINE")).isEqualTo("deploy pipeline");
        assertThat(CaseFolding.fold("ÜBER Größe")).isEqualTo(CaseFolding.fold("über GRÖSSE"));
        assertThat(CaseFolding.fold("ΟΔΟΣ")).isEqualTo(CaseFolding.fold("οδος")).isEqualTo(CaseFolding.fold("οδoς".replace('o', 'ο')));
    }

    @Test
    void keeps_what_has_no_case_and_null() {
        assertThat(CaseFolding.fold("100% snake_case 工作流 🔁")).isEqualTo("100% snake_case 工作流 🔁");
        assertThat(CaseFolding.fold(null)).isNull();
    }
}
