package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutostartsTest {
    private static final Path HOME = Path.of("/home/ada");
    private static final Optional<LaunchCommand> COMMAND = Optional.of(LaunchCommand.ofLauncher(Path.of("/x"), "test"));

    private static Path entry(Platform platform, Map<String, String> env) {
        return Autostarts.of(platform, env, HOME, COMMAND, new FakeRunner()).entryFile();
    }

    @Test
    void linuxUsesTheXdgConfigHome() {
        assertThat(entry(Platform.LINUX, Map.of())).isEqualTo(Path.of("/home/ada/.config/systemd/user/invite-ledger.service"));
        assertThat(entry(Platform.LINUX, Map.of("XDG_CONFIG_HOME", "/cfg"))).isEqualTo(Path.of("/cfg/systemd/user/invite-ledger.service"));
        // the XDG spec says relative values are invalid
        assertThat(entry(Platform.LINUX, Map.of("XDG_CONFIG_HOME", "cfg"))).startsWithRaw(Path.of("/home/ada/.config"));
    }

    @Test
    void macUsesLaunchAgents() {
        assertThat(entry(Platform.MACOS, Map.of()))
                .isEqualTo(Path.of("/home/ada/Library/LaunchAgents/dev.inviteledger.agent.plist"));
    }

    @Test
    void windowsUsesTheStartupFolderUnderAppData() {
        assertThat(entry(Platform.WINDOWS, Map.of("APPDATA", "/roaming")))
                .isEqualTo(Path.of("/roaming/Microsoft/Windows/Start Menu/Programs/Startup/Invite Ledger.cmd"));
        assertThat(entry(Platform.WINDOWS, Map.of())).startsWithRaw(Path.of("/home/ada/AppData/Roaming"));
    }

    @Test
    void platformFromOsName() {
        assertThat(Platform.fromOsName("Linux")).isEqualTo(Platform.LINUX);
        assertThat(Platform.fromOsName("Mac OS X")).isEqualTo(Platform.MACOS);
        assertThat(Platform.fromOsName("Windows 11")).isEqualTo(Platform.WINDOWS);
        assertThat(Platform.fromOsName("FreeBSD")).isEqualTo(Platform.LINUX);
    }
}
