import { getCollection, type CollectionEntry } from 'astro:content';
import { callLabel, newestFirst } from '../calls/load-calls.ts';
import { callIdOfPage, callRoute } from '../calls/routes.ts';
import { parseSource, type SourceParagraph } from '../transcript/source.ts';
import { pagePath } from '../utils/url.ts';

type CallRecord = CollectionEntry<'calls'>['data'];

/** A call as pages see it: its call file, its label and route, and its source parsed into paragraphs. */
export interface SiteCall {
  id: string;
  data: Omit<CallRecord, 'sourceText'>;
  company: CallRecord['company'];
  /** 「亚马逊 2025 年第三季度」. */
  label: string;
  /** The call's overview, under the base. */
  href: string;
  source: SourceParagraph[];
}

let built: Promise<SiteCall[]> | undefined;

/** Every call of the site, newest first. */
export function getCalls(): Promise<SiteCall[]> {
  if (import.meta.env.DEV) return readCalls();
  built ??= readCalls();
  return built;
}

async function readCalls(): Promise<SiteCall[]> {
  return (await getCollection('calls'))
    .map(({ id, data: { sourceText, ...data } }) => ({
      id,
      data,
      company: data.company,
      label: callLabel({ data, company: data.company }),
      href: pagePath(callRoute(id)),
      source: parseSource(sourceText),
    }))
    .sort(newestFirst);
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
  const id = locals.starlightRoute?.entry.id ?? '';
  const calls = await getCalls();
  return calls.find(
    (call) =>
      call.id ===
      callIdOfPage(
        id,
        calls.map((candidate) => candidate.id),
      ),
  );
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
