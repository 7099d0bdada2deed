import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { anyAnswer, rightAnswer, type Reveal, type View } from "./answers.ts";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers.ts";

const SHOTS = ".data/e2e-results/guarantee-shots";
const PASSWORD = "a long enough password";
const EXAM = { code: "AZ-900", slug: "az-900" };
const ADMIN = { email: "admin@passpath.dev", password: "admin-passpath-local" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

type Item = { position: number; questionId: string; view: View; reveal: { answer: Reveal } | null };

const shared: { claimId?: string; learnerEmail?: string; today: string } = { today: new Date().toISOString().slice(0, 10) };

/** Desktop (1280 px) and phone (390 px), light and dark. */
async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    await page.screenshot({ path: `${SHOTS}/${name}-${size}-dark.png`, fullPage: true });
    await page.evaluate(() => document.documentElement.classList.remove("dark"));
  }
  await page.setViewportSize(desktop);
}

async function api<T>(request: APIRequestContext, method: "get" | "post" | "put", url: string, data?: unknown): Promise<T> {
  const response = await request[method](url, data === undefined ? undefined : { data });
  expect(response.ok(), `${method.toUpperCase()} ${url} → ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Practises up to `count` questions not seen yet with feedback, through the attempts API: the right
 * answer where `keys` knows it, some answer otherwise. Learns the keys it is shown; returns how many
 * questions it practised (0 once every question has been seen).
 */
async function practiseUnseen(request: APIRequestContext, keys: Map<string, Reveal>, count = 100): Promise<number> {
  const started = await request.post("/api/attempts", { data: { mode: "CUSTOM", examCode: EXAM.code, count, only: "unseen", feedback: "immediate" } });
  if (started.status() === 422) return 0;
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const attempt = await api<{ items: Item[] }>(request, "get", `/api/attempts/${id}`);
  for (const item of attempt.items) {
    const key = keys.get(item.questionId);
    await api(request, "put", `/api/attempts/${id}/items/${item.position}`, { response: key ? rightAnswer(key) : anyAnswer(item.view) });
    const checked = await api<Item>(request, "post", `/api/attempts/${id}/items/${item.position}/check`);
    keys.set(checked.questionId, checked.reveal!.answer);
  }
  await api(request, "post", `/api/attempts/${id}/submit`);
  return attempt.items.length;
}

async function practiseEverything(request: APIRequestContext, keys: Map<string, Reveal>): Promise<void> {
  while ((await practiseUnseen(request, keys)) > 0);
}

/**
 * Full exam simulations answered from the learned keys (a question the practice did not reach gets
 * some answer, and its key is learned from the result), until the latest `streak` all passed.
 */
async function simulateUntilPassing(request: APIRequestContext, keys: Map<string, Reveal>, streak: number, results: boolean[]) {
  for (let tries = 0; tries < 6 && !(results.length >= streak && results.slice(-streak).every(Boolean)); tries++) {
    const { id } = await api<{ id: string }>(request, "post", "/api/attempts", { mode: "EXAM", examCode: EXAM.code });
    const attempt = await api<{ items: Item[] }>(request, "get", `/api/attempts/${id}`);
    for (const item of attempt.items) {
      const key = keys.get(item.questionId);
      await api(request, "put", `/api/attempts/${id}/items/${item.position}`, { response: key ? rightAnswer(key) : anyAnswer(item.view) });
    }
    const submitted = await api<{ items: Item[]; result: { passed: boolean } }>(request, "post", `/api/attempts/${id}/submit`);
    for (const item of submitted.items) if (item.reveal) keys.set(item.questionId, item.reveal.answer);
    results.push(submitted.result.passed);
  }
  expect(results.slice(-streak).every(Boolean)).toBe(true);
}

const criterion = (page: Page, key: string) => page.locator(`[aria-label="Before your exam"] [data-criterion="${key}"]`);

async function fileClaim(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const details = page.locator("details", { hasText: "file a claim" });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await page.getByLabel("Exam date", { exact: true }).fill(shared.today);
  await page.getByLabel("Your score (1–699)").fill("612");
  await page.getByLabel("Score report id", { exact: true }).fill("SR-7781-2026");
  await page.getByLabel("Score report (PDF, PNG, JPEG or WebP, up to 5 MB)").setInputFiles(file);
  await page.getByLabel("What happened?").fill("I ran out of time on the case study and missed the pass mark.");
  await page.getByRole("button", { name: "File my claim" }).click();
}

test.describe.serial("money-back guarantee", () => {
  test("a learner enrolls, the report fills up as they practise, they claim after failing, an admin approves", async ({ page, browser }) => {
    test.setTimeout(420_000);
    // Another learner works through the bank first, so the keys are known and the calibration has data.
    const scoutContext = await browser.newContext();
    const scout = await scoutContext.newPage();
    await signUp(scout, { name: "Sam Scout", email: uniqueEmail("guarantee-scout"), password: PASSWORD });
    const keys = new Map<string, Reveal>();
    await practiseEverything(scout.request, keys);
    await scoutContext.close();

    const email = uniqueEmail("guarantee");
    shared.learnerEmail = email;
    await signUp(page, { name: "Gia Guarantee", email, password: PASSWORD }, `/exams/${EXAM.slug}`);
    await page.getByRole("link", { name: "see the AZ-900 guarantee and where you stand" }).click();
    await expect(page).toHaveURL(new RegExp(`/guarantee/${EXAM.slug}$`));
    await expect(page.getByRole("heading", { name: "AZ-900 money-back guarantee" })).toBeVisible();
    await shoot(page, "learner-not-enrolled");
    await page.getByRole("button", { name: "Enroll in the AZ-900 guarantee" }).click();
    await expect(page.getByText(/^Enrolled on \d{4}-\d{2}-\d{2}\./)).toBeVisible();
    await expect(criterion(page, "coverage")).toHaveAttribute("data-met", "false");
    await expect(criterion(page, "coverage")).toContainText(/0 of \d+ questions, 90 % needed/);
    await expect(page.getByRole("list", { name: "What is left" })).toContainText("2 more exam simulations at ≥ 700");
    await expect(criterion(page, "readiness")).toContainText("Not enough answers for a readiness estimate yet: answer 30 more questions.");
    await shoot(page, "learner-enrolled");

    expect(await practiseUnseen(page.request, keys, 40)).toBe(40);
    await page.reload();
    await expect(criterion(page, "coverage")).toContainText(/^.*40 of \d+ questions, 90 % needed/);
    await expect(criterion(page, "coverage")).toHaveAttribute("data-met", "false");
    await expect(criterion(page, "readiness")).toContainText(/Readiness ([<>] )?\d+(\.\d)? %, 80 % needed/);
    await practiseEverything(page.request, keys);
    await page.reload();
    await expect(criterion(page, "coverage")).toHaveAttribute("data-met", "true");
    await expect(criterion(page, "simulations")).toHaveAttribute("data-met", "false");

    const results: boolean[] = [];
    await simulateUntilPassing(page.request, keys, 1, results);
    await page.reload();
    await expect(page.getByRole("list", { name: "What is left" })).toContainText("1 more exam simulation at ≥ 700");
    await simulateUntilPassing(page.request, keys, 2, results);
    await page.reload();
    await expect(criterion(page, "simulations")).toHaveAttribute("data-met", "true");
    await expect(criterion(page, "readiness")).toHaveAttribute("data-met", "true");
    await expect(page.getByText("You meet every condition before the exam")).toBeVisible();
    await shoot(page, "learner-practised");
    await page.locator("details", { hasText: "file a claim" }).locator("summary").click();
    await shoot(page, "learner-claim-form");

    await fileClaim(page, { name: "report.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByRole("heading", { name: "Your claim" })).toBeVisible();
    await expect(page.getByText("We are reviewing your claim")).toBeVisible();
    await expect(page.getByText("Every condition was met on your exam date.")).toBeVisible();
    const href = await page.getByRole("link", { name: "Download your score report" }).getAttribute("href");
    shared.claimId = /\/api\/claims\/([^/]+)\/upload/.exec(href!)![1];
    const own = await page.request.get(href!);
    expect(own.status()).toBe(200);
    expect(Buffer.from(await own.body())).toEqual(PDF);
    await shoot(page, "learner-claim-filed");

    await page.goto("/");
    await signOut(page);
    await page.goto("/signin");
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await expect(page.getByRole("heading", { name: "Guarantee claims" })).toBeVisible();
    await shoot(page, "admin-queue");
    await page.getByRole("link", { name: "AZ-900 · Gia Guarantee" }).first().click();
    await expect(page.getByRole("heading", { name: "AZ-900 claim by Gia Guarantee" })).toBeVisible();
    await expect(page.getByText("SR-7781-2026", { exact: true })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Pass");
    const upload = await page.request.get(`/api/claims/${shared.claimId}/upload`);
    expect(upload.status()).toBe(200);
    expect(upload.headers()["content-type"]).toBe("application/pdf");
    expect(upload.headers()["content-disposition"]).toMatch(/^attachment; filename="score-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(upload.headers()["x-content-type-options"]).toBe("nosniff");
    await shoot(page, "admin-claim");

    await page.getByRole("button", { name: "Approve claim" }).click();
    await expect(page.getByText(/at least 5 characters/)).toBeVisible();
    await page.getByLabel("Reason (the learner sees it)").fill("Score report verified; refund issued to the original payment method.");
    await page.getByRole("button", { name: "Approve claim" }).click();
    await expect(page.getByText(/^Approved on \d{4}-\d{2}-\d{2} by /)).toBeVisible();
    const again = await page.request.post(`/api/admin/claims/${shared.claimId}/decision`, { data: { decision: "REJECTED", reason: "Trying to change it" } });
    expect(again.status()).toBe(409);

    await page.goto("/");
    await signOut(page);
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/guarantee/${EXAM.slug}`)}`);
    await signIn(page, email, PASSWORD);
    await expect(page.getByText(/^Approved on \d{4}-\d{2}-\d{2}$/)).toBeVisible();
    await expect(page.getByText("Score report verified; refund issued to the original payment method.")).toBeVisible();
    await shoot(page, "learner-approved");
  });

  test("an ineligible claim shows which criteria failed; another learner sees neither claim nor upload", async ({ page }) => {
    expect(shared.claimId).toBeTruthy();
    await signUp(page, { name: "Otto Other", email: uniqueEmail("guarantee-other"), password: PASSWORD }, `/guarantee/${EXAM.slug}`);
    await page.getByRole("button", { name: "Enroll in the AZ-900 guarantee" }).click();
    await expect(page.getByText(/^Enrolled on \d{4}-\d{2}-\d{2}\./)).toBeVisible();

    await fileClaim(page, { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await expect(page.getByText("Only PDF, PNG, JPEG or WebP files are accepted.")).toBeVisible();
    await fileClaim(page, { name: "report.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByRole("heading", { name: "Your claim" })).toBeVisible();
    await expect(page.getByText(/^Not eligible: 3 of \d+ conditions were not met on your exam date\.$/)).toBeVisible();
    const snapshot = page.getByRole("list", { name: "Eligibility on your exam date" });
    for (const key of ["coverage", "simulations", "readiness"]) await expect(snapshot.locator(`[data-criterion="${key}"]`)).toHaveAttribute("data-met", "false");
    await expect(snapshot.locator('[data-criterion="exam-failed"]')).toHaveAttribute("data-met", "true");
    await expect(page.getByText("SR-7781-2026", { exact: true })).toHaveCount(1); // only this learner's own claim
    await shoot(page, "learner-ineligible");

    expect((await page.request.get(`/api/claims/${shared.claimId}/upload`)).status()).toBe(404);
    expect((await page.request.get(`/api/admin/claims/${shared.claimId}`)).status()).toBe(403);
    expect((await page.request.get("/api/admin/claims")).status()).toBe(403);
    await page.goto(`/admin/claims/${shared.claimId}`);
    await expect(page).not.toHaveURL(/\/admin\//);
    await page.goto("/admin/policies");
    await expect(page).not.toHaveURL(/\/admin\//);
  });

  test("an admin grants an enrollment and creates a new policy version", async ({ page }) => {
    expect(shared.learnerEmail).toBeTruthy();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/admin/enrollments")}`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { name: "Enrollments", exact: true })).toBeVisible();
    const form = page.getByRole("form", { name: "Grant an enrollment" });
    await form.getByLabel("Learner's e-mail").fill("nobody-here@example.com");
    await form.getByRole("button", { name: "Grant enrollment" }).click();
    await expect(form.getByText("No account with this e-mail.").first()).toBeVisible();
    await form.getByLabel("Learner's e-mail").fill(shared.learnerEmail!);
    await form.getByLabel("Exam", { exact: true }).selectOption("AZ-104");
    await form.getByLabel("Plan").fill("scholarship");
    await form.getByLabel("Price (optional)").fill("0");
    await form.getByLabel("Currency (optional)").fill("eur");
    await form.getByRole("button", { name: "Grant enrollment" }).click();
    await expect(form.getByText(`${shared.learnerEmail} is now enrolled in AZ-104.`)).toBeVisible();
    const granted = page.getByRole("list", { name: "Enrollments" }).getByRole("listitem").filter({ hasText: "AZ-104 · Gia Guarantee" });
    await expect(granted).toContainText("Granted");
    await expect(granted).toContainText(/plan scholarship · 0\.00 EUR · granted by \S/);
    await shoot(page, "admin-enrollments");

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Policies" }).click();
    const card = page.locator("section", { has: page.getByRole("heading", { name: /^AZ-104 · / }) });
    await expect(card.getByText("version 1", { exact: true })).toBeVisible();
    await card.getByText("Create a new version").click();
    await card.getByLabel("Questions answered (%)").fill("85");
    await card.getByRole("button", { name: "Save as a new version" }).click();
    await expect(card.getByText(/^Saved as version 2\./)).toBeVisible();
    await expect(card.getByText("At least 85 % of the exam's published questions answered.")).toBeVisible();
    await shoot(page, "admin-policies");
  });
});
