// The dashboard journey: a new learner sees guidance, then "answer N more" while the readiness
// model lacks data, then — after a few attempts made through the attempts API — the readiness
// gauge with its range, drivers and next step, the score history, mastery; reports a real exam
// result; and an author reads the item statistics. Screenshots go to .data/e2e-results/readiness.
import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { anyAnswer, rightAnswer, type Reveal, type View } from "./answers.ts";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers.ts";

const SHOTS = ".data/e2e-results/readiness";
const EXAM = { code: "AZ-900", slug: "az-900" };
const AUTHOR = { email: "author@passpath.dev", password: "write-good-questions" };

type Item = { position: number; questionId: string; view: View };

/** Keys the learner has seen in feedback: later answers to those questions are right, as a learner's would mostly be. */
const learned = new Map<string, Reveal>();

function answerFor(item: Item) {
  const key = learned.get(item.questionId);
  return key ? rightAnswer(key) : anyAnswer(item.view);
}

async function api<T>(request: APIRequestContext, method: "GET" | "POST" | "PUT", url: string, data?: unknown): Promise<T> {
  const response = await request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A practice quiz with feedback, each answer checked (graded) as it is given, then submitted. */
async function practise(request: APIRequestContext, count: number, only: "unseen" | "missed") {
  const { id } = await api<{ id: string }>(request, "POST", "/api/attempts", { mode: "CUSTOM", examCode: EXAM.code, count, only, feedback: "immediate" });
  const attempt = await api<{ items: Item[] }>(request, "GET", `/api/attempts/${id}`);
  for (const item of attempt.items) {
    await api(request, "PUT", `/api/attempts/${id}/items/${item.position}`, { response: answerFor(item) });
    const checked = await api<{ reveal: { answer: Reveal } | null }>(request, "POST", `/api/attempts/${id}/items/${item.position}/check`);
    if (checked.reveal) learned.set(item.questionId, checked.reveal.answer);
  }
  await api(request, "POST", `/api/attempts/${id}/submit`);
}

/** A full exam simulation, every question answered, submitted. */
async function simulate(request: APIRequestContext) {
  const started = await request.post("/api/attempts", { data: { mode: "EXAM", examCode: EXAM.code, acceptNearest: true } });
  expect(started.ok(), await started.text()).toBe(true);
  const { id } = (await started.json()) as { id: string };
  const attempt = await api<{ items: Item[] }>(request, "GET", `/api/attempts/${id}`);
  for (const item of attempt.items) await api(request, "PUT", `/api/attempts/${id}/items/${item.position}`, { response: answerFor(item) });
  await api(request, "POST", `/api/attempts/${id}/submit`);
}

async function shoot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage });
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
}

