/** Links to the official documentation behind an answer. */
export function References({ links }: { links: string[] }) {
  if (links.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-semibold">Learn more</p>
      <ul className="mt-1 space-y-1 text-sm">
        {links.map((url) => (
          <li key={url} className="break-all">
            <a href={url} target="_blank" rel="noreferrer" className="text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
              {labelOf(url)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function labelOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname.replace(/\/$/, "")}`;
  } catch {
    return url;
  }
}
