import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "yaml";
import { RATING, replayReviews, type StoredRating } from "../../lib/domain/review/schedule.ts";
import { signUp, uniqueEmail } from "./helpers.ts";

// The learning loop end to end: an attempt with mistakes → its review with filters → retrying the
// missed questions → the due queue on the days FSRS schedules them (the server's clock is moved
// with the x-test-now header, honoured only because the e2e server sets PASSPATH_TEST_CLOCK=1) →
// smart practice preferring the weakest heavy skill area. Attempts are answered through the API
// (the player is tested on its own); the review pages are driven as a learner would.

test.use({ timezoneId: "UTC" });

type Key =
  | { type: "single" | "multiple"; correct: string[]; wrong: string[] }
  | { type: "yesno"; answers: Record<string, boolean> }
  | { type: "ordering"; sequence: string[] };

type Item = { position: number; questionId: string; skillArea: { key: string; name: string }; view: { type: string } };
type Attempt = { id: string; mode: string; status: string; submittedAt: string | null; items: Item[] };

const letter = (i: number) => String.fromCharCode(97 + i);

/** Answer keys of the bundled AZ-900 bank, read from its source (option ids are letters in source order). */
function loadKeys(): Map<string, Key> {
  const keys = new Map<string, Key>();
  const dir = path.resolve("prisma/banks/az-900");
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    const source = parse(fs.readFileSync(path.join(dir, file), "utf8")) as { questions: Record<string, unknown>[] };
    for (const q of source.questions) {
      const id = q.id as string;
      if (q.type === "single" || q.type === "multiple") {
        const options = q.options as { correct?: boolean }[];
        keys.set(id, {
          type: q.type,
          correct: options.flatMap((o, i) => (o.correct ? [letter(i)] : [])),
          wrong: options.flatMap((o, i) => (o.correct ? [] : [letter(i)])),
        });
      } else if (q.type === "yesno") {
        const statements = q.statements as { answer: string | boolean }[];
        keys.set(id, { type: "yesno", answers: Object.fromEntries(statements.map((s, i) => [letter(i), s.answer === true || s.answer === "yes"])) });
      } else if (q.type === "ordering") {
        const options = q.options as { position?: number }[];
        const placed = options.map((o, i) => ({ id: letter(i), position: o.position })).filter((o) => o.position !== undefined);
        keys.set(id, { type: "ordering", sequence: placed.sort((a, b) => a.position! - b.position!).map((o) => o.id) });
      }
    }
  }
  return keys;
}

const KEYS = loadKeys();

function answer(questionId: string, right: boolean): unknown {
  const key = KEYS.get(questionId);
  if (!key) throw new Error(`no key for ${questionId} in prisma/banks/az-900`);
  switch (key.type) {
    case "single":
      return { type: "single", choice: right ? key.correct[0] : key.wrong[0] };
    case "multiple":
      return { type: "multiple", choices: right ? key.correct : [key.wrong[0]] };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(Object.entries(key.answers).map(([id, a]) => [id, right ? a : !a])) };
    case "ordering":
      return { type: "ordering", sequence: right ? key.sequence : [...key.sequence].reverse() };
  }
}

