#!/usr/bin/env node
/**
 * `npx safety-elements html <tag> [name=value …] [--plain] [--with-script]`: prints an element as static
 * HTML. Needs `@lit-labs/ssr` (an optional peer dependency: only this command uses it).
 */
const USAGE = `Usage: safety-elements html <tag> [name=value ...] [--plain] [--with-script]

  <tag>          safety-quick-exit, safety-helpline-directory, safety-four-explainer,
                 safety-checklist, safety-clares-law or safety-online-safety
  name=value     any attribute of the element, e.g. nation=scotland lang=cy heading="Get help"
  --plain        plain HTML: no script, no style, no custom tags (for CMSes that strip them)
  --with-script  declarative shadow DOM for a page that also loads the script (no jump on upgrade)

Prints declarative shadow DOM (<template shadowrootmode="open">) by default.`;

export {};

// The few Node globals used here (the package has no @types/node).
declare const process: {
  argv: string[];
  exitCode: number | undefined;
  stdout: { write(text: string): void };
  stderr: { write(text: string): void };
};

async function main(argv: string[]): Promise<number> {
  const [command, tag, ...rest] = argv;
  if (command !== 'html' || !tag || tag.startsWith('-')) {
    process.stderr.write(USAGE + '\n');
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const attributes: Record<string, string> = {};
  let plain = false;
  let withScript = false;
  for (const arg of rest) {
    if (arg === '--plain') plain = true;
    else if (arg === '--with-script') withScript = true;
    else if (arg.includes('=')) {
      const at = arg.indexOf('=');
      attributes[arg.slice(0, at)] = arg.slice(at + 1);
    } else if (/^[a-z][a-z0-9-]*$/.test(arg)) attributes[arg] = '';
    else {
      process.stderr.write(`Not an attribute or option: ${arg}\n\n${USAGE}\n`);
      return 2;
    }
  }
  let renderStatic: typeof import('./render.js').renderStatic;
  try {
    ({ renderStatic } = await import('./render.js'));
  } catch (e) {
    process.stderr.write(
      `This command needs @lit-labs/ssr and parse5: npm install --save-dev @lit-labs/ssr parse5\n(${(e as Error).message})\n`,
    );
    return 1;
  }
  try {
    process.stdout.write((await renderStatic(tag, attributes, { form: plain ? 'plain' : 'dsd', withScript })) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
