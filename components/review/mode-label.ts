import type { AttemptMode } from "@/lib/server/attempts/dto.ts";

export const MODE_NAME: Record<AttemptMode, string> = {
  EXAM: "Exam simulation",
  PRACTICE: "Practice",
  DRILL: "Skill-area drill",
  CUSTOM: "Custom quiz",
  REVIEW: "Review quiz",
  SMART: "Smart practice",
};
