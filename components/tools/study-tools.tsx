import Link from "next/link";

const TOOLS = [
  {
    href: "/compare/az-204-vs-az-400",
    eyebrow: "Compare",
    title: "AZ-204 vs AZ-400",
    text: "Developer Associate or DevOps Engineer Expert? Prerequisites, difficulty and where the points are, side by side.",
  },
  {
    href: "/advisor",
    eyebrow: "Path advisor",
    title: "Which should you take first?",
    text: "Four questions about your role and experience, and a path — AZ-900, AZ-104 or AZ-204, then AZ-400 — with the reason for each step.",
  },
  {
    href: "/planner",
    eyebrow: "Study planner",
    title: "A plan to your exam date",
    text: "Your date and weekly hours become a week-by-week plan with simulations and review days, ready for your calendar.",
  },
];

/** The free study tools, for the landing page. */
export function StudyTools() {
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading" className="text-2xl font-bold tracking-tight">
        Free tools to plan your study
      </h2>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">No account needed. Sign in and the planner fits itself to your weak areas.</p>
      <div className="mt-6 grid gap-6 md:grid-cols-3">
        {TOOLS.map((tool) => (
          <Link
            key={tool.href}
            href={tool.href}
            className="group flex flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition hover:border-brand-300 hover:shadow-md dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-700"
          >
            <span className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{tool.eyebrow}</span>
            <span className="mt-2 text-lg font-semibold leading-snug">{tool.title}</span>
            <span className="mt-2 flex-1 text-sm text-slate-600 dark:text-slate-300">{tool.text}</span>
            <span aria-hidden="true" className="mt-4 text-sm font-semibold text-brand-700 group-hover:underline dark:text-brand-300">
              Open →
            </span>
          </Link>
        ))}
      </div>
    </section>
  );
}
