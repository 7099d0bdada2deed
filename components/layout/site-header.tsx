import Link from "next/link";
import type { CurrentUser } from "@/lib/server/auth/session.ts";
import { buttonClass } from "@/components/ui/button.tsx";
import { NavMenu } from "./nav-menu.tsx";
import { SignOutButton } from "./sign-out-button.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";

const STUDY_TOOLS = [
  { href: "/compare", label: "Compare exams", description: "Skills, length, pass mark and overlap side by side" },
  { href: "/advisor", label: "Which exam first?", description: "A path from where you are to where you want to be" },
  { href: "/planner", label: "Study planner", description: "A week-by-week plan to your exam date" },
];

function mainLinks(user: CurrentUser | null) {
  return [
    ...(user ? [{ href: "/dashboard", label: "Dashboard" }] : []),
    { href: "/exams", label: "Exams" },
    ...(user ? [{ href: "/review", label: "Reviews" }, { href: "/notebook", label: "Notebook" }] : []),
  ];
}

function staffLinks(user: CurrentUser | null) {
  return [
    ...(user && (user.role === "AUTHOR" || user.role === "ADMIN") ? [{ href: "/author/questions", label: "Author" }] : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin/claims", label: "Admin" }] : []),
  ];
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="whitespace-nowrap rounded-lg px-3 py-2 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
      {children}
    </Link>
  );
}

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">
            PP
          </span>
          PassPath
        </Link>
        <nav aria-label="Main" className="hidden flex-wrap items-center gap-1 text-sm font-medium md:flex">
          {mainLinks(user).map((link) => (
            <NavLink key={link.href} href={link.href}>
              {link.label}
            </NavLink>
          ))}
          <NavMenu label="Study tools" items={STUDY_TOOLS} />
          {staffLinks(user).map((link) => (
            <NavLink key={link.href} href={link.href}>
              {link.label}
            </NavLink>
          ))}
        </nav>
        {/* Phones: one menu instead of a header that wraps over three lines. */}
        <nav aria-label="Main" className="text-sm font-medium md:hidden">
          {/* The header's backdrop blur makes it the containing block: the panel spans the header's width. */}
          <NavMenu label="Menu" items={[...mainLinks(user), ...STUDY_TOOLS, ...staffLinks(user)]} panelClassName="fixed inset-x-4 top-14" />
        </nav>
        <div className="ml-auto flex items-center gap-2 text-sm">
          <ThemeToggle />
          {user ? (
            <>
              <Link href="/account" className="rounded-lg px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
                <span className="sr-only">Account of </span>
                <span className="inline-block max-w-[9rem] truncate align-bottom">{user.name}</span>
              </Link>
              <SignOutButton className={buttonClass("secondary", "py-1.5")} />
            </>
          ) : (
            <>
              <Link href="/signin" className={buttonClass("ghost", "py-1.5")}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClass("primary", "py-1.5")}>
                Create account
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
