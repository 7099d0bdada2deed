import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header.tsx";
import { THEME_BOOTSTRAP } from "@/components/layout/theme-toggle.tsx";
import { getCurrentUser } from "@/lib/server/auth/session.ts";
import { siteUrl } from "@/lib/server/planning/site-url.ts";
import "./globals.css";

// A function, so the public address is read when serving rather than frozen at build time.
export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: "PassPath — practice for Microsoft Azure certification exams", template: "%s · PassPath" },
    description: "Exam-style practice questions, timed simulations and an honest readiness figure for AZ-900, AZ-104, AZ-204 and AZ-400.",
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
          PassPath is an independent practice platform, not affiliated with Microsoft. Exam names are Microsoft&apos;s trademarks.
        </footer>
      </body>
    </html>
  );
}
