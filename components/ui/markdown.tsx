import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn.ts";

// Question text is Markdown written by authors. Raw HTML in it is dropped (skipHtml), never
// rendered; links and code get the app's styles since there is no typography plugin.

const blocks: Components = {
  p: ({ children }) => <p className="my-3 first:mt-0 last:mb-0">{children}</p>,
  a: ({ children, href }) => (
    <a href={href} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
      {children}
    </a>
  ),
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  h1: ({ children }) => <p className="mt-4 mb-2 font-semibold">{children}</p>,
  h2: ({ children }) => <p className="mt-4 mb-2 font-semibold">{children}</p>,
  h3: ({ children }) => <p className="mt-4 mb-2 font-semibold">{children}</p>,
  h4: ({ children }) => <p className="mt-4 mb-2 font-semibold">{children}</p>,
  blockquote: ({ children }) => <blockquote className="my-3 border-l-4 border-slate-300 pl-4 text-slate-600 dark:border-slate-700 dark:text-slate-300">{children}</blockquote>,
  pre: ({ children }) => (
    <pre className="my-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-[13px] leading-relaxed text-slate-100 ring-1 ring-slate-800 dark:bg-slate-950 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit [&_code]:ring-0">
      {children}
    </pre>
  ),
  code: ({ children }) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800 ring-1 ring-slate-200 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-700">{children}</code>
  ),
  table: ({ children }) => (
    <div className="my-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border border-slate-300 bg-slate-100 px-3 py-1.5 font-semibold dark:border-slate-700 dark:bg-slate-800">{children}</th>,
  td: ({ children }) => <td className="border border-slate-300 px-3 py-1.5 align-top dark:border-slate-700">{children}</td>,
  img: ({ alt }) => <span className="italic">[{alt}]</span>,
};

// Option and statement texts sit inside a label: no paragraphs or blocks there.
const inline: Components = { ...blocks, p: ({ children }) => <>{children}</> };

export function Markdown({ children, className, inline: isInline = false }: { children: string; className?: string; inline?: boolean }) {
  const content = (
    <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={isInline ? inline : blocks}>
      {children}
    </ReactMarkdown>
  );
  // Long identifiers in code spans (SetAccessPolicyAsync(PublicAccessType.BlobContainer)) must wrap rather than overflow on a phone.
  return isInline ? (
    <span className={cn("[overflow-wrap:anywhere]", className)}>{content}</span>
  ) : (
    <div className={cn("leading-relaxed [overflow-wrap:anywhere]", className)}>{content}</div>
  );
}
