package dev.inviteledger.autostart;

import java.io.IOException;
import java.nio.file.Path;

/** Start-the-agent-with-the-session, for one platform. {@link #disable} removes every trace {@link #enable} left. */
public interface Autostart {

    Platform platform();

    /** The file {@link #enable} writes. */
    Path entryFile();

    /** The text {@link #enable} would write. */
    String entryText();

    AutostartOutcome enable() throws IOException;

    AutostartOutcome disable() throws IOException;

    AutostartStatus status();
}
