package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JlinkModulesTest {

    @Test
    void readsBundledAndLeftOutModulesWithTheirReasons() {
        JlinkModules modules = JlinkModules.parse(List.of(
                "# comment",
                "",
                "+java.base   everything",
                "+java.sql    sqlite-jdbc",
                "-java.desktop  only java.beans"));

        assertThat(modules.bundled()).containsExactlyInAnyOrder("java.base", "java.sql");
        assertThat(modules.leftOut()).containsExactly("java.desktop");
        assertThat(modules.addModulesArgument()).isEqualTo("java.base,java.sql");
    }

    @Test
    void aModuleJdepsNeedsThatTheListDoesNotMentionIsReported() {
        JlinkModules modules = JlinkModules.parse(List.of("+java.base x", "-java.desktop y"));

        assertThat(modules.unaccountedFor(Set.of("java.base", "java.desktop", "java.xml", "java.logging")))
                .containsExactly("java.logging", "java.xml");
    }

    @Test
    void everyLineSaysWhy() {
        assertThatThrownBy(() -> JlinkModules.parse(List.of("+java.base x", "+java.sql")))
                .hasMessageContaining("say why java.sql is bundled");
    }

    @Test
    void refusesMalformedOrContradictoryLists() {
        assertThatThrownBy(() -> JlinkModules.parse(List.of("java.base x"))).hasMessageContaining("'+module why'");
        assertThatThrownBy(() -> JlinkModules.parse(List.of("+java.base x", "+java.sql a", "-java.sql b")))
                .hasMessageContaining("both bundled and left out");
        assertThatThrownBy(() -> JlinkModules.parse(List.of("+java.sql a"))).hasMessageContaining("java.base");
    }

    @Test
    void parsesJdepsPrintModuleDeps() {
        assertThat(JlinkModules.parseJdepsOutput("java.base,java.sql,java.net.http\n"))
                .containsExactly("java.base", "java.net.http", "java.sql");
    }

    @Test
    void theShippedListIsValidAndBundlesWhatSqliteAndJettyNeedAtRunTime() throws IOException {
        JlinkModules shipped = JlinkModules.read(Path.of("src/main/packaging/jlink-modules.txt"));

        assertThat(shipped.bundled()).contains("java.base", "java.sql", "jdk.unsupported", "jdk.zipfs", "java.net.http");
        assertThat(shipped.leftOut()).contains("java.desktop");
    }
}
