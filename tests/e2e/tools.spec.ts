import fs from "node:fs";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

test("compares AZ-204 with AZ-400 from the landing page, then with AZ-104 through the picker", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /AZ-204 vs AZ-400/ }).click();
  // The first visit of a page on a cold server can take longer than an assertion's wait.
  await page.waitForURL(/\/compare\/az-204-vs-az-400$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AZ-204 vs AZ-400");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /AZ-204 vs AZ-400/);

  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText([/AZ-204.*Developing Solutions for Microsoft Azure/, /AZ-400.*Designing and Implementing Microsoft DevOps Solutions/]);
  const row = (label: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });
  await expect(row("Level")).toContainText("Associate");
  await expect(row("Level")).toContainText("Expert");
  await expect(row("Prerequisites")).toContainText("None — you can take it first");
  await expect(row("Prerequisites")).toContainText("AZ-104 or AZ-204");
  await expect(row("Skills outline")).toContainText("Design and implement build and release pipelines");
  await expect(row("Skills outline")).toContainText("50–55 %");
  await expect(row("Duration")).toContainText("100 minutes");
  await expect(row("Lifecycle")).toContainText(/AZ-204 (is|was) reported to retire on 31 July 2026/);
  await expect(row("Lifecycle")).toContainText("No retirement announced");
  await expect(page.getByText("AZ-204 meets AZ-400's prerequisite (AZ-104 or AZ-204), so take AZ-204 first.")).toBeVisible();

  await page.getByLabel("Second exam").selectOption("az-104");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare\/az-204-vs-az-104$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AZ-204 vs AZ-104");
  await expect(row("Role focus")).toContainText("Azure developer");
  await expect(row("Role focus")).toContainText("Azure administrator");
  await expect(row("Skills outline")).toContainText("Implement and manage virtual networking");
  await expect(page.getByText("Neither requires the other: you can take them in either order.")).toBeVisible();

  await page.getByLabel("Second exam").selectOption("az-204");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText("That is the same exam twice — choose two different exams.")).toBeVisible();
  expect((await page.goto("/compare/az-204-vs-az-999"))?.status()).toBe(404);
});

