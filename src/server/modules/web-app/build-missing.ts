// What /app/ answers when the web app has not been built yet: how to build it, not a blank page.
export const buildMissingPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kneadwork — web app not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2933}code{background:#f1f3f5;padding:.1rem .3rem;border-radius:4px}</style>
</head><body><main>
<h1>The web app has not been built yet</h1>
<p>The API is running, but there is no build of the browser app in <code>dist/web</code>.</p>
<p>Run <code>npm run build:web</code> (or start the server with <code>npm start</code>, which builds it when it is missing or out of date), then reload this page.</p>
</main></body></html>`;
