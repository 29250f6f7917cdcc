export function minifyCss(text: string): string;
export function minifyTemplates(code: string): string;
