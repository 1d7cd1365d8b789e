import { COLUMNS, EXAMPLES, IMPORT_KINDS, normaliseHeader, recogniseHeader } from './csv-kinds';
import { headerCells } from './read-csv-file';

describe('recogniseHeader', () => {
  it('knows each kind by its required columns, in any order and case', () => {
    expect(recogniseHeader(['Name', 'External ID', 'LEVEL'])).toEqual({ kind: 'places', unknown: [] });
    expect(recogniseHeader(['external_id', 'display_name', 'home_place_external_id', 'birth_year']).kind).toBe(
      'people',
    );
  });

  it('picks the kind that knows most of the header (an initiatives file also has every collective column)', () => {
    const header = ['external_id', 'name', 'kind', 'phase', 'place_external_id'];
    expect(recogniseHeader(header).kind).toBe('initiatives');
    expect(recogniseHeader(header.filter((c) => c !== 'phase')).kind).toBe('collectives');
  });

  it('names the columns a nearly recognised file lacks, and reports unknown ones', () => {
    expect(recogniseHeader(['external_id', 'person_a_external_id', 'person_b_external_id', 'kind'])).toEqual({
      kind: null,
      closest: 'ties',
      missing: ['strength', 'since'],
    });
    expect(recogniseHeader(['external_id', 'name', 'level', 'colour'])).toEqual({
      kind: 'places',
      unknown: ['colour'],
    });
    expect(recogniseHeader(['a', 'b'])).toEqual({ kind: null, closest: null, missing: [] });
  });

  it('normalises headers as the API does', () => {
    expect(normaliseHeader(' Home place-External ID ')).toBe('home_place_external_id');
  });
});

describe('EXAMPLES', () => {
  it('are recognised as the kind they are an example of, with no unknown column', () => {
    for (const kind of IMPORT_KINDS) {
      expect(recogniseHeader(headerCells(EXAMPLES[kind]))).toEqual({ kind, unknown: [] });
    }
  });

  it('show every optional column of ties, the kind with most of them', () => {
    expect(headerCells(EXAMPLES.ties).sort()).toEqual([...COLUMNS.ties.required, ...COLUMNS.ties.optional].sort());
  });
});
