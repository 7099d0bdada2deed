import { describe, expect, it } from "vitest";
import { hasRole, type CurrentUser } from "./session.ts";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: "u", email: "u@example.com", name: "U", role });

describe("hasRole", () => {
  it("ranks admin above author above learner", () => {
    expect(hasRole(user("ADMIN"), "AUTHOR")).toBe(true);
    expect(hasRole(user("ADMIN"), "ADMIN")).toBe(true);
    expect(hasRole(user("AUTHOR"), "AUTHOR")).toBe(true);
    expect(hasRole(user("AUTHOR"), "ADMIN")).toBe(false);
    expect(hasRole(user("LEARNER"), "AUTHOR")).toBe(false);
    expect(hasRole(user("LEARNER"), "LEARNER")).toBe(true);
  });
});
