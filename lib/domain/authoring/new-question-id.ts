import { slugify } from "@/lib/domain/bank/formats/import-id.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** `az-204-compute-durable-functions-k3x9`: readable in a URL and a bank file, unique by its random tail. `random` returns [0, 1). */
export function newQuestionId(examCode: string, skillAreaKey: string, topic: string, random: () => number): string {
  const topicSlug = (slugify(topic) ?? "").slice(0, 32).replace(/-+$/, "");
  let tail = "";
  for (let i = 0; i < 4; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return [slugify(examCode) ?? "exam", skillAreaKey, topicSlug, tail].filter(Boolean).join("-");
}
