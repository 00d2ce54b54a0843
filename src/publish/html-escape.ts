/** Escaping for HTML text and attributes, and the URL schemes a published page may link to. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text content and in double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/**
 * The URL when a reader may follow it, else undefined. Browsers ignore tabs and line breaks inside a scheme
 * (`java\tscript:`), so those are removed before the scheme is read; a URL without a scheme is not a link target
 * here (a relative link from a source article would point nowhere on the published site).
 */
export function safeLinkUrl(url: string): string | undefined {
  return withScheme(url, LINK_SCHEMES);
}

/** Images may also be relative to the page (an article's own picture folder). */
export function safeImageUrl(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (cleaned !== '' && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(cleaned) && !cleaned.startsWith('//')) return cleaned;
  return withScheme(url, IMAGE_SCHEMES);
}

function withScheme(url: string, allowed: ReadonlySet<string>): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && allowed.has(scheme) ? cleaned : undefined;
}
