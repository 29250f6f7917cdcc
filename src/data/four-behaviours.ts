import type { Behaviour } from './four.js';

// The FOUR explainer's check mode (`mode="check"`) is off by default and loaded only when turned on
// (issue 18), so its list is a module of its own. Its source is `BEHAVIOURS_SOURCE` in four.ts.

/**
 * The check list. Which FOUR word each behaviour shows is this project's editorial mapping, following
 * the examples the sources give for each word (not a legal test); `words` may name more than one.
 */
export const BEHAVIOURS: readonly Behaviour[] = [
  {
    id: 'contact',
    text: 'They send me messages, call me, write to me or contact me on social media when I do not want them to.',
    words: ['unwanted'],
  },
  { id: 'turn-up', text: 'They turn up where I live, work or go out.', words: ['fixated'] },
  { id: 'follow', text: 'They follow me, or watch me or my home.', words: ['fixated'] },
  { id: 'online', text: 'They check what I do online, or track where I go.', words: ['obsessive'] },
  { id: 'goods', text: 'They order or cancel things in my name.', words: ['obsessive'] },
  { id: 'gifts', text: 'They send me gifts or leave things for me.', words: ['unwanted'] },
  { id: 'damage', text: 'They damage my home, car or things.', words: ['unwanted'] },
  { id: 'others', text: 'They contact my family, friends or colleagues about me.', words: ['fixated'] },
  { id: 'carry-on', text: 'I have asked them to stop, but they carry on.', words: ['obsessive', 'repeated'] },
  { id: 'again', text: 'It has happened more than once.', words: ['repeated'] },
];
