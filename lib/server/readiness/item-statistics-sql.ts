import "server-only";
import { GROUP_SHARE, groupSizeOf, MIN_REST_ANSWERS, type ItemCounts } from "@/lib/domain/readiness/item-statistics.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

type CountsRow = {
  itemId: string;
  timesAnswered: number;
  learners: number;
  right: number;
  rated: number;
  pointBiserial: number | null;
  /** [choice id, first answers, from the strong, from the weak] */
  chosen: [string, number, number, number][] | null;
};

/**
 * The ItemCounts of every answered question of the exam, counted in the database as countItems
 * (lib/domain/readiness/item-statistics.ts) counts them from the rows — the integration tests hold
 * the two equal — so that one row per question reaches the app instead of every answer.
 * A learner's first answer to a question is their earliest (by id among simultaneous ones); the
 * strong and weak groups are the ends of the learners ranked by rest score, earlier first answer
 * first among equals.
 */
export async function countExamItems(prisma: PrismaClient, examCode: string): Promise<Map<string, ItemCounts>> {
  // The planner guesses the window steps' output a dozen times too large and compiles the query
  // (JIT), which costs more than it saves here: about 0.7 s of the 5 s at full scale.
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL jit = off`,
    prisma.$queryRaw<CountsRow[]>`
    WITH answers AS (
      SELECT i.id, a."userId" AS learner, i."questionId" AS item, i."isCorrect" AS correct, i.response, i."answeredAt" AS at
      FROM "AttemptItem" i
      JOIN "Attempt" a ON a.id = i."attemptId"
      WHERE a."examCode" = ${examCode} AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL
    ), answered AS (
      SELECT item, COUNT(*)::int AS times FROM answers GROUP BY item
    ), firsts AS (
      SELECT DISTINCT ON (learner, item) id, learner, item, correct, response, at
      FROM answers
      ORDER BY learner, item, at, id
    ), scored AS (
      SELECT firsts.*,
             CASE WHEN COUNT(*) OVER learner - 1 >= ${MIN_REST_ANSWERS}
                  THEN (COUNT(*) FILTER (WHERE correct) OVER learner - correct::int)::float8 / (COUNT(*) OVER learner - 1) END AS rest
      FROM firsts
      WINDOW learner AS (PARTITION BY learner)
    ), ranked AS (
      SELECT scored.*,
             row_number() OVER (PARTITION BY item ORDER BY rest NULLS LAST, at, id) AS rank,
             COUNT(rest) OVER (PARTITION BY item) AS rated
      FROM scored
    ), items AS (
      SELECT item,
             COUNT(*)::int AS learners,
             COUNT(*) FILTER (WHERE correct)::int AS "right",
             MAX(rated)::int AS rated,
             corr(correct::int::float8, rest) AS pb
      FROM ranked
      GROUP BY item
    ), picks AS (
      -- The choice ids of each first answer, as chosenOf reads them; each once per answer (object keys are unique already).
      SELECT r.item, r.rank, r.rated, r.rest IS NOT NULL AS is_rated, pick.choice
      FROM ranked r
      CROSS JOIN LATERAL (
        SELECT r.response ->> 'choice' WHERE r.response ->> 'type' = 'single'
        UNION ALL SELECT DISTINCT jsonb_array_elements_text(CASE r.response ->> 'type' WHEN 'multiple' THEN r.response -> 'choices' WHEN 'ordering' THEN r.response -> 'sequence' END)
        UNION ALL SELECT e.key || CASE WHEN e.value = 'true'::jsonb THEN ':yes' ELSE ':no' END
                  FROM jsonb_each(CASE WHEN r.response ->> 'type' = 'yesno' THEN r.response -> 'answers' END) e
      ) AS pick(choice)
    ), choice_counts AS (
      SELECT item, choice,
             COUNT(*)::int AS chosen,
             COUNT(*) FILTER (WHERE is_rated AND rank > rated - group_size)::int AS strong,
             COUNT(*) FILTER (WHERE is_rated AND rank <= group_size)::int AS weak
      FROM (SELECT picks.*, floor(rated * ${GROUP_SHARE}::float8) AS group_size FROM picks) p
      GROUP BY item, choice
    ), choices_of_item AS (
      SELECT item, jsonb_agg(jsonb_build_array(choice, chosen, strong, weak)) AS chosen FROM choice_counts GROUP BY item
    )
    SELECT items.item AS "itemId", answered.times AS "timesAnswered", items.learners, items."right", items.rated,
           CASE WHEN items.rated >= 3 THEN items.pb END AS "pointBiserial",
           choices_of_item.chosen
    FROM items
    JOIN answered USING (item)
    LEFT JOIN choices_of_item USING (item)`,
  ]);

  return new Map(
    rows.map((row) => {
      const groupSize = groupSizeOf(row.rated);
      return [
        row.itemId,
        {
          itemId: row.itemId,
          timesAnswered: row.timesAnswered,
          learners: row.learners,
          right: row.right,
          pointBiserial: row.pointBiserial,
          groupSize,
          chosen: new Map((row.chosen ?? []).map(([id, all, strong, weak]) => [id, groupSize > 0 ? { all, strong, weak } : { all, strong: 0, weak: 0 }])),
        },
      ];
    }),
  );
}
