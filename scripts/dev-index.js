/**
 * The dev server's start page, https://localhost:3000/: links to the pages it serves, so that
 * opening the server's address answers instead of "Cannot GET /".
 */

/** The page; the preview is linked when this server builds it (`npm start` on Linux does). */
function indexPage(preview) {
  const link = (href, title, text) => `<li><a href="${href}">${title}</a> — ${text}</li>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>HR Appraisal — dev server</title>
  </head>
  <body>
    <h1>HR Appraisal — dev server</h1>
    <ul>
      ${link("taskpane.html", "Task pane · 任务窗格", "the page Excel loads from manifest.xml (outside Excel it has no workbook to talk to)")}
      ${
        preview
          ? link("preview.html", "Preview · 预览", "the task pane beside an in-memory demo workbook, no Excel needed")
          : "<li>Preview · 预览 — not built by this server: run <code>npm start</code> (Linux) to serve it</li>"
      }
    </ul>
    <p>To load the add-in into Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in, then choose <code>manifest.xml</code>.</p>
  </body>
</html>
`;
}

/** webpack-dev-server's setupMiddlewares hook that answers GET / with the page. */
function serveIndexPage(preview) {
  const page = indexPage(preview);
  return (middlewares) => [
    {
      name: "index-page",
      middleware: (request, response, next) => {
        if (request.method !== "GET" || request.url.split("?")[0] !== "/") return next();
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(page);
      },
    },
    ...middlewares,
  ];
}

module.exports = { serveIndexPage };
