import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const OUTBOX = path.resolve(".data/e2e/outbox");

/** A fresh address per test run, so tests never collide with each other or with earlier runs. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }, callbackUrl = "/exams") {
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}$`));
}

/** Signs out and waits until the signed-out header shows, so the next navigation does not race the redirect. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The newest message the server "sent" to this address (written to the outbox without SMTP). */
export async function latestMailTo(email: string): Promise<{ subject: string; text: string }> {
  let found: { to: string; subject: string; text: string } | undefined;
  await expect
    .poll(() => {
      const files = fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).sort() : [];
      found = files.map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8"))).filter((m) => m.to === email).pop();
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}
