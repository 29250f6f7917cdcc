// Collapses the indentation inside Lit's html`` templates and minifies css`` templates, for the
// minified CDN build (terser leaves template literals alone). html``: every run of white space that
// holds a line break becomes one space, which renders the same outside <pre> (not used in templates).
// Nested templates inside ${…} are handled by scanning expressions with their strings and braces.

const CSS_TAG = 'css`';
const HTML_TAG = 'html`';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Index just past the string or template starting at `i` (code[i] is the quote). */
function skipString(code, i) {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (quote === '`' && code[j] === '$' && code[j + 1] === '{') j = skipExpression(code, j + 2) - 1;
    else if (code[j] === quote) return j + 1;
  }
  return code.length;
}

/** Index just past the `}` closing an expression that starts at `i`. */
function skipExpression(code, i) {
  let depth = 1;
  for (let j = i; j < code.length; j++) {
    const c = code[j];
    if (c === '"' || c === "'" || c === '`') j = skipString(code, j) - 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j + 1;
  }
  return code.length;
}

/** Rewrites one template body starting after its opening backtick; returns [text, indexAfterClosingBacktick]. */
function rewriteTemplate(code, i, literal) {
  let out = '';
  let text = '';
  for (let j = i; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') {
      text += c + code[j + 1];
      j++;
    } else if (c === '$' && code[j + 1] === '{') {
      const end = skipExpression(code, j + 2);
      out += literal(text) + '${' + minifyTemplates(code.slice(j + 2, end - 1)) + '}';
      text = '';
      j = end - 1;
    } else if (c === '`') {
      return [out + literal(text), j + 1];
    } else text += c;
  }
  return [out + literal(text), code.length];
}

export function minifyTemplates(code) {
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    const tag = code.startsWith(HTML_TAG, i) ? HTML_TAG : code.startsWith(CSS_TAG, i) ? CSS_TAG : undefined;
    if (tag && !/[\w$.]/.test(code[i - 1] ?? ' ')) {
      out += code.slice(from, i + tag.length);
      const [body, end] = rewriteTemplate(
        code,
        i + tag.length,
        tag === HTML_TAG ? (t) => t.replace(/\s*\n\s*/g, ' ') : minifyCss,
      );
      out += body + '`';
      from = end;
      i = end - 1;
    } else if (c === '"' || c === "'" || c === '`') {
      i = skipString(code, i) - 1;
    }
  }
  return out + code.slice(from);
}
