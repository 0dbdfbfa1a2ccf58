/**
 * The ADF the comments are made of, node for node: a level-3 heading, the labels in bold (a `strong` mark), the
 * user's words as plain text nodes, and no block left empty (ADF wants none).
 */
import { doc, paragraph, text } from './adf';
import { escalationInternalComment } from './index';
import { config, entry, request } from '../../../test/support/message-words';

const plain = (s: string) => ({ type: 'text', text: s });
const bold = (s: string) => ({ type: 'text', text: s, marks: [{ type: 'strong' }] });

describe('the internal comment’s ADF', () => {
  it('a level-3 heading, who and when, the reason and “Details:” in bold, the details as plain text', () => {
    expect(escalationInternalComment({ request, lang: 'en', config: config('en'), entry })).toStrictEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [plain('Escalation, level 1')] },
        { type: 'paragraph', content: [plain('Escalated by the customer on 24 Nov at 14:30 (Paris time).')] },
        { type: 'paragraph', content: [bold('Reason: No answer')] },
        { type: 'paragraph', content: [bold('Details:')] },
        { type: 'paragraph', content: [plain('Rien depuis lundi.')] },
      ],
    });
  });
});

describe('doc: no empty block', () => {
  it.each([
    { given: 'an empty paragraph between two others: dropped', blocks: ['one', '', 'two'], then: ['one', 'two'] },
    { given: 'a paragraph of a line break only: kept (a hardBreak)', blocks: ['\n'], then: ['\n'] },
    { given: 'nothing but empty paragraphs: an empty document', blocks: ['', ''], then: [] },
  ])('given $given', ({ blocks, then }) => {
    expect(doc(...blocks.map((s) => paragraph(text(s))))).toStrictEqual({
      type: 'doc',
      version: 1,
      content: then.map((s) => paragraph(text(s))),
    });
  });
});
