import { expect, test } from "@playwright/test";
import { latestMailTo, signIn, signOut, signUp, uniqueEmail } from "./helpers.ts";

test("a new learner signs up, browses the catalog, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await signUp(page, { name: "Nia Newcomer", email, password: "a long enough password" });
  await expect(page.getByRole("link", { name: /Nia Newcomer/ })).toBeVisible();
  await page.getByRole("link", { name: "Developing Solutions for Microsoft Azure" }).click();
  await expect(page.getByRole("heading", { name: "Skills measured" })).toBeVisible();

  await signOut(page);
  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, email, "a long enough password");
  await expect(page.getByRole("link", { name: /Nia Newcomer/ })).toBeVisible();
});

test("a protected page sends a visitor to sign in and back again afterwards", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await signIn(page, "learner@passpath.dev", "practice-makes-pass");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("malformed sign-up gets clear field errors, and a taken e-mail is refused", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Sam");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("E-mail").fill("learner@passpath.dev");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/already exists/)).toBeVisible();
});

test("the server refuses bad sign-up input with a 4xx and field errors", async ({ request }) => {
  const response = await request.post("/api/auth/signup", { data: { name: "", email: "x", password: "1" } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(Object.keys(body.fieldErrors)).toEqual(expect.arrayContaining(["name", "email", "password"]));
  const garbage = await request.post("/api/auth/signup", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(garbage.status()).toBe(400);
});

test("a forgotten password is reset through the e-mailed link, and the old one stops working", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, { name: "Fran Forgetful", email, password: "first password here" });
  await signOut(page);

  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText(/reset link is on its way/)).toBeVisible();

  const mail = await latestMailTo(email);
  const link = mail.text.match(/https?:\/\/\S+reset-password\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByLabel("New password").fill("second password here");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/Your password is reset/)).toBeVisible();

  await signIn(page, email, "first password here");
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
  await signIn(page, email, "second password here");
  await expect(page.getByRole("link", { name: /Fran Forgetful/ })).toBeVisible();
});

test("five failed sign-ins lock the account for a while, with the wait time shown", async ({ browser }) => {
  // Its own address, so the per-address limit does not spill into the other tests.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const page = await context.newPage();
  const email = uniqueEmail("locked");
  await signUp(page, { name: "Lee Locked", email, password: "the right password" });
  await signOut(page);
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
  }
  await signIn(page, email, "the right password");
  await expect(page.getByText(/Too many failed sign-ins\. Try again in 1[45] minutes\./)).toBeVisible();
  await context.close();
});

test("a learner downloads their data and deletes their account", async ({ page }) => {
  const email = uniqueEmail("leaver");
  await signUp(page, { name: "Lou Leaver", email, password: "leaving password" }, "/account");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.account.email).toBe(email);
  expect(JSON.stringify(exported)).not.toContain("passwordHash");

  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByLabel("Your password").fill("leaving password");
  await page.getByRole("button", { name: "Delete my account and data" }).click();
  await expect(page.getByText("Your account and its data are deleted.")).toBeVisible();
  await signIn(page, email, "leaving password");
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
});

test("changing the password signs out every session", async ({ browser }) => {
  const email = uniqueEmail("changer");
  const first = await (await browser.newContext()).newPage();
  await signUp(first, { name: "Cam Changer", email, password: "original password" }, "/account");
  const second = await (await browser.newContext()).newPage();
  await second.goto("/signin?callbackUrl=%2Faccount");
  await signIn(second, email, "original password");
  await expect(second.getByRole("heading", { name: "Your account" })).toBeVisible();

  await first.getByLabel("Current password").fill("original password");
  await first.getByLabel("New password").fill("replacement password");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByText(/Your password is changed and every session was signed out/)).toBeVisible();

  await second.reload();
  await expect(second).toHaveURL(/\/signin/);
});
