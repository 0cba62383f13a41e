package dev.inviteledger.autostart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scripted systemctl: answers by the argument list after {@code systemctl --user}; records every call. */
final class FakeRunner implements CommandRunner {
    final List<List<String>> calls = new ArrayList<>();
    private final Map<String, Result> answers = new LinkedHashMap<>();
    private Result otherwise = new Result(0, "", "");

    /** No systemd user session, as in a container or over ssh without lingering. */
    static FakeRunner noUserBus() {
        FakeRunner runner = new FakeRunner();
        runner.otherwise = new Result(1, "", "Failed to connect to bus: No medium found");
        return runner;
    }

    static FakeRunner noSystemctl() {
        FakeRunner runner = new FakeRunner();
        runner.otherwise = new Result(Result.NOT_FOUND, "", "systemctl: cannot run it (No such file or directory)");
        return runner;
    }

    FakeRunner answer(String args, int exit, String stdout) {
        answers.put(args, new Result(exit, stdout, ""));
        return this;
    }

    @Override
    public Result run(List<String> argv) {
        calls.add(List.copyOf(argv));
        String key = String.join(" ", argv.subList(2, argv.size()));
        return answers.getOrDefault(key, otherwise);
    }

    List<String> commands() {
        return calls.stream().map(c -> String.join(" ", c)).toList();
    }
}
