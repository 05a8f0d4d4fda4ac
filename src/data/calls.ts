import { site } from 'virtual:site';
import { callRoute } from '../calls/routes.ts';
import type { RenderCall } from '../model/render-data.ts';
import { callLabel } from '../model/calls.ts';
import { pagePath } from '../utils/url.ts';

/** A call as pages see it: the model's call with its label and route. */
export interface SiteCall extends RenderCall {
  /** 「亚马逊 2025 年第三季度」. */
  label: string;
  /** The call's overview, under the base. */
  href: string;
}

/**
 * Every call of the site, newest first (the model's order). Worked out once per module: in
 * `astro dev` a content change replaces `virtual:site` and so this module too.
 */
const calls: SiteCall[] = site.calls.map((call) => ({ ...call, label: callLabel(call), href: pagePath(callRoute(call.id)) }));

export async function getCalls(): Promise<SiteCall[]> {
  return calls;
}

/** The call with this id; throws for an unknown id (routes are built from the calls). */
export async function getCall(id: string): Promise<SiteCall> {
  const call = (await getCalls()).find((candidate) => candidate.id === id);
  if (!call) throw new Error(`no call "${id}" in content/calls/`);
  return call;
}

/**
 * The call of the page being rendered (from Starlight's route data), for components placed on a
 * call's pages (figures table, question index, topic cards). Undefined on shared pages.
 */
export async function currentCall(locals: App.Locals): Promise<SiteCall | undefined> {
  // A call's pages have ids under the call's folder: `amazon-2025-q3/aws`.
  const first = (locals.starlightRoute?.entry.id ?? '').split('/')[0];
  return (await getCalls()).find((call) => call.id === first);
}

/** Like currentCall, for a component that only makes sense on a call's page: throws elsewhere. */
export async function requireCurrentCall(locals: App.Locals, component: string): Promise<SiteCall> {
  const call = await currentCall(locals);
  if (!call)
    throw new Error(
      `<${component} /> is placed on a page that belongs to no call (${locals.starlightRoute?.entry.filePath}): put it on a page in content/calls/<call-id>/`,
    );
  return call;
}

/** The call a URL path belongs to (`/base/amazon-2025-q3/aws/` → that call), from its first segment under the base. */
export function callOfPath(pathname: string, calls: SiteCall[]): SiteCall | undefined {
  const first = pathname.slice(import.meta.env.BASE_URL.length).split('/')[0] ?? '';
  return calls.find((call) => call.id === first);
}