async function api<T>(request: APIRequestContext, method: "GET" | "POST" | "PUT", url: string, data?: unknown): Promise<T> {
  const response = await request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Answers an attempt through the API — right where `plan` says so, wrong otherwise — and submits it. */
async function answerAndSubmit(request: APIRequestContext, attemptId: string, plan: (item: Item) => boolean, flag: (item: Item) => boolean = () => false): Promise<Attempt> {
  const attempt = await api<Attempt>(request, "GET", `/api/attempts/${attemptId}`);
  for (const item of attempt.items) {
    await api(request, "PUT", `/api/attempts/${attemptId}/items/${item.position}`, { response: answer(item.questionId, plan(item)), ...(flag(item) ? { flagged: true } : {}) });
  }
  return api<Attempt>(request, "POST", `/api/attempts/${attemptId}/submit`);
}

async function moveClock(page: Page, at: Date | null) {
  await page.setExtraHTTPHeaders(at ? { "x-test-now": at.toISOString() } : {});
}

const dayStart = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
const dayLabel = (at: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(at);

test("mistakes become a filtered review, a retry, due cards on FSRS's days, and smart practice that targets the weakest heavy area", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const request = page.request;
  await signUp(page, { name: "Rita Review", email: uniqueEmail("review"), password: "spaced-repetition-works" });

  // ── An attempt with mistakes ──────────────────────────────────────────────────────────────
  const started = await api<{ id: string }>(request, "POST", "/api/attempts", { mode: "CUSTOM", examCode: "AZ-900", count: 8, feedback: "end" });
  const first = await answerAndSubmit(
    request,
    started.id,
    (item) => item.position >= 3,
    (item) => item.position === 0 || item.position === 4,
  );
  expect(first.status).toBe("SUBMITTED");
  const missed = first.items.filter((i) => i.position < 3).map((i) => i.questionId);
  const guessed = first.items.find((i) => i.position === 5)!;

  // ── Review it with filters ────────────────────────────────────────────────────────────────
  await page.goto(`/attempts/${first.id}/review`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review: custom quiz");
  await expect(page.getByText("Showing 8 of 8")).toBeVisible();
  const filters = page.getByRole("navigation", { name: "Filter questions" });
  await filters.getByRole("link", { name: /^Wrong/ }).click();
  await expect(page).toHaveURL(/\?result=wrong$/);
  await expect(page.getByText("Showing 3 of 8")).toBeVisible();
  const articles = page.locator("article");
  await expect(articles).toHaveCount(3);
  for (const article of await articles.all()) await expect(article.getByText("Wrong", { exact: true })).toBeVisible();
  // Wrong and flagged: only question 1.
  await filters.getByRole("link", { name: /^Flagged/ }).click();
  await expect(page).toHaveURL(/result=wrong&flagged=1/);
  await expect(articles).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Question 1", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByText("Showing 8 of 8")).toBeVisible();

  // The breakdown's skill areas lead to their questions.
  const area = first.items[0]!.skillArea;
  await page.getByRole("link", { name: area.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`area=${area.key}`));
  const inArea = first.items.filter((i) => i.skillArea.key === area.key).length;
  await expect(page.getByText(`Showing ${inArea} of 8`)).toBeVisible();
  for (const article of await articles.all()) await expect(article.getByText(area.name, { exact: false }).first()).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();

  // Each question shows the learner's answer against the key, the explanation and the references
  // (an ordering question, drawn at random like the others, says "Your order").
  const q1 = page.locator("article#q-1");
  await expect(q1.getByText(/^Your (answer|order)/).first()).toBeVisible();
  await expect(q1.getByText("Explanation", { exact: true })).toBeVisible();
  await expect(q1.getByText("Learn more")).toBeVisible();
  await expect(q1.getByText(/In your reviews: next on/)).toBeVisible();

  // A right answer marked as a guess becomes a card too.
  const q6 = page.locator("article#q-6");
  await q6.getByLabel("I guessed this one").check();
  await expect(q6.getByText(/In your reviews: next on/)).toBeVisible();
  await expect(q6.getByText("Guessed", { exact: true })).toBeVisible();

  // A note of the learner's own.
  await q1.getByRole("button", { name: "+ Add a note" }).click();
  await q1.getByLabel("Your note").fill("Read the stem twice: it asks for the cheapest option.");
  await q1.getByRole("button", { name: "Save note" }).click();
  await expect(q1.getByText("Read the stem twice: it asks for the cheapest option.")).toBeVisible();

  // ── Retry the missed ones ─────────────────────────────────────────────────────────────────
  await page.getByRole("button", { name: "Retry 3 missed questions" }).click();
  await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+$/);
  const retryId = page.url().split("/").pop()!;
  expect(retryId).not.toBe(first.id);
  const retryAttempt = await api<Attempt>(request, "GET", `/api/attempts/${retryId}`);
  expect(retryAttempt.items.map((i) => i.questionId).sort()).toEqual([...missed].sort());
  // Get the first of them right this time, the other two wrong again.
  const retried = await answerAndSubmit(request, retryId, (item) => item.questionId === missed[0]);

  // ── The due queue shows the cards on the day FSRS schedules them ──────────────────────────
  const t1 = new Date(first.submittedAt!);
  const t2 = new Date(retried.submittedAt!);
  const expected = (ratings: [StoredRating, Date][]) => replayReviews(ratings.map(([rating, review]) => ({ rating, review }))).card.due.toISOString();
  const dues = [
    expected([
      [RATING.again, t1],
      [RATING.good, t2],
    ]),
    expected([
      [RATING.again, t1],
      [RATING.again, t2],
    ]),
    expected([
      [RATING.again, t1],
      [RATING.again, t2],
    ]),
    expected([[RATING.hard, t1]]),
  ].sort();

  const farAway = new Date("2031-01-15T12:00:00Z");
  await moveClock(page, farAway);
  await page.goto("/review");
  await expect(page.getByText(dayLabel(farAway)), "the e2e server must honour x-test-now (PASSPATH_TEST_CLOCK=1)").toBeVisible();
  await moveClock(page, null);

  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Due today" })).toBeVisible();
  await expect(page.getByText("Nothing is due today.")).toBeVisible();
  const upcoming = page.getByRole("list", { name: "Upcoming cards" }).locator("time");
  await expect(upcoming).toHaveCount(4);
  expect((await upcoming.evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!))).sort()).toEqual(dues);

  const dueToday = page.getByRole("list", { name: "Cards due today" }).getByRole("listitem");
  for (const day of [...new Set(dues.map((d) => d.slice(0, 10)))]) {
    const start = dayStart(day);
    // The last minute of the day before: not yet due.
    await moveClock(page, new Date(start.getTime() - 60_000));
    await page.goto("/review");
    await expect(page.getByText(dayLabel(new Date(start.getTime() - 60_000))).first()).toBeVisible();
    const before = dues.filter((d) => d < day).length;
    if (before === 0) await expect(page.getByText("Nothing is due today.")).toBeVisible();
    else await expect(dueToday).toHaveCount(before);
    // The first minute of the day: due today.
    await moveClock(page, new Date(start.getTime() + 60_000));
    await page.goto("/review");
    const onOrBefore = dues.filter((d) => d.slice(0, 10) <= day).length;
    await expect(dueToday).toHaveCount(onOrBefore);
    await expect(page.getByText(`${onOrBefore} ${onOrBefore === 1 ? "card" : "cards"} due`)).toBeVisible();
  }

  // On the last of those days every card is due: a review quiz holds them all.
  await page.getByRole("button", { name: "Start review (4)" }).click();
  await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+$/);
  const reviewQuiz = await api<Attempt>(request, "GET", `/api/attempts/${page.url().split("/").pop()}`);
  expect(reviewQuiz.mode).toBe("REVIEW");
  expect(reviewQuiz.items.map((i) => i.questionId).sort()).toEqual([...missed, guessed.questionId].sort());
  await moveClock(page, null);

  // The notebook has the three missed questions, with the note.
  await page.goto("/notebook");
  await expect(page.getByText("3 missed questions.")).toBeVisible();
  await expect(page.getByText("Read the stem twice: it asks for the cheapest option.")).toBeVisible();

  // ── Smart practice prefers the weakest heavy skill area ───────────────────────────────────
  const context = await browser.newContext({ timezoneId: "UTC" });
  const smartPage = await context.newPage();
  await signUp(smartPage, { name: "Sam Smart", email: uniqueEmail("smart"), password: "weakest-heavy-area" });
  // Strong in cloud concepts (25–30 %) and governance (30–35 %), weak in architecture and services (35–40 %).
  for (const [skillArea, right] of [
    ["cloud-concepts", true],
    ["management-governance", true],
    ["architecture-services", false],
  ] as const) {
    const drill = await api<{ id: string }>(smartPage.request, "POST", "/api/attempts", { mode: "DRILL", examCode: "AZ-900", count: 6, skillArea });
    await answerAndSubmit(smartPage.request, drill.id, () => right);
  }
  await smartPage.goto("/review");
  await smartPage.getByLabel("Exam").selectOption("AZ-900");
  await smartPage.getByRole("button", { name: "Start smart practice" }).click();
  await expect(smartPage).toHaveURL(/\/review\/smart\/c[a-z0-9]+$/);
  await expect(smartPage.getByRole("heading", { level: 1 })).toHaveText("Smart practice: 10 questions");
  await expect(smartPage.getByText(/^Describe Azure architecture and services is where a point helps most: you got 0 of your last 6 right/).first()).toBeVisible();
  const smart = await api<Attempt>(smartPage.request, "GET", `/api/attempts/${smartPage.url().split("/").pop()}`);
  expect(smart.mode).toBe("SMART");
  expect(smart.items[0]!.skillArea.key).toBe("architecture-services");
  expect(smart.items.filter((i) => i.skillArea.key === "architecture-services").length).toBeGreaterThan(smart.items.length / 2);
  await smartPage.getByRole("link", { name: "Start the questions" }).click();
  await expect(smartPage).toHaveURL(new RegExp(`/attempts/${smart.id}$`));
  await context.close();
});
