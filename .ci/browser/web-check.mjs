// Drives Debian's chromium (through playwright-core, no browser download) against a running diplocal
// and checks the web pages as a person uses them. Usage: node web-check.mjs BASE_URL SCREENSHOT_DIR
// Prints one line per check and a final "N passed, M failed"; exits 1 when any check failed.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = (process.argv[2] || "http://localhost:8080").replace(/\/$/, "");
const shots = process.argv[3] || ".ci/work/screenshots";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok      ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED  ${name}: ${(e && e.message ? e.message : String(e)).split("\n")[0]}`);
  }
}
function expect(condition, message) {
  if (!condition) { throw new Error(message); }
}
function same(actual, wanted, what) {
  expect(actual === wanted, `${what}: got ${JSON.stringify(actual)}, wanted ${JSON.stringify(wanted)}`);
}

async function api(path) {
  const r = await fetch(base + path, { headers: { Accept: "application/json" } });
  expect(r.ok, `GET ${path} answered ${r.status}`);
  return r.json();
}

// The five buttons and the copy field of one subscribe block, read from the page.
async function buttons(block) {
  const href = async (client) => block.locator(`[data-client="${client}"]`).first().getAttribute("href");
  return {
    webcal: await href("webcal"), google: await href("google"), googleAddByUrl: await href("google-addbyurl"),
    outlook: await href("outlook"), office365: await href("office365"),
    https: await block.locator('input[data-client="https"]').first().inputValue(),
  };
}
function sameLinks(shown, feeds, what) {
  for (const k of ["webcal", "google", "googleAddByUrl", "outlook", "office365", "https"]) {
    same(shown[k], feeds[k], `${what} ${k}`);
  }
}

// The server may still be starting: wait up to a minute for it to say it is ready.
async function waitForServer() {
  for (let i = 0; i < 60; i++) {
    try {
      const r = await fetch(base + "/q/health/ready");
      if (r.ok) { return; }
    } catch (e) { /* not listening yet */ }
    await new Promise((done) => setTimeout(done, 1000));
  }
  console.log(`FAILED  the server at ${base} did not become ready within 60 s`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
await waitForServer();

mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "diplocal-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, args: flags, viewport: { width: 1280, height: 900 },
});
const problems = [];
context.on("console", (m) => { if (m.type() === "error") { problems.push(m.text()); } });
context.on("weberror", (e) => problems.push(String(e.error())));
try {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
} catch (e) { /* clipboard check reports it */ }
const page = context.pages()[0] || await context.newPage();

const [officials, countries, topics] = await Promise.all([api("/api/officials"), api("/api/countries"), api("/api/topics")]);
// The SCM of 4 Nov 2025 as the engine drew it from the seed reports: its title and evidence come from the API.
const engagements = (await api("/api/engagements?limit=500")).engagements;
const scm = engagements.find((e) => e.title.includes("Security Consultative Meeting") && e.start === "2025-11-04");
const feedsByHref = new Map();
officials.forEach((o) => feedsByHref.set(`/officials/${o.slug}`, o.feeds));
countries.forEach((c) => feedsByHref.set(`/countries/${c.iso2.toLowerCase()}`, c.feeds));
topics.forEach((t) => feedsByHref.set(`/topics/${t.slug}`, t.feeds));

try {
  await check("front page loads with its heading, engagements and feed lists", async () => {
    const r = await page.goto(base + "/", { waitUntil: "load" });
    same(r.status(), 200, "status");
    same(await page.locator("h1").first().innerText(), "diplocal", "h1");
    expect(await page.locator("li.engagement").count() > 0, "no engagement listed");
    expect(scm, "the API has no SCM on 2025-11-04");
    expect(await page.getByText(scm.title, { exact: true }).count() > 0, "SCM not listed");
    expect(await page.locator("li.feed").count() > 3, "feed lists are empty");
    await page.screenshot({ path: join(shots, "front-desktop.png"), fullPage: false });
  });

  await check("the first Tab reaches the skip link, which is visible when focused", async () => {
    await page.goto(base + "/");
    await page.keyboard.press("Tab");
    same(await page.evaluate(() => document.activeElement.className), "skip", "focused element");
    const box = await page.locator("a.skip").boundingBox();
    expect(box && box.x >= 0, "skip link stays off screen when focused");
  });

  await check("typing in the search box narrows the lists as you type", async () => {
    await page.goto(base + "/");
    const before = await page.locator("li.feed:visible").count();
    await page.locator("#q").pressSequentially("korea", { delay: 20 });
    await page.waitForFunction(() => document.getElementById("filter-status").textContent.includes("korea"));
    const after = await page.locator("li.feed:visible").count();
    expect(after > 0 && after < before, `visible feeds ${before} → ${after}`);
    expect(await page.locator('li.feed:visible a[href="/countries/kr"]').count() === 1, "South Korea hidden");
    expect(await page.locator('li.feed:visible a[href="/countries/jp"]').count() === 0, "Japan still shown");
    expect(await page.locator("li.engagement:visible").count() < await page.locator("li.engagement").count(),
      "engagement list not narrowed");
    await page.screenshot({ path: join(shots, "front-typing-korea.png") });
  });

  await check("submitting the search narrows the lists on the server", async () => {
    await page.locator("#q").press("Enter");
    await page.waitForURL(/\?q=korea/);
    same(await page.locator("#q").inputValue(), "korea", "search box keeps the query");
    expect(await page.locator('a[href="/countries/jp"]').count() === 0, "Japan still in the served page");
    expect(await page.locator('a[href="/countries/kr"]').count() > 0, "South Korea missing");
  });

  await check("every subscribe button on the front page carries its feed's links", async () => {
    await page.goto(base + "/");
    const entries = page.locator("li.feed");
    const n = await entries.count();
    expect(n === officials.length + countries.length + topics.length, `${n} feeds listed, the API has `
      + `${officials.length + countries.length + topics.length}`);
    for (let i = 0; i < n; i++) {
      const entry = entries.nth(i);
      const href = await entry.locator("a.feed-name").getAttribute("href");
      const feeds = feedsByHref.get(href);
      expect(feeds, `no API entry for ${href}`);
      sameLinks(await buttons(entry), feeds, href);
    }
    const all = await buttons(page.locator("section.all-feed"));
    expect(all.https.endsWith("/feeds/all.ics"), "all feed https");
    same(all.webcal, all.https.replace(/^https?:/, "webcal:"), "all feed webcal");
  });

  for (const [path, name] of [["/officials/pete-hegseth", "Hegseth"], ["/countries/kr", "South Korea"],
    ["/topics/defence", "defence topic"]]) {
    await check(`${name}'s page: each subscribe button's href is right for its feed`, async () => {
      const r = await page.goto(base + path);
      same(r.status(), 200, "status");
      sameLinks(await buttons(page.locator("section.feed-box")), feedsByHref.get(path), path);
    });
  }

  await check("the subscribe disclosure opens with the keyboard", async () => {
    await page.goto(base + "/");
    const summary = page.locator("li.feed summary").first();
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("li.feed details").first().evaluate((d) => d.open), "details did not open");
    await page.screenshot({ path: join(shots, "front-subscribe-open.png") });
  });

  await check("Copy link is shown with JavaScript and copies the feed address", async () => {
    await page.goto(base + "/officials/pete-hegseth");
    const button = page.locator("section.feed-box button.copy-button");
    expect(await button.isVisible(), "copy button hidden");
    await button.click();
    await page.waitForFunction(() => document.querySelector("section.feed-box button.copy-button").textContent === "Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    same(copied, feedsByHref.get("/officials/pete-hegseth").https, "clipboard");
  });

  await check("the official's page draws the trip legs on a timeline", async () => {
    await page.goto(base + "/officials/pete-hegseth");
    const caption = await page.locator("figure.trip figcaption").first().innerText();
    expect(/^Tokyo → (.+ → )?Hanoi → Seoul/.test(caption), `trip caption: ${caption}`);
    expect(await page.locator("figure.trip svg rect.leg").count() >= 3, "fewer than 3 legs drawn");
    await page.locator("figure.trip").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, "official-hegseth.png"), fullPage: true });
  });

  await check("an engagement page shows its evidence and report", async () => {
    await page.goto(base + "/");
    await page.getByRole("link", { name: scm.title, exact: true }).first().click();
    await page.waitForURL(/\/engagements\//);
    same(await page.locator("h1").innerText(), scm.title, "h1");
    const evidence = await page.locator("blockquote.evidence").first().innerText();
    same(evidence, scm.sources[0].evidence, "evidence");
    expect((await page.locator("dl.facts").innerText()).includes("Tue 4 Nov 2025"), "date not shown");
    await page.screenshot({ path: join(shots, "engagement-scm.png"), fullPage: true });
  });

  await check("the month calendar shows engagements on their days, windows marked TBC", async () => {
    const r = await page.goto(base + "/calendar?month=2025-11&official=pete-hegseth");
    same(r.status(), 200, "status");
    same(await page.locator("h1").innerText(), "November 2025", "h1");
    const cell = page.locator('td:has(time[datetime="2025-11-04"])');
    expect((await cell.innerText()).includes(scm.title), "SCM not on 4 Nov");
    expect(await page.locator("table.month li.tbc").count() >= 2, "no TBC entries");
    await page.getByRole("link", { name: /December 2025/ }).click();
    await page.waitForURL(/month=2025-12&official=pete-hegseth/);
    await page.goto(base + "/calendar?month=2025-11");
    await page.screenshot({ path: join(shots, "calendar-2025-11.png"), fullPage: true });
  });

  await check("an unknown page is a 404 HTML page", async () => {
    const seen = problems.length;
    const r = await page.goto(base + "/officials/nobody-at-all");
    problems.splice(seen); // the browser logs the 404 itself; that one is expected
    same(r.status(), 404, "status");
    same(await page.locator("h1").innerText(), "Not Found", "h1");
  });

  await check("on a phone-sized screen nothing overflows sideways", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", "/officials/pete-hegseth", "/calendar?month=2025-11"]) {
      await page.goto(base + path);
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll <= inner, `${path}: page is ${scroll}px wide in a ${inner}px window`);
    }
    await page.goto(base + "/");
    await page.screenshot({ path: join(shots, "front-phone.png") });
    await page.goto(base + "/calendar?month=2025-11&official=pete-hegseth");
    await page.screenshot({ path: join(shots, "calendar-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await check("no script error or Content-Security-Policy violation on any page", async () => {
    expect(problems.length === 0, problems.join(" | "));
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
