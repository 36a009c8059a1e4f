/**
 * Custom-functions metadata in another language: the generated functions.json with its
 * descriptions replaced from one translation table. Ids, names and types stay as generated,
 * and a function or parameter without a translation (or a translation of nothing) is an error.
 */
function localizeMetadata(metadata, translations, locale) {
  const problems = [];
  const known = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) {
    if (!known.has(id)) problems.push(`${locale}: translation for unknown function ${id}`);
  }
  const functions = metadata.functions.map((fn) => {
    const text = translations[fn.id];
    if (!text?.description) {
      problems.push(`${locale}: no description for ${fn.id}`);
      return fn;
    }
    const parameterNames = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(text.parameters ?? {})) {
      if (!parameterNames.has(name)) problems.push(`${locale}: ${fn.id} has no parameter ${name}`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = text.parameters?.[parameter.name];
      if (!description) problems.push(`${locale}: no description for ${fn.id}(${parameter.name})`);
      return { ...parameter, description: description ?? parameter.description };
    });
    return { ...fn, description: text.description, parameters };
  });
  if (problems.length) throw new Error(problems.join("\n"));
  return { ...metadata, functions };
}

/** Webpack plugin: emits functions.<locale>.json next to the functions.json the metadata plugin made. */
class LocalizedMetadataPlugin {
  constructor({ source, locales }) {
    this.source = source;
    this.locales = locales; // { "zh-cn": "/abs/path/zh-CN.json" }
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const fs = require("fs");
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(this.source);
          if (!generated) return; // the metadata plugin reported its own errors
          const metadata = JSON.parse(generated.source.source().toString());
          for (const [locale, file] of Object.entries(this.locales)) {
            compilation.fileDependencies.add(file);
            try {
              const translations = JSON.parse(fs.readFileSync(file, "utf8"));
              const localized = localizeMetadata(metadata, translations, locale);
              const name = this.source.replace(/\.json$/, `.${locale}.json`);
              compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 2)));
            } catch (error) {
              compilation.errors.push(new WebpackError(`${file}: ${error.message}`));
            }
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin };
