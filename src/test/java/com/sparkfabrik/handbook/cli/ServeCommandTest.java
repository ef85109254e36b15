package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the serve command line get one line and exit code 2, not an internal error. */
class ServeCommandTest {

    @Test
    void portInUseIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Fixtures.Run run =
                    Fixtures.run(
                            "serve",
                            "--source",
                            Fixtures.ROOT.resolve("minimal").toString(),
                            "--port",
                            Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            String prefix = "error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (";
            String suffix =
                    "): choose another --port N (0 picks a free one) or --bind address\n"
                            + "Run 'handbook serve --help' for the options.\n";
            assertTrue(run.err().startsWith(prefix) && run.err().endsWith(suffix), run.err());
        }
    }

    @Test
    void missingSourceFolderIsAUsageError(@TempDir Path temp) {
        Path missing = temp.resolve("missing");
        Fixtures.Run run = Fixtures.run("serve", "--source", missing.toString(), "--port", "0");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals(
                "error: --source "
                        + missing
                        + ": no such folder\nRun 'handbook serve --help' for the options.\n",
                run.err());
    }
}
