import { describe, expect, it } from 'vitest';
import {
  nextSectionState,
  publicationBlockers,
  sectionRefusalSv,
  type SectionActor,
  type SectionState,
} from './section-workflow';

const writer: SectionActor = { isAssignee: true, isController: false };
const controller: SectionActor = { isAssignee: false, isController: true };
const someoneElse: SectionActor = { isAssignee: false, isController: false };

const open = (state: SectionState, hasText = true) => ({ state, published: false, hasText });

describe("a section's way from assignment to approval", () => {
  it('goes from not started through draft and ready to approved', () => {
    expect(nextSectionState(open('not-started', false), { kind: 'save' }, writer)).toEqual({
      ok: true,
      state: 'draft',
    });
    expect(nextSectionState(open('draft'), { kind: 'mark-ready' }, writer)).toEqual({
      ok: true,
      state: 'ready',
    });
    expect(nextSectionState(open('ready'), { kind: 'approve' }, controller)).toEqual({
      ok: true,
      state: 'approved',
    });
  });

  it('goes back to the writer with a comment, and is written and marked ready again', () => {
    expect(
      nextSectionState(
        open('ready'),
        { kind: 'return', comment: 'Lägg till prognosen' },
        controller,
      ),
    ).toEqual({ ok: true, state: 'returned' });
    expect(nextSectionState(open('returned'), { kind: 'save' }, writer)).toEqual({
      ok: true,
      state: 'draft',
    });
    expect(nextSectionState(open('returned'), { kind: 'mark-ready' }, writer)).toEqual({
      ok: true,
      state: 'ready',
    });
  });

  it('stays ready when the controller edits it while reviewing, and not when the writer does', () => {
    expect(nextSectionState(open('ready'), { kind: 'save' }, controller)).toEqual({
      ok: true,
      state: 'ready',
    });
    expect(nextSectionState(open('ready'), { kind: 'save' }, writer)).toEqual({
      ok: true,
      state: 'draft',
    });
  });

  it('changes once approved only when the controller reopens it', () => {
    expect(nextSectionState(open('approved'), { kind: 'save' }, writer)).toEqual({
      ok: false,
      refusal: 'wrong-state',
    });
    expect(nextSectionState(open('approved'), { kind: 'reopen' }, writer)).toEqual({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(nextSectionState(open('approved'), { kind: 'reopen' }, controller)).toEqual({
      ok: true,
      state: 'draft',
    });
  });

  it('is returned only with a comment, and only by the controller', () => {
    expect(nextSectionState(open('ready'), { kind: 'return', comment: '  ' }, controller)).toEqual({
      ok: false,
      refusal: 'comment-required',
    });
    expect(nextSectionState(open('ready'), { kind: 'return', comment: 'x' }, writer)).toEqual({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(nextSectionState(open('draft'), { kind: 'return', comment: 'x' }, controller)).toEqual({
      ok: false,
      refusal: 'wrong-state',
    });
  });

  it('is not marked ready without text, nor approved before it is ready', () => {
    expect(nextSectionState(open('draft', false), { kind: 'mark-ready' }, writer)).toEqual({
      ok: false,
      refusal: 'empty-text',
    });
    expect(nextSectionState(open('draft'), { kind: 'approve' }, controller)).toEqual({
      ok: false,
      refusal: 'wrong-state',
    });
    expect(nextSectionState(open('ready'), { kind: 'approve' }, writer)).toEqual({
      ok: false,
      refusal: 'not-allowed',
    });
  });

  it('is written only by its writer or a controller', () => {
    expect(nextSectionState(open('draft'), { kind: 'save' }, someoneElse)).toEqual({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(nextSectionState(open('draft'), { kind: 'mark-ready' }, someoneElse)).toEqual({
      ok: false,
      refusal: 'not-allowed',
    });
  });

  it('does not change at all once the report is published', () => {
    const published = { state: 'approved' as const, published: true, hasText: true };
    for (const action of [{ kind: 'save' }, { kind: 'reopen' }] as const) {
      expect(nextSectionState(published, action, controller)).toEqual({
        ok: false,
        refusal: 'published',
      });
    }
  });

  it('says in Swedish why, naming the state it met', () => {
    expect(sectionRefusalSv('wrong-state', 'approved')).toBe(
      'Det går inte i avsnittets nuvarande läge (godkänd).',
    );
    expect(sectionRefusalSv('published', 'approved')).toBe(
      'Rapporten är publicerad och kan inte ändras.',
    );
  });

  it('is publishable when every written section is approved, sections of figures alone aside', () => {
    const sections = [
      { title: 'Verksamhet', state: 'approved' as const, hasWriter: true },
      { title: 'Ekonomi', state: 'not-started' as const, hasWriter: false },
      { title: 'Arbetsmiljö', state: 'ready' as const, hasWriter: true },
    ];
    expect(publicationBlockers(sections).map((blocker) => blocker.title)).toEqual(['Arbetsmiljö']);
    expect(publicationBlockers(sections.slice(0, 2))).toEqual([]);
  });
});
