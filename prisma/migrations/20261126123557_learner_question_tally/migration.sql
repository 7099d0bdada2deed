-- CreateTable
CREATE TABLE "LearnerQuestionTally" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "examCode" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "firstCorrect" BOOLEAN NOT NULL,
    "repeatRight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "repeatWrong" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "repeatAt" TIMESTAMP(3),
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,

    CONSTRAINT "LearnerQuestionTally_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateIndex
CREATE INDEX "LearnerQuestionTally_userId_examCode_idx" ON "LearnerQuestionTally"("userId", "examCode");

-- CreateIndex
CREATE INDEX "LearnerQuestionTally_questionId_idx" ON "LearnerQuestionTally"("questionId");

-- AddForeignKey
ALTER TABLE "LearnerQuestionTally" ADD CONSTRAINT "LearnerQuestionTally_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerQuestionTally" ADD CONSTRAINT "LearnerQuestionTally_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every graded answer given so far, summed as rebuildAnswerTallies does
-- (lib/server/readiness/question-tallies.ts, with a half-life of 30 days = 2 592 000 s).
INSERT INTO "LearnerQuestionTally" ("userId", "questionId", "examCode", "firstAt", "firstCorrect", "repeatRight", "repeatWrong", "repeatAt", answered, correct)
SELECT "userId", "questionId", MIN("examCode"), MIN(at), (array_agg(correct ORDER BY at, id))[1],
       COALESCE(SUM(power(0.5::float8, date_part('epoch', last - at) / 2592000::float8)) FILTER (WHERE n > 1 AND correct), 0),
       COALESCE(SUM(power(0.5::float8, date_part('epoch', last - at) / 2592000::float8)) FILTER (WHERE n > 1 AND NOT correct), 0),
       CASE WHEN COUNT(*) > 1 THEN MAX(at) END, COUNT(*)::int, (COUNT(*) FILTER (WHERE correct))::int
FROM (
  SELECT a."userId", i."questionId", a."examCode", i.id, i."isCorrect" AS correct, i."answeredAt" AS at,
         row_number() OVER (PARTITION BY a."userId", i."questionId" ORDER BY i."answeredAt", i.id) AS n,
         MAX(i."answeredAt") OVER (PARTITION BY a."userId", i."questionId") AS last
  FROM "AttemptItem" i JOIN "Attempt" a ON a.id = i."attemptId"
  WHERE i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL
) graded
GROUP BY "userId", "questionId";
