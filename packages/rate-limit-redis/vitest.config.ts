import { filesNeeding, locateCommand } from "@factify-tools/missing-runtimes";
import { MissingRuntimesReporter } from "@factify-tools/missing-runtimes/reporter";
import { mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

// These files start a real redis-server (REDIS_SERVER or the one on PATH). Where it is missing they
// are left out and reported LOUDLY, with the install command, after the summary and again at the end
// of the root `pnpm test`; under CI=true they run and fail on the missing server instead.
const redisServer = locateCommand(
  process.env.REDIS_SERVER ?? "redis-server",
  "install Debian's redis-server (`apt-get install -y redis-server`, as root) or set REDIS_SERVER to a redis-server binary",
);
const needRedis = filesNeeding(redisServer, [
  "test/store.test.ts",
  "test/fallback.test.ts",
  "test/fleet.test.ts",
  "test/factify.integration.test.ts",
]);

export default mergeConfig(packageTests(), {
  test: {
    // The fleet tests run worker processes; one file at a time keeps them from competing for the CPU.
    fileParallelism: false,
    exclude: needRedis.exclude,
    reporters: ["default", new MissingRuntimesReporter("@factify/rate-limit-redis", needRedis.missing)],
  },
});
