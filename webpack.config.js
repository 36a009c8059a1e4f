/* Builds the add-in: dist/functions.js (+ functions.json and its zh-CN twin), dist/taskpane.js,
   dist/taskpane.html (the shared-runtime page, which loads office.js from Microsoft's CDN) and icons.
   With --env preview it adds the development preview (preview.html: the task pane beside a grid
   computed by HyperFormula) and writes to dist-preview/, so HyperFormula never enters dist/.
   A production or development build also compiles the command line, dist/cli.js (Node; run by
   bin/hr-appraisal.js). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localize-metadata");
const { httpsOptions } = require("./scripts/dev-certs");
const { serveIndexPage } = require("./scripts/dev-index");

const DEV_PORT = 3000;
// The npm copy of office.js, served as is to the preview (never copied into dist/, never re-minified).
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The command line: one file for Node; ExcelJS stays in node_modules and is required at run time. */
const cli = (dev) => ({
  name: "cli",
  // after the add-in, whose output.clean empties dist/ when it emits
  dependencies: ["addin"],
  target: "node20",
  devtool: dev ? "source-map" : false,
  entry: { cli: "./cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", library: { type: "commonjs2" } },
  externals: [/^exceljs(\/|$)/],
  externalsType: "commonjs",
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { noEmit: false } },
      },
    ],
  },
  // readable stack traces in bug reports; size does not matter on a command line
  optimization: { minimize: false },
  performance: { hints: false },
});

module.exports = async (env = {}, argv) => {
  const dev = argv.mode !== "production";
  const addin = await addinConfig(env, dev);
  return env.preview || env.WEBPACK_SERVE ? addin : [addin, cli(dev)];
};

async function addinConfig(env, dev) {
  const preview = Boolean(env.preview);
  return {
    name: "addin",
    // es2020: modern webviews only (Edge WebView2, Safari); also lets webpack use globalThis, not new Function.
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/index.tsx",
      ...(preview ? { "preview-shim": "./preview/preview-shim.ts", preview: "./preview/index.tsx" } : {}),
    },
    output: { path: path.resolve(__dirname, preview ? "dist-preview" : "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        locales: { "zh-cn": path.resolve(__dirname, "functions/locales/zh-CN.json") },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        // The shared runtime: one page registers the functions and hosts the task pane.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./preview/preview.html",
              // the shim collects what functions.js associates; the preview then registers it
              chunks: ["preview-shim", "functions", "preview"],
              chunksSortMode: "manual",
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: dev ? await httpsOptions() : {} },
      static: [{ directory: OFFICE_JS, publicPath: "/office-js" }],
      setupMiddlewares: serveIndexPage(preview),
    },
  };
}
