"use client";

import { signIn } from "next-auth/react";
import { buttonClass } from "@/components/ui/button.tsx";

export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800">
      {providers.map((provider) => (
        <button key={provider.id} type="button" className={buttonClass("secondary", "w-full")} onClick={() => signIn(provider.id, { callbackUrl })}>
          Continue with {provider.name}
        </button>
      ))}
    </div>
  );
}
