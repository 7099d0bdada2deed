import Link from "next/link";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ReadinessDriverDto, ReadinessDto } from "@/lib/server/readiness/dto.ts";
import { percent, ReadinessGauge, readinessTone } from "./readiness-gauge.tsx";
import { StartDrillButton } from "./start-drill-button.tsx";

/** Below this a skill area is not worth naming as a driver: chance moves the figure more. */
const NOTABLE_COST = 0.01;
const SHOWN_DRIVERS = 3;

type Props = {
  exam: { code: string; slug: string };
  readiness: ReadinessDto;
  /** Whether the learner has submitted a full exam simulation of this exam. */
  hasSimulation: boolean;
  reviewsDue: number;
};

const TONE_TEXT = {
  danger: "text-red-700 dark:text-red-300",
  warning: "text-amber-700 dark:text-amber-300",
  success: "text-emerald-700 dark:text-emerald-300",
} as const;

const points = (p: number) => `${Math.max(1, Math.round(p * 100))} point${Math.round(p * 100) > 1 ? "s" : ""}`;

/** The pass probability with its range, what drives it, and what to do next — or how many answers it still needs. */
export function ReadinessCard({ exam, readiness, hasSimulation, reviewsDue }: Props) {
  const headingId = `readiness-${exam.code}`;
  if (readiness.status === "insufficient-data") {
    const done = readiness.answered / (readiness.answered + readiness.needed);
    return (
      <Card aria-labelledby={headingId}>
        <h3 id={headingId} className="text-lg font-semibold">
          Readiness
        </h3>
        <p className="mt-3 text-2xl font-bold">
          Answer {readiness.needed} more question{readiness.needed === 1 ? "" : "s"} to get a readiness estimate
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          With fewer answers any figure would be mostly guesswork, so we wait until your answers can say how likely you are to pass {exam.code} — and how sure that is.
        </p>
        <div
          className="mt-4 h-2.5 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
          role="progressbar"
          aria-label="Answers towards a readiness estimate"
          aria-valuemin={0}
          aria-valuemax={readiness.answered + readiness.needed}
          aria-valuenow={readiness.answered}
        >
          <div className="h-full rounded-full bg-brand-500" style={{ width: `${Math.round(done * 100)}%` }} />
        </div>
        <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">
          {readiness.answered} of {readiness.answered + readiness.needed} graded answers
        </p>
        <ButtonLink href={`/exams/${exam.slug}/practice`} className="mt-5">
          Practise {exam.code}
        </ButtonLink>
      </Card>
    );
  }

  const tone = readinessTone(readiness.probability);
  const notable = readiness.drivers.filter((d) => d.costInProbability >= NOTABLE_COST).slice(0, SHOWN_DRIVERS);
  // Far below the pass level no single area would carry the learner over it, so none costs much on
  // its own: then the next step is the weakest area, where an answer is worth most.
  const farBelow = notable.length === 0 && readiness.probability < 0.5;
  const weakest = notable[0] ?? (farBelow ? lowestAbility(readiness.drivers) : undefined);
  return (
    <Card aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-semibold">
        Readiness
      </h3>
      <div className="mt-3 flex flex-col items-center gap-4 sm:flex-row sm:items-center">
        <ReadinessGauge probability={readiness.probability} low={readiness.low} high={readiness.high} />
        <div className="text-center sm:text-left">
          <p className={`text-lg font-semibold ${TONE_TEXT[tone]}`}>
            {percent(readiness.probability)} chance to pass {exam.code} now
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Likely between <strong className="tabular-nums">{percent(readiness.low)}</strong> and <strong className="tabular-nums">{percent(readiness.high)}</strong>
          </p>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            From {readiness.basedOnAnswers} graded answers, recent ones counting most. The range is where 8 in 10 learners with answers like yours fall; more answers narrow it.
          </p>
        </div>
      </div>

      <h4 className="mt-6 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">What holds you back</h4>
      {farBelow ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          Every skill area is still well below the pass level, so no single one would carry you over it on its own. Work through them, weakest first.
        </p>
      ) : notable.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">No skill area costs you much right now — keep practising all of them to stay there.</p>
      ) : (
        <DriverList drivers={notable} />
      )}

      <h4 className="mt-6 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">What to do next</h4>
      <ol className="mt-2 space-y-3 text-sm">
        {weakest && (
          <li className="space-y-2">
            <p>
              Drill <strong>{weakest.name}</strong>: it is {Math.round(weakest.weight * 100)} % of the exam and {farBelow ? "your weakest area" : "brings the most if you shore it up"}.
            </p>
            <StartDrillButton examCode={exam.code} skillArea={weakest.skillAreaKey} label={`Drill ${weakest.name}`} />
          </li>
        )}
        {!hasSimulation && (
          <li>
            <Link href={`/exams/${exam.slug}/practice`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
              Take a full exam simulation
            </Link>{" "}
            — timed, weighted like the real exam, scored against the pass mark.
          </li>
        )}
        {reviewsDue > 0 && (
          <li>
            <Link href="/review" className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
              Review {reviewsDue} question{reviewsDue === 1 ? "" : "s"} you missed
            </Link>{" "}
            — due today, before you forget them again.
          </li>
        )}
        {!weakest && hasSimulation && reviewsDue === 0 && (
          <li>
            <Link href={`/exams/${exam.slug}/practice`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
              Keep practising {exam.code}
            </Link>{" "}
            — a mixed quiz keeps every area fresh.
          </li>
        )}
      </ol>
    </Card>
  );
}

function lowestAbility(drivers: ReadinessDriverDto[]): ReadinessDriverDto | undefined {
  return drivers.reduce<ReadinessDriverDto | undefined>((lowest, d) => (lowest === undefined || d.ability < lowest.ability ? d : lowest), undefined);
}

function DriverList({ drivers }: { drivers: ReadinessDriverDto[] }) {
  const largest = Math.max(...drivers.map((d) => d.costInProbability));
  return (
    <>
    <ul className="mt-2 space-y-3">
      {drivers.map((driver) => (
        <li key={driver.skillAreaKey}>
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="font-medium">
              {driver.name} <span className="font-normal text-slate-500 dark:text-slate-400">· {Math.round(driver.weight * 100)} % of the exam</span>
            </span>
            <span className="shrink-0 tabular-nums font-semibold text-red-700 dark:text-red-300">−{points(driver.costInProbability)}</span>
          </div>
          <div className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <div className="h-full rounded-full bg-red-400 dark:bg-red-500" style={{ width: `${Math.round((driver.costInProbability / largest) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ul>
    <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Points of pass chance you would gain if the area were at pass level, weighted by its share of the exam.</p>
    </>
  );
}