test("the advisor sends a developer new to Azure to AZ-204 first and says why", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByText("Study tools").click();
  await nav.getByRole("link", { name: /Which exam first\?/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which should you take first?");
  await page.getByRole("group", { name: "How much have you worked with Azure?" }).getByLabel(/Not yet/).check();
  await page.getByRole("group", { name: "What is your role?" }).getByLabel(/^Developer/).check();
  await page.getByRole("group", { name: /CI\/CD and release pipelines/ }).getByLabel(/^No$/).check();
  await page.getByRole("button", { name: "Show my path" }).click();

  await expect(page).toHaveURL(/experience=none&role=developer&pipelines=none/);
  const advice = page.locator("#advice");
  await expect(advice.getByRole("heading", { level: 2 })).toHaveText("Take AZ-204 first");
  await expect(advice).toContainText("AZ-204 is the Azure developer exam");
  const steps = advice.getByRole("list", { name: "Your path" }).getByRole("listitem");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("AZ-900");
  await expect(steps.nth(0)).toContainText("Optional");
  await expect(steps.nth(1)).toContainText("AZ-204");
  await expect(advice.getByRole("link", { name: "Plan your study for AZ-204" })).toHaveAttribute("href", "/planner?exam=az-204");

  await page.getByRole("group", { name: /CI\/CD and release pipelines/ }).getByLabel(/Yes, I own them/).check();
  await page.getByRole("button", { name: "Show my path" }).click();
  await expect(advice.getByRole("heading", { level: 2 })).toHaveText("Take AZ-204 first, then AZ-400");
  await expect(advice).toContainText("AZ-400 requires AZ-104 or AZ-204 first; as a developer, AZ-204 is the one that matches your work");
  await expect(steps).toHaveText([/AZ-900/, /AZ-204/, /AZ-400/]);
});

test("the advisor never puts AZ-400 before AZ-104 or AZ-204 without saying it needs one first", async ({ page }) => {
  test.setTimeout(300_000); // 72 answer combinations, one page each
  const answers = { experience: ["none", "some", "experienced"], role: ["developer", "administrator", "devops", "non-technical"], pipelines: ["none", "contribute", "own"] };
  for (const experience of answers.experience) {
    for (const role of answers.role) {
      for (const pipelines of answers.pipelines) {
        for (const held of [[], ["AZ-400"]]) {
          const query = new URLSearchParams({ experience, role, pipelines });
          held.forEach((code) => query.append("held", code));
          const label = query.toString();
          await page.goto(`/advisor?${query}`);
          const advice = page.locator("#advice");
          const headline = (await advice.getByRole("heading", { level: 2 }).textContent()) ?? "";
          expect(headline, label).not.toMatch(/^Take AZ-400/);
          // Each step opens with a link to its exam: read the codes in path order.
          const steps = await advice
            .getByRole("list", { name: "Your path" })
            .getByRole("listitem")
            .evaluateAll((items) => items.map((item) => item.querySelector("a")?.textContent ?? ""));
          const az400 = steps.indexOf("AZ-400");
          if (az400 === -1) continue;
          const bridge = steps.findIndex((code) => code === "AZ-104" || code === "AZ-204");
          expect(bridge, label).toBeGreaterThanOrEqual(0);
          expect(bridge, label).toBeLessThan(az400);
          await expect(advice, label).toContainText(/AZ-400 requires AZ-104 or AZ-204 first|(It requires|also hold|also need) AZ-104 or AZ-204/);
        }
      }
    }
  }
});

test("a plan for a date eight weeks out has sensible weeks, and its calendar file parses", async ({ page }) => {
  const today = isoDay(0);
  const examDate = isoDay(56);
  await page.goto("/planner");
  await page.getByLabel("Exam", { exact: true }).selectOption("az-204");
  await page.getByLabel("Exam date").fill(examDate);
  await page.getByLabel("Hours a week").fill("8");
  await page.getByRole("button", { name: "Make my plan" }).click();

  await expect(page).toHaveURL(new RegExp(`exam=az-204&date=${examDate}&hours=8`));
  await expect(page.getByRole("heading", { name: "Your AZ-204 plan" })).toBeVisible();
  await expect(page.getByText("56 days to")).toBeVisible();
  const weeks = page.getByRole("list", { name: "Weeks" }).locator(":scope > li[aria-label^='Week ']");
  await expect(weeks).toHaveCount(8);
  for (let i = 0; i < 8; i++) {
    await expect(weeks.nth(i).getByRole("heading", { level: 3 })).toContainText(`Week ${i + 1}`);
    await expect(weeks.nth(i)).toContainText("8 h");
  }
  await expect(weeks.nth(0)).toContainText("Baseline exam simulation");
  await expect(weeks.nth(0)).toContainText("Develop Azure compute solutions");
  await expect(weeks.nth(6)).toContainText("Final exam simulation 1 of 2");
  await expect(weeks.nth(7)).toContainText("Final exam simulation 2 of 2");
  await expect(weeks.nth(7)).toContainText("Light day before the exam");
  await expect(page.getByRole("listitem", { name: "Exam day" })).toContainText("AZ-204 exam day");
  await expect(page.getByText("Based on the exam's official weights")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`passpath-az-204-plan-${examDate}.ics`);
  const text = fs.readFileSync((await download.path())!, "utf8");

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const studyWeeks = events.filter((e) => /^AZ-204 study week \d of 8: 8 h$/.test(e.summary));
  expect(studyWeeks).toHaveLength(8);
  expect(studyWeeks[0]!.startDate.toString()).toBe(today);
  expect(studyWeeks.at(-1)!.endDate.toString()).toBe(examDate);
  for (const week of studyWeeks) expect(daysBetween(week.startDate.toString(), week.endDate.toString())).toBe(7);

  const exam = events.find((e) => e.summary === "AZ-204 exam day");
  expect(exam?.startDate.toString()).toBe(examDate);
  const finals = events.filter((e) => e.summary.startsWith("AZ-204: Final exam simulation"));
  expect(finals).toHaveLength(2);
  for (const final of finals) expect(daysBetween(final.startDate.toString(), examDate)).toBeLessThanOrEqual(30);
  expect(events.find((e) => e.summary === "AZ-204: Baseline exam simulation")?.startDate.toString()).toBe(isoDay(1));
  expect(events.find((e) => e.summary === "AZ-204: Light day before the exam")?.startDate.toString()).toBe(isoDay(55));
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
});

test("the planner explains dates it cannot plan and bad input", async ({ page, request }) => {
  await page.goto(`/planner?exam=az-400&date=${isoDay(3)}&hours=6`);
  await expect(page.getByText("We cannot plan for that date")).toBeVisible();
  await expect(page.getByText(/Your exam is in 3 days — too close for a week-by-week plan/)).toBeVisible();
  await page.goto(`/planner?exam=az-400&date=${isoDay(400)}&hours=6`);
  await expect(page.getByText(/more than a year away/)).toBeVisible();
  await page.goto(`/planner?exam=az-400&date=${isoDay(60)}&hours=41`);
  await expect(page.getByText("At most 40 hours a week.")).toBeVisible();

  const bad = await request.get(`/api/planner/ics?exam=az-400&date=${isoDay(60)}&hours=0`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.hours).toEqual(["At least 1 hour a week."]);
  expect((await request.get(`/api/planner/ics?exam=az-400&date=${isoDay(2)}&hours=5`)).status()).toBe(422);
  expect((await request.get(`/api/planner/ics?exam=az-999&date=${isoDay(60)}&hours=5`)).status()).toBe(404);
});

test("the sitemap and robots file list the public pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/exams/az-400", "/compare/az-204-vs-az-400", "/compare/az-104-vs-az-204", "/advisor", "/planner"]) expect(sitemap).toContain(`${path}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /api/");
});
