import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleEntry } from "../src/bundle";
import { type RunningEmulator, startEmulator } from "../src/emulator";
import { type PageServer, startPageServer } from "../src/page-server";
import { locate } from "../src/locate";
import { scenarioFile } from "../src/paths";
import { requireRuntime } from "../src/require-runtime";
import { expectScenario } from "./expect-scenario";

// Flags for Debian's chromium in a container as root: no sandbox (it needs user namespaces), no GPU,
// and none of the background traffic (updates, sync, first-run pages) a test machine cannot make.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

let emulator: RunningEmulator;
let pages: PageServer;
let browser: Browser;
let bundleInputs: string[];
// A missing Chromium skips each test with the reason (fails on CI: require-runtime.ts). Any other
// setup failure is rethrown by every test, so each one fails with the reason.
const located = locate("chromium");
let setupError: unknown;

beforeAll(async () => {
  if (!located.ok) return;
  try {
    const executablePath = located.path;
    emulator = await startEmulator();
    const bundle = await bundleEntry(scenarioFile("browser.mjs"));
    bundleInputs = bundle.inputs;
    pages = await startPageServer(bundle.code, emulator.url);
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await emulator?.close();
});

describe("headless Chromium", () => {
  it("loads the built packages into the page bundle", (context) => {
    requireRuntime(context, located);
    if (setupError) throw setupError;
    expect(bundleInputs).toEqual(
      expect.arrayContaining(["../../packages/core/dist/index.js", "../../packages/documents/dist/index.js"]),
    );
  });

  // The scenario runs twice: through the page's own origin (a proxy to the emulator), and
  // cross-origin straight at the emulator, which exercises CORS preflights for the SDK's headers.
  it.for([
    ["on the page's origin", true],
    ["cross-origin, through CORS", false],
  ] as const)("runs the scenario in a page, against the emulator %s", async ([_how, sameOrigin], context) => {
    requireRuntime(context, located);
    if (setupError) throw setupError;
    const page = await browser.newPage();
    try {
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      await page.goto(`${pages.origin}/`);
      await page.waitForFunction(() => typeof (window as any).runSmoke === "function", undefined, { timeout: 15_000 });
      const apiOrigin = sameOrigin ? pages.origin : emulator.url;
      const result = await page.evaluate(
        ([origin, token]) => (window as any).runSmoke(origin, token),
        [apiOrigin, emulator.token] as const,
      );
      expect(pageErrors).toEqual([]);
      expectScenario(result, "chromium");
    } finally {
      await page.close();
    }
  });
});
