// Open a kg view in headless Chromium (Debian's, driven by playwright-core): record failed network
// requests and console errors, measure the painted canvas, click a node, save a screenshot.
import { launch } from "./browser.mjs";

const [file, screenshot] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
const failed = [];
const errors = [];
const requests = [];
page.on("request", (r) => requests.push(r.url()));
page.on("requestfailed", (r) => failed.push(r.url()));
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
await page.goto("file://" + file);
await page.waitForFunction(() => window.kgReady === true, null, { timeout: 15000 });
const painted = await page.evaluate(() => {
  const c = document.getElementById("graph");
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) ink++;
  return { width: c.width, height: c.height, ink };
});
const data = await page.evaluate(() => JSON.parse(document.getElementById("kg-data").textContent));
const busiest = data.nodes.slice().sort((a, b) => b.evidence.length - a.evidence.length)[0];
await page.evaluate((id) => window.kgSelect(id), busiest.id);
const evidence = await page.textContent("#evidence");
await page.fill("#search", busiest.label.slice(0, 4));
await page.screenshot({ path: screenshot });
await browser.close();
console.log(JSON.stringify({ failed, errors, requests: requests.filter((u) => !u.startsWith("file://")),
                             painted, selected: busiest.label, evidence }));