test("a learner's dashboard goes from guidance to a readiness estimate with drivers, and takes a real exam result", async ({ page }) => {
  test.setTimeout(240_000);
  const request = page.request;
  await signUp(page, { name: "Dana Dashboard", email: uniqueEmail("readiness"), password: "ready-when-you-are" }, "/dashboard");

  // A new learner: guidance, no empty charts.
  await expect(page.getByRole("heading", { name: "Pick an exam to begin" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose an exam" })).toBeVisible();

  // A few answers: not enough for an estimate, and the page says how many more it needs.
  await practise(request, 10, "unseen");
  await page.reload();
  const section = page.locator(`section[aria-labelledby="exam-${EXAM.code}"]`);
  await expect(page.getByText(/Answer 20 more questions to get a readiness estimate/)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Answers towards a readiness estimate" })).toHaveAttribute("aria-valuenow", "10");

  // More practice, the misses again (now known), and an exam simulation: the estimate appears.
  await practise(request, 30, "unseen");
  await practise(request, 20, "missed");
  await simulate(request);
  await page.reload();
  const readiness = page.getByRole("region", { name: "Readiness" });
  await expect(readiness.getByText(new RegExp(`[<>]? ?\\d+ % chance to pass ${EXAM.code} now`))).toBeVisible();
  await expect(readiness.getByText(/Likely between [<>]? ?\d+ % and [<>]? ?\d+ %/)).toBeVisible();
  await expect(readiness.getByRole("heading", { name: "What holds you back" })).toBeVisible();
  await expect(readiness.getByRole("heading", { name: "What to do next" })).toBeVisible();
  // Every figure of the charts is there as text too: a header and four submitted attempts.
  await expect(page.getByRole("table", { name: "Score history" }).getByRole("row")).toHaveCount(5);
  await expect(page.getByRole("region", { name: `${EXAM.code} mastery by skill area` }).getByText(/questions seen/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: `${EXAM.code} recent attempts` }).getByRole("link", { name: "Exam simulation" })).toBeVisible();
  await expect(section.getByRole("link", { name: "Guarantee status" })).toHaveAttribute("href", `/guarantee/${EXAM.slug}`);

  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, "dashboard-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, "dashboard-phone");
  const overflowing = await page.evaluate(() =>
    // Screen-reader-only text is clipped to one pixel, whatever its boxes say.
    [...document.querySelectorAll("main *")].filter((e) => !e.closest(".sr-only") && e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName),
  );
  expect(overflowing, "nothing on the dashboard is wider than a phone").toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The next step starts a drill of the weakest area, when one holds the learner back.
  const drill = readiness.getByRole("button", { name: /^Drill / });
  if (await drill.count()) {
    await drill.click();
    await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
    await page.goto("/dashboard");
  }

  // Reporting the real exam result: validation in the form, a server check of score against result, then saved.
  await page.getByRole("link", { name: `Report your ${EXAM.code} result` }).click();
  await expect(page).toHaveURL(`/dashboard/results/${EXAM.slug}`);
  await page.getByRole("button", { name: "Save result" }).click();
  await expect(page.getByText("Say whether you passed or failed.")).toBeVisible();
  await expect(page.getByText("Enter the date you took the exam.")).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  await page.getByText("I passed").click();
  await page.getByLabel("Date you took it").fill(today);
  await page.getByLabel("Score (optional)").fill("612");
  await page.getByRole("button", { name: "Save result" }).click();
  await expect(page.getByText(/A score of 612 is below the pass mark of 700/).first()).toBeVisible();
  await page.getByText("I failed").click();
  await page.getByRole("button", { name: "Save result" }).click();
  await expect(page.getByText("Result saved — thank you.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Results you reported" }).getByText("Failed · 612")).toBeVisible();
  await shoot(page, "report-result");
  await signOut(page);
});

test("an author sorts the item statistics and filters the flagged questions; a learner cannot see them", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fauthor%2Fquestions");
  await signIn(page, AUTHOR.email, AUTHOR.password);
  await expect(page).toHaveURL(/\/author\/questions$/);
  await page.getByRole("navigation", { name: "Authoring" }).getByRole("link", { name: "Item statistics" }).click();
  await expect(page.getByRole("heading", { name: "Item statistics" })).toBeVisible();
  const table = page.getByRole("table", { name: /Item statistics, sorted by Flags descending/ });
  await expect(table).toBeVisible();
  await page.getByRole("navigation", { name: "Exam" }).getByRole("link", { name: EXAM.code }).click();
  await page.getByRole("columnheader", { name: "Answered" }).getByRole("link").click();
  await expect(page.getByRole("table", { name: /sorted by Answered descending/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Answered" })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("columnheader", { name: "Answered" }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: "Answered" })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("link", { name: "Show flagged only" }).click();
  await expect(page).toHaveURL(/flagged=1/);
  await expect(page.getByRole("link", { name: "Show all questions" })).toBeVisible();
  await page.getByRole("link", { name: "Show all questions" }).click();
  await expect(page).not.toHaveURL(/flagged=1/);
  await expect(page.getByRole("table", { name: /sorted by Answered ascending/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByText("Choice rates").first().click();
  await shoot(page, "item-statistics", false);
  await signOut(page);

  await signUp(page, { name: "Lee Learner", email: uniqueEmail("stats-learner"), password: "only-a-learner-here" }, "/exams");
  await page.goto("/author/statistics");
  await expect(page).toHaveURL(/\/author\/forbidden$/);
});
