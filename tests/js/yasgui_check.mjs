// Open the YASGUI page that `kg serve` ships at /, run a query through it, save a screenshot.
import { launch } from "./browser.mjs";

const [url, query, screenshot] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForSelector(".yasqe .CodeMirror", { timeout: 20000 });
await page.evaluate((q) => document.querySelector(".yasqe .CodeMirror").CodeMirror.setValue(q), query);
await page.click(".yasqe_queryButton");
await page.waitForSelector(".yasr .dataTable tbody tr, .yasr table tbody tr", { timeout: 20000 });
const cells = await page.$$eval(".yasr table tbody td", (tds) => tds.map((td) => td.textContent.trim()));
await page.screenshot({ path: screenshot, fullPage: false });
await browser.close();
console.log(JSON.stringify({ errors, cells }));
