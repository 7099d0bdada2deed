import { ButtonLink } from "@/components/ui/button.tsx";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-2xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">The page you asked for does not exist or has moved.</p>
      <ButtonLink href="/" className="mt-6">
        Go to the start page
      </ButtonLink>
    </div>
  );
}
