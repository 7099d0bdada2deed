import type { Response } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import { chooseSingle, toggleMultiple } from "@/lib/client/attempt-response.ts";
import { OptionRow, type OptionVerdict } from "./option-row.tsx";

type ChoiceView = Extract<QuestionView, { type: "single" | "multiple" }>;
type ChoiceReveal = Extract<AnswerReveal, { type: "single" | "multiple" }>;

type Props = {
  name: string;
  view: ChoiceView;
  response: Response | null;
  reveal: AnswerReveal | null;
  locked: boolean;
  onChange: (response: Response | null) => void;
};

/** Radio buttons for a single-choice question, checkboxes for "choose N". */
export function ChoiceQuestion({ name, view, response, reveal, locked, onChange }: Props) {
  const chosen = new Set(response?.type === "single" ? [response.choice] : response?.type === "multiple" ? response.choices : []);
  const key = reveal?.type === "single" || reveal?.type === "multiple" ? reveal : null;
  const full = view.type === "multiple" && !view.partialCredit && chosen.size >= view.selectCount;

  return (
    <div className="space-y-2.5">
      {view.options.map((option, index) => {
        const isChosen = chosen.has(option.id);
        return (
          <OptionRow
            key={option.id}
            type={view.type === "single" ? "radio" : "checkbox"}
            name={name}
            index={index}
            id={option.id}
            text={option.text}
            checked={isChosen}
            // Beyond "choose N" a further box stays shut; the learner clears one first.
            disabled={locked || (full && !isChosen)}
            onChange={() => onChange(view.type === "single" ? chooseSingle(option.id) : toggleMultiple(view, response, option.id))}
            verdict={key ? verdictOf(key, option.id, isChosen) : undefined}
            why={key?.options.find((o) => o.id === option.id)?.why}
          />
        );
      })}
      {full && !locked && !key && (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          You have chosen {view.selectCount}. Clear one to choose a different option.
        </p>
      )}
    </div>
  );
}

function verdictOf(key: ChoiceReveal, id: string, chosen: boolean): OptionVerdict {
  const correct = key.correctIds.includes(id);
  if (correct) return chosen ? "right-choice" : "missed";
  return chosen ? "wrong-choice" : "other";
}
