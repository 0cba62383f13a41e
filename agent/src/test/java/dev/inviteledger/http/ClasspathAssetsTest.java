package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClasspathAssetsTest {
    private final ClasspathAssets assets = new ClasspathAssets("/dev/inviteledger/http/test-static");

    @Test
    void servesAFileOfItsDirectory() {
        var asset = assets.find("hello.txt").orElseThrow();
        assertThat(new String(asset.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello static\n");
        assertThat(asset.contentType()).isEqualTo("text/plain;charset=utf-8");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "missing.txt", "../test-static/hello.txt", "./hello.txt", "a/../hello.txt",
            "/hello.txt", "hello.txt/", "sub//hello.txt", ".hidden", "..", "hello.txt?x=1", "hello%2etxt",
            "..\\hello.txt", "hello", "../../../../dev/inviteledger/http/AgentServer.class"})
    void refusesAnythingButAPlainRelativeFileName(String path) {
        assertThat(assets.find(path)).isEmpty();
    }

    @Test
    void neverReachesOutsideItsDirectory() {
        // a class file exists on the classpath next to the directory, but not inside it
        assertThat(new ClasspathAssets("/dev/inviteledger").find("http/AgentServer.class")).isPresent();
        assertThat(assets.find("AgentServer.class")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "app.css, text/css;charset=utf-8",
            "dist/chart.umd.min.js, text/javascript;charset=utf-8",
            "icon.svg, image/svg+xml",
            "favicon.png, image/png",
            "x.PNG, image/png",
            "data.bin, application/octet-stream"})
    void contentTypeFollowsTheExtension(String path, String type) {
        assertThat(ClasspathAssets.contentType(path)).isEqualTo(type);
    }

    @Test
    void routePathTakesTheRestOfThePath() {
        assertThat(ClasspathAssets.routePath("/assets")).isEqualTo("/assets/<path>");
        assertThat(ClasspathAssets.routePath("/vendor/chartjs/")).isEqualTo("/vendor/chartjs/<path>");
    }
}
