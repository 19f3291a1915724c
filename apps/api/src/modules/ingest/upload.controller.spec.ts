import { ownWords } from './upload.controller';

describe('upload results in our own words', () => {
  it('replaces a V8 or database message by what happened, keeping the code', () => {
    expect(
      ownWords({
        fileName: 'a.html',
        status: 'failed',
        errorCode: 'parse_failed',
        error: 'a.html: parse failed: Invalid string length',
      }),
    ).toEqual({
      fileName: 'a.html',
      status: 'failed',
      errorCode: 'parse_failed',
      error:
        'a.html: the file could not be parsed (an internal fault, not a problem you can fix in the file); nothing was stored',
    });
    expect(
      ownWords({
        fileName: 'b.txt',
        status: 'failed',
        errorCode: 'not_stored',
        error: 'b.txt: not stored: invalid byte sequence for encoding "UTF8": 0x00',
      }).error,
    ).toBe('b.txt: the report was read but could not be stored (a database fault); nothing was stored');
  });

  it("keeps the parser's own reasons and successes as they are", () => {
    const own = {
      fileName: 'c.pdf',
      status: 'failed' as const,
      errorCode: 'unsupported' as const,
      error: 'c.pdf: PDF has no text layer (scanned image?)',
    };
    expect(ownWords(own)).toBe(own);
    const ok = { fileName: 'd.html', status: 'new' as const, reportId: '1' };
    expect(ownWords(ok)).toBe(ok);
  });
});
