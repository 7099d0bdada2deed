import { cn } from "@/components/ui/cn.ts";

const CX = 100;
const CY = 100;
const R = 80;

/** The point on the half circle for a probability: 0 on the left, 1 on the right. */
function at(p: number): { x: number; y: number } {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, p)));
  return { x: CX + R * Math.cos(angle), y: CY - R * Math.sin(angle) };
}

function arc(from: number, to: number): string {
  const a = at(from);
  const b = at(to);
  return `M ${a.x.toFixed(2)} ${a.y.toFixed(2)} A ${R} ${R} 0 0 1 ${b.x.toFixed(2)} ${b.y.toFixed(2)}`;
}

export function readinessTone(p: number): "danger" | "warning" | "success" {
  if (p >= 0.8) return "success";
  if (p >= 0.5) return "warning";
  return "danger";
}

const STROKE = { danger: "stroke-red-500", warning: "stroke-amber-500", success: "stroke-emerald-500" } as const;
/** A probability as a whole percentage; never "0 %" or "100 %", which would claim certainty. */
export function percent(p: number): string {
  if (p < 0.005) return "< 1 %";
  if (p > 0.995) return "> 99 %";
  return `${Math.round(p * 100)} %`;
}

/**
 * A half-circle gauge of the pass probability with its 10th–90th percentile range as a band.
 * The figures are printed beside it, so the drawing itself is hidden from screen readers.
 */
export function ReadinessGauge({ probability, low, high }: { probability: number; low: number; high: number }) {
  const tone = readinessTone(probability);
  const needle = at(probability);
  return (
    <svg viewBox="0 0 200 112" className="w-full max-w-[15rem]" aria-hidden="true">
      <path d={arc(0, 1)} className="fill-none stroke-slate-200 dark:stroke-slate-800" strokeWidth={18} strokeLinecap="round" />
      <path d={arc(low, high)} className="fill-none stroke-brand-200 dark:stroke-brand-900" strokeWidth={18} />
      <path d={arc(0, probability)} className={cn("fill-none", STROKE[tone])} strokeWidth={8} strokeLinecap="round" />
      <circle cx={needle.x} cy={needle.y} r={7} className={cn("fill-white stroke-[3] dark:fill-slate-900", STROKE[tone])} />
      <text x={CX} y={CY - 14} textAnchor="middle" className="fill-slate-900 text-[30px] font-bold tabular-nums dark:fill-white">
        {percent(probability)}
      </text>
      <text x={CX} y={CY + 6} textAnchor="middle" className="fill-slate-500 text-[11px] dark:fill-slate-400">
        chance to pass
      </text>
    </svg>
  );
}
