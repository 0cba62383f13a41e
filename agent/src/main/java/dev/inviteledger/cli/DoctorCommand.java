package dev.inviteledger.cli;

import dev.inviteledger.autostart.Autostarts;
import dev.inviteledger.autostart.RunningJar;
import dev.inviteledger.config.AppInfo;
import dev.inviteledger.config.DataDirectory;
import dev.inviteledger.doctor.AutostartCheck;
import dev.inviteledger.doctor.BundledExtension;
import dev.inviteledger.doctor.CheckResult;
import dev.inviteledger.doctor.DataDirectoryCheck;
import dev.inviteledger.doctor.DatabaseIntegrityCheck;
import dev.inviteledger.doctor.Doctor;
import dev.inviteledger.doctor.Doctor.NamedCheck;
import dev.inviteledger.doctor.PairingCheck;
import dev.inviteledger.doctor.PortCheck;
import dev.inviteledger.doctor.SchemaVersionCheck;
import dev.inviteledger.doctor.VersionsCheck;
import dev.inviteledger.ledger.Ledger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code doctor}: looks at port, data directory, ledger, pairing, versions and autostart; says what to do. */
@Command(name = "doctor",
        description = "Check the installation and say, in plain words, what needs doing. Exits 1 when something needs your action.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--port", paramLabel = "N", description = "The agent's port (default: ${DEFAULT-VALUE}).")
    int port = AppInfo.DEFAULT_PORT;

    @Override
    public Integer call() {
        Path dir = dataDir.directory();
        Path database = dir.resolve(DataDirectory.DATABASE_FILE);
        Optional<Path> extensionZip = RunningJar.find().map(Path::getParent).flatMap(BundledExtension::find);
        Doctor doctor = new Doctor(List.of(
                new NamedCheck("port", new PortCheck(port, AppInfo.version())),
                new NamedCheck("data", new DataDirectoryCheck(dir)),
                new NamedCheck("database", new DatabaseIntegrityCheck(database)),
                new NamedCheck("schema", new SchemaVersionCheck(database, Ledger.latestSchemaVersion())),
                new NamedCheck("pairing", new PairingCheck(database, port)),
                new NamedCheck("versions", new VersionsCheck(AppInfo.version(), extensionZip)),
                new NamedCheck("autostart", new AutostartCheck(Autostarts.forThisMachine(Optional.empty())))));
        List<CheckResult> results = doctor.run();
        PrintWriter out = spec.commandLine().getOut();
        results.forEach(r -> out.println(r.line()));
        int exit = Doctor.exitCode(results);
        out.println(exit == 0 ? "Nothing needs your action." : "Something above (FAIL) needs your action.");
        out.flush();
        return exit;
    }
}
