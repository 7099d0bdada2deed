import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers.ts";

const AUTHOR = { email: "author@passpath.dev", password: "write-good-questions" };
const LEARNER = { email: "learner@passpath.dev", password: "practice-makes-pass" };
const IMPORTS = path.resolve("tests/fixtures/imports");

async function signInAs(page: Page, who: { email: string; password: string }, to: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(to)}`);
  await signIn(page, who.email, who.password);
  // The first sign-in after a cold start hashes with argon2 on a busy machine: allow it longer.
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[/?]/g, "\\$&")}$`), { timeout: 30_000 });
}

async function importFile(page: Page, file: string, settings: { skillArea: string; mapping?: string }, added: number) {
  await page.getByLabel("Files").setInputFiles(path.join(IMPORTS, file));
  await page.getByLabel("Exam").selectOption("AZ-204");
  await page.getByLabel("Default skill area").selectOption(settings.skillArea);
  await page.getByLabel("Mapping (optional)").fill(settings.mapping ?? "");
  await page.getByRole("button", { name: "Dry run" }).click();
  const report = page.getByRole("region", { name: "Dry run: nothing written yet" });
  await expect(report).toBeVisible();
  await expect(report.locator("div", { hasText: "Added" }).locator("dd")).toHaveText(String(added));
  await page.getByRole("button", { name: "Commit import" }).click();
  const done = page.getByRole("region", { name: "Imported" });
  await expect(done).toBeVisible();
  await expect(done.locator("div", { hasText: "Added" }).locator("dd")).toHaveText(String(added));
}

test("an author imports, edits with a preview, retires, and answers a learner's report", async ({ page }) => {
  // The whole author journey with two sign-ins of the learner: longer than one page's test.
  test.setTimeout(180_000);
  // A learner cannot reach the workspace, and reports a question they were shown.
  await signInAs(page, LEARNER, "/exams");
  expect((await page.request.get("/api/author/questions")).status()).toBe(403);
  expect((await page.request.post("/api/author/questions", { data: { question: {} } })).status()).toBe(403);
  await page.goto("/author/questions");
  await expect(page.getByRole("heading", { name: "The authoring workspace is for authors" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Author", exact: true })).toHaveCount(0);

  const started = await page.request.post("/api/attempts", { data: { mode: "PRACTICE", examCode: "AZ-204", count: 1 } });
  expect(started.status()).toBe(201);
  const attempt = await (await page.request.get(`/api/attempts/${(await started.json()).id}`)).json();
  const seen = attempt.items[0] as { questionId: string; questionVersion: number };
  const reported = await page.request.post("/api/reports", { data: { questionId: seen.questionId, questionVersion: seen.questionVersion, kind: "WRONG_KEY", text: "I think option B is also correct here." } });
  expect(reported.status()).toBe(201);
  await page.goto("/reports");
  await expect(page.getByText("Waiting for an author.")).toBeVisible();
  await signOut(page);

  // The author imports a GIFT file and a Markdown checklist: dry run first, then commit.
  await signInAs(page, AUTHOR, "/author/questions");
  await page.getByRole("navigation", { name: "Authoring" }).getByRole("link", { name: "Import" }).click();
  await importFile(page, "az204-functions.gift", { skillArea: "compute" }, 3);
  await importFile(page, "az204-storage-checklist.md", { skillArea: "", mapping: "Develop for Azure storage = storage" }, 2);
  await page.goto("/author/questions?q=fails+to+process+a+message+five+times");
  await expect(page.getByText("1–1 of 1")).toBeVisible();
  await page.goto("/author/questions?q=upload+blobs+to+one+container&exam=AZ-204&status=DRAFT&area=storage");
  await expect(page.getByText("1–1 of 1")).toBeVisible();

  // Edits a published question and watches the preview follow.
  await page.goto("/author/questions?exam=AZ-204&status=PUBLISHED&type=single");
  await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Edit question/ })).toBeVisible();
  const stem = page.getByLabel("Stem (Markdown)");
  await stem.fill(`${await stem.inputValue()}\n\nEdited by the e2e author.`);
  await expect(page.getByRole("region", { name: "Preview · as learners see it" }).getByText("Edited by the e2e author.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Preview · after answering/ }).getByRole("heading", { name: "Explanation" })).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Saved as version 2\./)).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Nothing changed, so nothing was saved (still version 2).")).toBeVisible();
  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page.getByRole("heading", { name: /v1 → v2/ })).toBeVisible();
  await expect(page.getByText("Edited by the e2e author.")).toBeVisible();

  // A field the bank's rules refuse is shown beside the field, and nothing is saved.
  await page.goBack();
  await page.getByLabel("Explanation (Markdown)").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Some fields are not valid.")).toBeVisible();
  await expect(page.getByText("must not be empty")).toBeVisible();

  // Retires it.
  await page.reload();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Retire question" }).click();
  await expect(page.getByText(/This question is retired/)).toBeVisible();

  // Answers the learner's report.
  await page.getByRole("navigation", { name: "Authoring" }).getByRole("link", { name: "Reports" }).click();
  const report = page.getByRole("listitem", { name: `Report on ${seen.questionId}` });
  await expect(report.getByText("I think option B is also correct here.")).toBeVisible();
  await report.getByLabel("Note to the reporter").fill("Option B fails the private endpoint requirement, so the key stands.");
  await report.getByRole("button", { name: "Dismiss" }).click();
  await expect(report.getByText(/Dismissed by .*: Option B fails/)).toBeVisible();
  await signOut(page);

  // The learner sees the outcome.
  await signInAs(page, LEARNER, "/reports");
  await expect(page.getByText("Reviewed, no change")).toBeVisible();
  await expect(page.getByText("Option B fails the private endpoint requirement, so the key stands.")).toBeVisible();
});
