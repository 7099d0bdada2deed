"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ScorePointDto } from "@/lib/server/dashboard/get-dashboard.ts";

const MODE_LABEL: Record<string, string> = { EXAM: "Exam simulation", PRACTICE: "Practice", DRILL: "Drill", CUSTOM: "Custom quiz", REVIEW: "Review", SMART: "Smart practice" };
const shortDate = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short" });

/** Estimated scaled score per submitted attempt, with the pass line; a table gives the same figures to screen readers. */
export function ScoreHistoryChart({ points, passMark }: { points: ScorePointDto[]; passMark: number }) {
  const data = points.map((p, i) => ({ ...p, n: i + 1, label: shortDate(p.at), simulation: p.mode === "EXAM" ? p.scaledScore : null, practice: p.mode === "EXAM" ? null : p.scaledScore }));
  return (
    <figure>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" className="stroke-slate-200 dark:stroke-slate-800" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} stroke="currentColor" className="text-slate-500" />
            <YAxis domain={[0, 1000]} ticks={[0, 250, 500, passMark, 1000]} tick={{ fontSize: 12 }} stroke="currentColor" className="text-slate-500" />
            <Tooltip
              formatter={(value, name) => [value, name === "simulation" ? "Exam simulation" : "Practice"]}
              contentStyle={{ borderRadius: 8, fontSize: 12 }}
            />
            <ReferenceLine y={passMark} stroke="#16a34a" strokeDasharray="6 4" label={{ value: `Pass ${passMark}`, position: "insideTopRight", fontSize: 12, fill: "#16a34a" }} />
            <Line type="monotone" dataKey="simulation" stroke="#2552eb" strokeWidth={2.5} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
            <Line type="monotone" dataKey="practice" stroke="#94a3b8" strokeWidth={1.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-slate-500 dark:text-slate-400">
        <span className="flex items-center gap-1.5"><span className="h-0.5 w-4 bg-brand-600" /> Exam simulations</span>
        <span className="flex items-center gap-1.5"><span className="h-0.5 w-4 bg-slate-400" /> Practice and quizzes</span>
        <span className="flex items-center gap-1.5"><span className="h-0.5 w-4 border-t-2 border-dashed border-green-600" /> Pass mark</span>
        <span>Scaled scores are estimates.</span>
      </figcaption>
      {/* sr-only on the table itself does not shrink it (tables size to their content) and widens phone pages. */}
      <div className="sr-only">
      <table>
        <caption>Score history</caption>
        <thead>
          <tr><th>Date</th><th>Mode</th><th>Estimated score</th><th>Raw</th><th>Result</th></tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.attemptId}>
              <td>{shortDate(p.at)}</td><td>{MODE_LABEL[p.mode] ?? p.mode}</td><td>{p.scaledScore}</td><td>{Math.round(p.rawPercent)} %</td><td>{p.passed ? "pass" : "below pass mark"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
