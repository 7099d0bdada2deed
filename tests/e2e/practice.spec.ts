import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers.ts";

const SHOTS = "/tmp/shots";
const PASSWORD = "a long enough password";
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six"];

type Kind = "single" | "multiple" | "yesno" | "ordering";

/** Saves a screenshot in light mode and, with `dark`, the same view in dark mode. */
async function shoot(page: Page, name: string, { dark = true, fullPage = true } = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  // From the top, so the sticky bar of the player is drawn where the learner sees it.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/practice-${name}.png`, fullPage });
  if (!dark) return;
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await page.screenshot({ path: `${SHOTS}/practice-${name}-dark.png`, fullPage });
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
}

async function newLearner(page: Page, landing = "/exams/az-204/practice") {
  await signUp(page, { name: "Pat Practice", email: uniqueEmail("practice"), password: PASSWORD }, landing);
}

const heading = (page: Page) => page.getByRole("heading", { name: /^Question \d+ of \d+$/ });
const answerArea = (page: Page) => page.locator("article fieldset");
const navButton = (page: Page, n: number) => page.getByRole("navigation", { name: "Question navigator" }).getByRole("button", { name: new RegExp(`^Question ${n},`) });
const attemptIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2]!;

async function expectOnQuestion(page: Page, n: number, total?: number) {
  await expect(heading(page)).toHaveText(total ? `Question ${n} of ${total}` : new RegExp(`^Question ${n} of \\d+$`));
}

async function questionCount(page: Page): Promise<number> {
  const text = await heading(page).innerText();
  return Number(/of (\d+)/.exec(text)![1]);
}

async function kindOf(page: Page): Promise<Kind> {
  const legend = await answerArea(page).locator("legend").innerText();
  if (/Choose one answer/.test(legend)) return "single";
  if (/Choose \w+\./.test(legend)) return "multiple";
  if (/For each statement/.test(legend)) return "yesno";
  return "ordering";
}

/** Answers the question on screen, with the mouse or with the keyboard shortcuts, and checks the screen shows the answer. */
async function answerCurrent(page: Page, how: "mouse" | "keyboard"): Promise<Kind> {
  const area = answerArea(page);
  const kind = await kindOf(page);
  const legend = await area.locator("legend").innerText();
  switch (kind) {
    case "single": {
      if (how === "mouse") await area.getByRole("radio").nth(1).check();
      else await page.keyboard.press("b");
      await expect(area.getByRole("radio").nth(1)).toBeChecked();
      break;
    }
    case "multiple": {
      const n = NUMBER_WORDS.indexOf(/Choose (\w+)\./.exec(legend)![1]!);
      const boxes = area.getByRole("checkbox");
      for (let i = 0; i < n; i++) {
        if (how === "mouse") await boxes.nth(i).check();
        else await page.keyboard.press(String(i + 1));
        await expect(boxes.nth(i)).toBeChecked();
      }
      // "Choose two" means two: a third box cannot be ticked.
      await expect(boxes.nth(n)).toBeDisabled();
      break;
    }
    case "yesno": {
      const statements = area.getByRole("radiogroup");
      const count = await statements.count();
      for (let i = 0; i < count; i++) {
        const answer = i % 2 === 0 ? "Yes" : "No";
        if (how === "mouse") await statements.nth(i).getByText(answer, { exact: true }).click();
        else for (let press = 0; press < (answer === "Yes" ? 1 : 2); press++) await page.keyboard.press(String(i + 1));
        await expect(statements.nth(i).getByRole("radio", { name: answer })).toBeChecked();
      }
      break;
    }
    case "ordering": {
      const slots = Number(/Put (\d+) of the actions/.exec(legend)![1]);
      const firstAction = (await area.getByRole("button", { name: /^Add to sequence: / }).first().getAttribute("aria-label"))!.replace("Add to sequence: ", "");
      if (how === "mouse") {
        for (let i = 0; i < slots; i++) await area.getByRole("button", { name: /^Add to sequence: / }).first().click();
        await area.getByRole("button", { name: "Move step 2 up" }).click();
        await expect(area.getByRole("listitem", { name: `Step 2: ${firstAction}` })).toBeVisible();
      } else {
        for (let i = 1; i <= slots; i++) await page.keyboard.press(String(i));
        await area.getByRole("listitem", { name: `Step 1: ${firstAction}` }).focus();
        await page.keyboard.press("ArrowDown");
        await expect(area.getByRole("listitem", { name: `Step 2: ${firstAction}` })).toBeFocused();
      }
      await expect(area.getByRole("heading", { name: `Your sequence (${slots} of ${slots} steps)` })).toBeVisible();
      break;
    }
  }
  return kind;
}

