import { countRows, headerCells, readCsvFile, SLICE } from './read-csv-file';

const file = (content: string, name = 'people.csv') => new File([content], name, { type: 'text/csv' });

describe('headerCells', () => {
  it('reads comma, semicolon and tab headers, after a BOM or an Excel sep= line', () => {
    expect(headerCells('\uFEFFexternal_id,name,level\r\nx,y,STREET')).toEqual(['external_id', 'name', 'level']);
    expect(headerCells('external_id;display_name;home_place_external_id\n')).toEqual([
      'external_id',
      'display_name',
      'home_place_external_id',
    ]);
    expect(headerCells('sep=,\nexternal_id;x,name')).toEqual(['external_id;x', 'name']);
    expect(headerCells('\n\nexternal_id\tname\n')).toEqual(['external_id', 'name']);
  });
});

describe('countRows', () => {
  it('counts rows below the header, a quoted line break inside its row, empty lines not at all', async () => {
    expect(await countRows('h1,h2\r\na,b\r\n\r\nc,"d\r\ne"\r\n,\r\n')).toBe(2);
    expect(await countRows('h1,h2\na,b')).toBe(1);
    expect(await countRows('h1,h2\n')).toBe(0);
  });

  it('counts a file larger than one slice, pausing between slices', async () => {
    const row = 'p-1;Fatima B.;st-linden\n';
    const rows = Math.ceil((2.5 * SLICE) / row.length);
    expect(await countRows(`external_id;display_name;home_place_external_id\n${row.repeat(rows)}`)).toBe(rows);
  });
});

describe('readCsvFile', () => {
  it('recognises the kind and counts the rows, reporting progress', async () => {
    const shares: number[] = [];
    const read = await readCsvFile(
      file('external_id,name,level,parent_external_id\nst-1,Hofje,STREET,bu-1\nst-2,Pad,STREET,bu-1\n', 'plekken.csv'),
      (share) => shares.push(share),
    );
    expect(read).toMatchObject({ name: 'plekken.csv', kind: 'places', rows: 2, problem: null });
    expect(shares.at(-1)).toBe(1);
  });

  it('says what is wrong with a file it cannot recognise', async () => {
    expect((await readCsvFile(file(''), () => undefined)).problem).toEqual({ code: 'empty' });
    expect((await readCsvFile(file('naam,straat\nA,B'), () => undefined)).problem).toEqual({ code: 'unknownHeader' });
    expect((await readCsvFile(file('external_id,name,kind\nc-1,Club,OTHER'), () => undefined)).problem).toEqual({
      code: 'missingColumns',
      closest: 'collectives',
      columns: 'place_external_id',
    });
    expect((await readCsvFile(file('external_id,name,level,kleur\nx,y,STREET,rood'), () => undefined)).problem).toEqual(
      {
        code: 'unknownColumns',
        kind: 'places',
        columns: 'kleur',
      },
    );
  });
});
