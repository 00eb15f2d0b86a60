import { replyLanguage } from '../../shared/drafts.ts';
import { defineCommand } from './command.ts';

/** Kept apart from draft-reply.ts so `--help` and usage errors answer without loading the classifier. */
export const draftReplyDefinition = defineCommand({
  name: 'draft-reply',
  summary: 'draft two replies (a private offer and a public comment) per negative review, with a gloss',
  details:
    'Reads JSON Lines ({"id","text","rating","lang","reasons","sellerName","buyerName","order"}) on stdin and writes two lines per review ({"id","variant","lang","reasons","text","gloss"}), streaming; it classifies a review whose lang or reasons is null; a review needing a person gets one "escalated" line, a bad line an error line naming the field.',
  args: [],
  stdin: 'reviews.jsonl',
  options: {
    gloss: {
      kind: 'choice',
      placeholder: 'LANG',
      choices: replyLanguage.options,
      default: 'en',
      description: 'the language of the gloss',
    },
  },
});
