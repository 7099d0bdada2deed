import { expect, test } from "@playwright/test";

test("the catalog lists the four exams and an exam page shows its weighted outline, prerequisites and lifecycle", async ({ page }) => {
  await page.goto("/exams");
  await expect(page.getByRole("heading", { name: "Exam catalog" })).toBeVisible();
  for (const title of ["Microsoft Azure Fundamentals", "Microsoft Azure Administrator", "Developing Solutions for Microsoft Azure", "Designing and Implementing Microsoft DevOps Solutions"]) {
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }

  await page.getByRole("link", { name: "Designing and Implementing Microsoft DevOps Solutions" }).click();
  await expect(page).toHaveURL(/\/exams\/az-400$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Designing and Implementing Microsoft DevOps Solutions");
  await expect(page.getByText("Design and implement build and release pipelines")).toBeVisible();
  await expect(page.getByText("50–55 %")).toBeVisible();
  const prerequisite = page.getByText(/To earn the certification you also need/);
  await expect(prerequisite).toContainText("AZ-104");
  await expect(prerequisite).toContainText("AZ-204");

  await page.goto("/exams/az-204");
  await expect(page.getByText(/Reported, not confirmed: AZ-204/)).toBeVisible();
  await expect(page.getByText(/AI-200/).first()).toBeVisible();
});

test("an unknown exam code gets a 404 page", async ({ page }) => {
  const response = await page.goto("/exams/az-999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We do not have that exam" })).toBeVisible();
});