async function startCustomQuiz(page: Page, options: { count: number; feedback?: "After each question" | "At the end"; minutes?: number }) {
  await page.getByText("Custom quiz", { exact: true }).click();
  await page.getByLabel("Number of questions").fill(String(options.count));
  if (options.feedback) await page.getByRole("radio", { name: options.feedback, exact: true }).check();
  if (options.minutes) {
    await page.getByRole("radio", { name: "Set a limit", exact: true }).check();
    await page.getByLabel("Time limit in minutes").fill(String(options.minutes));
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+$/);
  await expectOnQuestion(page, 1, options.count);
}

test.describe("practice engine", () => {
  test("a full AZ-204 exam simulation: every question type by mouse and keyboard, flags, navigator, reload, submit, result", async ({ page }) => {
    // Fifty questions, each answered and checked on screen: long on a busy machine.
    test.setTimeout(600_000);
    await newLearner(page, "/exams/az-204");
    await page.getByRole("link", { name: "Practise AZ-204" }).click();
    await expect(page.getByRole("heading", { name: "Practise AZ-204" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Exam simulation/ })).toBeChecked();
    await shoot(page, "start-screen");
    await page.getByRole("button", { name: "Review the rules" }).click();
    await expect(page.getByRole("heading", { name: "Before you start" })).toBeFocused();
    await expect(page.getByText(/submitted automatically/)).toBeVisible();
    await shoot(page, "start-exam-rules", { dark: false });
    await page.getByRole("button", { name: "Start the exam" }).click();

    await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+$/);
    const total = await questionCount(page);
    expect(total).toBe(50);
    await expect(page.getByRole("timer", { name: "Time left" })).toHaveText(/^1:(39|40):\d\d$/);

    const seen = new Map<string, number>();
    const flagged: number[] = [];
    let sawCaseStudy = false;
    for (let n = 1; n <= total; n++) {
      await expectOnQuestion(page, n, total);
      const kind = await kindOf(page);
      const caseStudy = (await page.getByRole("tablist").count()) > 0;
      const key = `${kind}${caseStudy ? "-case-study" : ""}`;
      const times = seen.get(key) ?? 0;
      seen.set(key, times + 1);
      // Each type is answered by mouse the first time it comes up and by keyboard the next.
      await answerCurrent(page, times % 2 === 0 ? "mouse" : "keyboard");
      if (times === 0) await shoot(page, `question-${key}`);

      if (caseStudy && !sawCaseStudy) {
        sawCaseStudy = true;
        await expect(page.getByText("Case study section")).toBeVisible();
        const tabs = page.getByRole("tablist");
        await tabs.getByRole("tab", { name: "Existing environment" }).click();
        await expect(tabs.getByRole("tab", { name: "Existing environment" })).toHaveAttribute("aria-selected", "true");
        await page.keyboard.press("ArrowRight");
        await expect(tabs.getByRole("tab", { selected: true })).not.toHaveText("Existing environment");
        await expectOnQuestion(page, n, total); // arrows inside the tabs never change the question
        await heading(page).focus();
      }

      if (n === 3 || n === 20) {
        await page.getByRole("button", { name: "Flag for review" }).click();
        flagged.push(n);
      } else if (n === 7 || (caseStudy && !flagged.some((f) => f > 45))) {
        await page.keyboard.press("f");
        flagged.push(n);
      }
      if (flagged.includes(n)) await expect(page.getByRole("button", { name: "Flagged", exact: true, pressed: true })).toBeVisible();

      if (n === 20) {
        await expect(navButton(page, 20)).toHaveAccessibleName("Question 20, answered, flagged");
        await page.reload();
        await expectOnQuestion(page, 20, total);
        await expect(page.getByText("20 of 50 answered")).toBeVisible();
        await expect(navButton(page, 20)).toHaveAccessibleName("Question 20, answered, flagged");
        await expect(navButton(page, 3)).toHaveAccessibleName("Question 3, answered, flagged");
        await expect(navButton(page, 7)).toHaveAccessibleName("Question 7, answered, flagged");
        await expect(navButton(page, 12)).toHaveAccessibleName("Question 12, answered");
        await expect(navButton(page, 21)).toHaveAccessibleName("Question 21, unanswered");
        await expect(navButton(page, 20)).toHaveAttribute("aria-current", "step");
      }

      if (n < total) {
        if (n % 2 === 0) await page.getByRole("button", { name: "Next", exact: true }).click();
        else await page.keyboard.press("ArrowRight");
      }
    }
    expect([...seen.keys()].map((k) => k.replace("-case-study", ""))).toEqual(expect.arrayContaining(["single", "multiple", "yesno", "ordering"]));
    expect(sawCaseStudy).toBe(true);
    await expect(page.getByText("50 of 50 answered")).toBeVisible();
    await expect(page.getByRole("status").getByText("Saved")).toBeVisible();

    // The navigator: jump to a question, then review only the flagged ones.
    await navButton(page, 12).click();
    await expectOnQuestion(page, 12, total);
    await page.keyboard.press("ArrowLeft");
    await expectOnQuestion(page, 11, total);
    const navigator = page.getByRole("navigation", { name: "Question navigator" });
    await navigator.getByRole("button", { name: `Review flagged (${flagged.length})` }).click();
    await expect(navigator.getByRole("button", { name: /^Question \d+,/ })).toHaveCount(flagged.length);
    await shoot(page, "navigator-flagged");
    await navButton(page, flagged[0]!).click();
    await expectOnQuestion(page, flagged[0]!, total);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectOnQuestion(page, flagged[1]!, total);
    await page.keyboard.press("ArrowRight");
    await expectOnQuestion(page, flagged[2]!, total);
    await navigator.getByRole("button", { name: /^All/ }).click();

    // Submit from the summary, which lists what is flagged.
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    const summary = page.getByRole("dialog", { name: "Submit your answers?" });
    await expect(summary).toBeVisible();
    await expect(summary.getByText("You have answered 50 of 50 questions.")).toBeVisible();
    await expect(summary.getByText("None — every question has an answer.")).toBeVisible();
    for (const n of flagged) await expect(summary.getByRole("region", { name: "Flagged for review" }).getByRole("button", { name: `Go to question ${n}` })).toBeVisible();
    await shoot(page, "submit-summary", { fullPage: false });
    await summary.getByRole("button", { name: "Submit now" }).click();

    await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+\/result$/);
    await expect(page.getByRole("heading", { name: "Your result" })).toBeVisible();
    await expect(page.getByText("Estimated scaled score")).toBeVisible();
    await expect(page.getByText(/estimate — Microsoft does not publish its scaling/i)).toBeVisible();
    await expect(page.getByText(/^(Pass|Fail)$/)).toBeVisible();
    await expect(page.getByText(/^\d+ %$/).first()).toBeVisible();
    await expect(page.getByText("By you")).toBeVisible();
    const meters = page.getByRole("region", { name: "By skill area" }).getByRole("meter");
    await expect(meters).toHaveCount(5);
    await expect(meters.first()).toHaveAttribute("aria-valuetext", /^\d+ % \(\d+ of \d+ points\)$/);
    await expect(page.getByRole("article")).toHaveCount(50);
    await expect(page.getByRole("article").first().getByRole("heading", { name: "Explanation" })).toBeVisible();
    await shoot(page, "result", { fullPage: false });
    await page.getByRole("heading", { name: "Review your answers" }).scrollIntoViewIfNeeded();
    await shoot(page, "result-review", { fullPage: false });
  });

  test("practice with immediate feedback: check answer shows right and wrong, the explanation and references, and locks the answer", async ({ page }) => {
    await newLearner(page);
    await page.getByRole("radio", { name: /^Practice/ }).check();
    await page.getByLabel("Number of questions").fill("3");
    await page.getByRole("button", { name: "Start practice" }).click();
    await expectOnQuestion(page, 1, 3);

    const check = page.getByRole("button", { name: "Check answer" });
    await expect(check).toBeDisabled();
    const kind = await answerCurrent(page, "mouse");
    await check.click();
    const explanation = page.getByRole("region", { name: "Explanation" });
    await expect(explanation.getByText(/^(Correct|Partly correct|Incorrect)/)).toBeVisible();
    await expect(explanation.getByRole("heading", { name: "Explanation" })).toBeVisible();
    await expect(explanation.getByRole("heading", { name: "References" })).toBeVisible();
    await expect(explanation.getByRole("link", { name: /learn\.microsoft\.com/ }).first()).toBeVisible();
    await expect(page.getByText(/Correct answer|Your choice — correct|the answer is (Yes|No)|Correct sequence/).first()).toBeVisible();
    if (kind === "single") await expect(answerArea(page).getByRole("radio").first()).toBeDisabled();
    await expect(check).toHaveCount(0);
    await expect(navButton(page, 1)).toHaveAccessibleName(/^Question 1, answered, (correct|incorrect)$/);
    await shoot(page, "feedback");

    // Keyboard: Enter goes on once checked, then checks the next answer.
    await page.keyboard.press("Enter");
    await expectOnQuestion(page, 2, 3);
    await answerCurrent(page, "keyboard");
    await heading(page).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();

    // A checked answer stays checked — and locked — after a reload.
    await page.reload();
    await expectOnQuestion(page, 2, 3);
    await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);

    await page.setViewportSize({ width: 360, height: 800 });
    await shoot(page, "feedback-360");
  });

  test("a custom quiz keeps to the chosen skill areas, difficulty range and count", async ({ page }) => {
    await newLearner(page);
    await page.getByText("Custom quiz", { exact: true }).click();
    const chosen = ["Develop for Azure storage", "Connect to and consume Azure services and third-party services"];
    for (const area of ["Develop Azure compute solutions", "Implement Azure security", "Monitor and troubleshoot Azure solutions"]) {
      await page.getByRole("checkbox", { name: area }).uncheck();
    }
    await page.getByLabel("Easiest").selectOption("2");
    await page.getByLabel("Hardest").selectOption("4");
    await page.getByLabel("Number of questions").fill("6");
    await page.getByRole("radio", { name: "At the end", exact: true }).check();
    await shoot(page, "start-custom-quiz", { dark: false });
    await page.getByRole("button", { name: "Start quiz" }).click();

    await expectOnQuestion(page, 1, 6);
    await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
    for (let n = 1; n <= 6; n++) {
      await expectOnQuestion(page, n, 6);
      await expect(page.locator("article header p")).toHaveText(new RegExp(`^(${chosen.join("|")})$`));
      if (n < 6) await page.keyboard.press("ArrowRight");
    }
    await answerCurrent(page, "mouse");
    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
    await expect(page.getByRole("heading", { name: "Your result" })).toBeVisible();
    const meters = page.getByRole("region", { name: "By skill area" }).getByRole("meter");
    for (const name of await meters.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")))) expect(chosen).toContain(name);
    await expect(page.getByRole("article")).toHaveCount(6);
  });

  test("a timed quiz submits itself when the clock reaches zero", async ({ page }) => {
    test.setTimeout(180_000);
    await newLearner(page);
    await startCustomQuiz(page, { count: 3, minutes: 1, feedback: "At the end" });
    const timer = page.getByRole("timer", { name: "Time left" });
    await expect(timer).toHaveText(/^(01:00|00:[0-5]\d)$/);
    await answerCurrent(page, "mouse");
    await expect(page).toHaveURL(/\/result$/, { timeout: 90_000 });
    await expect(page.getByText(/submitted automatically/)).toBeVisible();
    await expect(page.getByText("Automatically, when the time ran out")).toBeVisible();
    await expect(page.getByRole("article").first().getByText(/^(Correct|Partly correct|Incorrect) · /)).toBeVisible();
  });

  test("two tabs on one attempt answer different questions and neither answer is lost", async ({ page, context }) => {
    await newLearner(page);
    await startCustomQuiz(page, { count: 4, feedback: "At the end" });
    const other = await context.newPage();
    await other.goto(page.url());
    await expectOnQuestion(other, 1, 4);

    const savedOnFirst = page.waitForResponse((r) => r.request().method() === "PUT" && /\/items\/0$/.test(r.url()) && r.ok());
    await answerCurrent(page, "mouse");
    await navButton(other, 2).click();
    await expectOnQuestion(other, 2, 4);
    const savedOnSecond = other.waitForResponse((r) => r.request().method() === "PUT" && /\/items\/1$/.test(r.url()) && r.ok());
    await answerCurrent(other, "mouse");
    await Promise.all([savedOnFirst, savedOnSecond]);
    await expect(page.getByRole("status").getByText("Saved")).toBeVisible();
    await expect(other.getByRole("status").getByText("Saved")).toBeVisible();

    await Promise.all([page.reload(), other.reload()]);
    for (const tab of [page, other]) {
      await expect(navButton(tab, 1)).toHaveAccessibleName("Question 1, answered");
      await expect(navButton(tab, 2)).toHaveAccessibleName("Question 2, answered");
    }
    const saved = await (await page.request.get(`/api/attempts/${attemptIdOf(page)}`)).json();
    expect(saved.items[0].response).not.toBeNull();
    expect(saved.items[1].response).not.toBeNull();
  });

  test("submitting twice — a double click, or two requests at once — gives one result", async ({ page, browser }) => {
    await newLearner(page);
    await startCustomQuiz(page, { count: 3, feedback: "At the end" });
    const id = attemptIdOf(page);
    await answerCurrent(page, "mouse");
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).dblclick();
    await expect(page.getByRole("heading", { name: "Your result" })).toBeVisible();
    const shown = await page.getByText(/^\d+ %$/).first().innerText();

    const [first, second] = await Promise.all([page.request.post(`/api/attempts/${id}/submit`), page.request.post(`/api/attempts/${id}/submit`)]);
    expect(first.status()).toBe(200);
    expect(second.status()).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(a.submittedAt).toBe(b.submittedAt);
    expect(a.result).toEqual(b.result);
    await page.reload();
    await expect(page.getByText(/^\d+ %$/).first()).toHaveText(shown);

    // The player of a submitted attempt goes to its result; another learner gets a 404.
    await page.goto(`/attempts/${id}`);
    await expect(page).toHaveURL(new RegExp(`/attempts/${id}/result$`));
    const stranger = await browser.newPage();
    await signUp(stranger, { name: "Sam Stranger", email: uniqueEmail("stranger"), password: PASSWORD }, "/exams");
    const response = await stranger.goto(`/attempts/${id}`);
    expect(response?.status()).toBe(404);
    await expect(stranger.getByRole("heading", { name: "We cannot find that attempt" })).toBeVisible();
    await stranger.close();
  });

  test("when the bank cannot fill the exam, the learner is offered the nearest possible form", async ({ page }) => {
    await newLearner(page);
    let calls = 0;
    let secondBody: Record<string, unknown> = {};
    await page.route("**/api/attempts", async (route) => {
      calls += 1;
      if (calls === 1) {
        await route.fulfill({
          status: 409,
          json: {
            error: "SHORTFALL",
            message: "The bank cannot fill a 50-question exam yet; the nearest possible form has 44 questions.",
            requested: 50,
            nearestPossibleTotal: 44,
            shortfall: [{ skillAreaKey: "monitor", wanted: 5, available: 2 }],
          },
        });
        return;
      }
      secondBody = route.request().postDataJSON();
      await route.continue();
    });
    await page.getByRole("button", { name: "Review the rules" }).click();
    await page.getByRole("button", { name: "Start the exam" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "cannot fill a full 50-question exam" });
    await expect(notice).toBeVisible();
    await expect(notice.getByText("Monitor and troubleshoot Azure solutions: 2 of the 5 questions the outline asks for")).toBeVisible();
    await shoot(page, "start-shortfall", { dark: false });
    await notice.getByRole("button", { name: "Start the nearest possible form (44 questions)" }).click();
    await expect(page).toHaveURL(/\/attempts\/c[a-z0-9]+$/);
    expect(secondBody).toMatchObject({ mode: "EXAM", examCode: "AZ-204", acceptNearest: true });
  });
});
