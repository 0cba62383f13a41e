package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.config.AppInfo;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigTest {

    @Test
    void defaultsTrustOnlyTheShippedExtensionWithAn8MiBLimit() {
        ServerConfig config = ServerConfig.defaults(AppInfo.DEFAULT_PORT);
        assertThat(config.allowedExtensionIds()).containsExactly(AppInfo.EXTENSION_ID);
        assertThat(config.maxBodyBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(config.port()).isEqualTo(27121);
        assertThat(config.stopTimeout()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65_536})
    void refusesImpossiblePorts(int port) {
        assertThatThrownBy(() -> ServerConfig.defaults(port)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "", "MHJNMDODFJEAGGEDJKKIAMEBOFJNNDFI", "mhjnmdodfjeaggedjkkiamebofjnndf", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "mhjnmdodfjeaggedjkkiamebofjnndfi/"})
    void refusesThingsThatAreNotExtensionIds(String id) {
        assertThatThrownBy(() -> ServerConfig.defaults(0).withAllowedExtensionIds(Set.of(id)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANonPositiveBodyLimitAndANegativeStopTimeout() {
        assertThatThrownBy(() -> ServerConfig.defaults(0).withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerConfig.defaults(0).withStopTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
