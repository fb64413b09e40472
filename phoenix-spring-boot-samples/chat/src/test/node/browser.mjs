// Two headless Chromium pages chat through the sample's own page (phoenix.js in the browser).
//
//   node src/test/node/browser.mjs <baseUrl> [chromiumPath]
//
// Each page gets its own browser context, hence its own session cookie and user. Exits 0 when the message typed in
// one page shows in the other; otherwise prints what went wrong and exits 1. ChatBrowserTests runs it.
import { chromium } from "playwright-core";

const [base, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
const STEP_MS = 10000;

const browser = await chromium.launch({
  executablePath,
  // Playwright gives the browser a fresh temporary --user-data-dir itself (and refuses one among the args).
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  timeout: STEP_MS,
});
try {
  const [alice, bob] = await Promise.all([openChat(), openChat()]);
  const aliceId = await alice.textContent("#user-id");
  const bobId = await bob.textContent("#user-id");
  if (aliceId === bobId) throw new Error(`expected two users, both pages are user ${aliceId}`);
  console.log(`ok two pages joined room:lobby as users ${aliceId} and ${bobId}`);

  await alice.fill("#chat-input", "hello from the browser");
  await alice.click("#chat-form button[type=submit]");
  const shown = await bob.locator("#messages .message").first();
  await shown.waitFor({ timeout: STEP_MS });
  const text = await shown.textContent();
  if (text !== `[${aliceId}] hello from the browser`) {
    throw new Error(`expected "[${aliceId}] hello from the browser" in the other page, came "${text}"`);
  }
  console.log(`ok the other page shows "${text}"`);
  console.log("all steps passed");
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function openChat() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(base + "/");
  await page.waitForSelector('#status[data-state="joined"]');
  return page;
}
