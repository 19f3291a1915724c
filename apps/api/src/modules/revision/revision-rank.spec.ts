import { sourceKindOf, whyNotCurrent, type RevisionQuality } from './revision-rank';

const q = (o: Partial<RevisionQuality>): RevisionQuality => ({
  sourceKind: 'page',
  cellsRead: 100,
  cellsUnresolved: 0,
  errors: 0,
  ...o,
});

describe('whyNotCurrent', () => {
  it('lets an equal or better copy replace the current one (arrival order breaks the tie)', () => {
    expect(whyNotCurrent(q({}), q({}))).toBeNull();
    expect(whyNotCurrent(q({ cellsRead: 101 }), q({}))).toBeNull();
    expect(whyNotCurrent(q({ sourceKind: 'attachment' }), q({ sourceKind: 'text_copy', cellsRead: 90 }))).toBeNull();
    // More cells read outweighs more unresolved ones: the unresolved count only decides between equal reads.
    expect(whyNotCurrent(q({ cellsRead: 101, cellsUnresolved: 5 }), q({}))).toBeNull();
  });

  it('keeps the current revision when the newer copy is worse, naming the first rule it loses on', () => {
    expect(whyNotCurrent(q({ sourceKind: 'text_copy', cellsRead: 200 }), q({}))).toBe('lower_source');
    expect(whyNotCurrent(q({ sourceKind: 'upload' }), q({ sourceKind: 'submission' }))).toBe('lower_source');
    expect(whyNotCurrent(q({ cellsRead: 99 }), q({}))).toBe('fewer_cells');
    expect(whyNotCurrent(q({ cellsUnresolved: 1 }), q({}))).toBe('more_unresolved');
    expect(whyNotCurrent(q({ sourceKind: 'attachment', errors: 2 }), q({ errors: 1 }))).toBe('more_errors');
  });

  it('lets a later copy of the same kind that reads as well count even if it breaks a sum (a finding, not a reason)', () => {
    expect(whyNotCurrent(q({ errors: 2 }), q({ errors: 1 }))).toBeNull();
    expect(whyNotCurrent(q({ sourceKind: 'upload', errors: 2 }), q({ sourceKind: 'upload' }))).toBeNull();
  });

  it('ranks a text file as a copy whatever channel brought it', () => {
    expect(sourceKindOf('text', 'batch')).toBe('text_copy');
    expect(sourceKindOf('text', 'upload')).toBe('text_copy');
    expect(sourceKindOf('html', 'batch')).toBe('page');
    expect(sourceKindOf('pdf', 'batch')).toBe('attachment');
    expect(sourceKindOf('docx', 'upload')).toBe('upload');
    expect(sourceKindOf('html', 'submission')).toBe('submission');
  });
});
