import type { QuestionType } from "@/lib/domain/questions/content.ts";

export const TYPE_LABEL: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  yesno: "Yes/no series",
  ordering: "Ordering",
};

export const STATUS_LABEL: Record<"DRAFT" | "PUBLISHED" | "RETIRED", string> = { DRAFT: "Draft", PUBLISHED: "Published", RETIRED: "Retired" };
export const STATUS_TONE = { DRAFT: "warning", PUBLISHED: "success", RETIRED: "neutral" } as const;
