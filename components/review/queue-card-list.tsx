import type { QueueCardDto } from "@/lib/server/review/dto.ts";
import { dueLabel, formatDay } from "./format.ts";
import { RetireButton } from "./retire-button.tsx";

/** Review cards as a compact list: the question's opening words, its exam and area, and when it is due. */
export function QueueCardList({ cards, timeZone, label }: { cards: QueueCardDto[]; timeZone: string; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-800">
      {cards.map((card) => (
        <li key={card.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-800 [overflow-wrap:anywhere] dark:text-slate-100">{card.excerpt}</p>
            <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
              <span className="font-mono">{card.examCode}</span> · {card.skillAreaName}
              {card.lapses > 0 ? ` · forgotten ${card.lapses}×` : ""}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-3 sm:flex-col sm:items-end sm:gap-1">
            {card.retired ? (
              <span className="text-xs text-slate-500 dark:text-slate-400">Retired</span>
            ) : (
              <time dateTime={card.due} className="text-xs font-medium text-slate-600 dark:text-slate-300" title={formatDay(card.due, timeZone)}>
                {dueLabel(card.daysUntilDue)} · {formatDay(card.due, timeZone)}
              </time>
            )}
            <RetireButton cardId={card.id} retired={card.retired} compact />
          </div>
        </li>
      ))}
    </ul>
  );
}
