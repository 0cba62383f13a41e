package dev.inviteledger.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Routes only tests register: what the lead's modules will look like, plus a failing and a slow one. */
final class TestRoutes implements RouteModule {
    final AtomicInteger writes = new AtomicInteger();
    final CountDownLatch slowEntered = new CountDownLatch(1);
    final CountDownLatch slowRelease = new CountDownLatch(1);
    /** Runs on the server's thread once the slow handler has answered: orders it against the server's stop. */
    volatile Runnable slowAnswered = () -> {};

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/test/boom", Access.PUBLIC, ctx -> {
            throw new IllegalStateException("secret detail from /home/someone/ledger.sqlite");
        });
        routes.post("/api/v1/test/echo", Access.TOKEN, ctx -> {
            EchoBody body = JsonBody.read(ctx, EchoBody.class);
            writes.incrementAndGet();
            ctx.json(body);
        });
        routes.multipartPost("/api/v1/test/upload", Access.TOKEN, ctx -> {
            writes.incrementAndGet();
            ctx.json(new EchoBody(String.valueOf(ctx.uploadedFiles().size())));
        });
        routes.formPost("/test/form", ctx -> {
            writes.incrementAndGet();
            ctx.result("saved " + ctx.formParam("value"));
        });
        routes.get("/api/v1/test/slow", Access.PUBLIC, ctx -> {
            slowEntered.countDown();
            if (!slowRelease.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the slow request");
            }
            ctx.result("finished");
            slowAnswered.run();
        });
        routes.staticFiles("/dev/inviteledger/http/test-static", "/assets");
    }

    record EchoBody(String text) {}
}
