import { site } from 'virtual:site';

/** The old URLs of content/redirects.yaml; the content checks prove each leads to a page of this build. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  return site.redirects;
}
