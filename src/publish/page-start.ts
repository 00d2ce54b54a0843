/** The opening every page shares: doctype, language, charset, viewport and its Content-Security-Policy. */
export function pageStart(lang: string, contentSecurityPolicy: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`;
}
