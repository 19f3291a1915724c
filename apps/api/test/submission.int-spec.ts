// The collection loop over HTTP: accounts and sessions (cookie, expiry, sign-out, throttling), the bureau's draft
// (upload and form), submitting with explanations, the office's return and accept, the accepted submission as a
// report revision of source "submission" — and every query, mutation and route refusing another body's bureau.
import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { formCells } from '@dh/domain';
import { parseReport } from '@dh/parser';
import { synthCorpus } from '@dh/synth';
import mammoth from 'mammoth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { renderSubmissionHtml } from '../src/modules/submission/submission-document';
import { SubmissionReviewService } from '../src/modules/submission/submission-review.service';
import { bootTestApp } from './test-app';

const CITY = '合成申市';
const YEAR = 2025;
const corpus = [
  ...synthCorpus({
    agencies: 8,
    years: [YEAR - 1, YEAR],
    seed: 1616,
    city: CITY,
    missingRate: 0,
    forms: ['html'],
    faultRate: { gbk: 0, late_publication: 0, broken_sum: 0, label_typo: 0 },
  }),
];
const depts = [...new Set(corpus.filter((r) => r.agency.kind === 'department').map((r) => r.agency.name))];
const [nameA, nameB] = depts;
const reportOf = (name: string, year: number) => corpus.find((r) => r.agency.name === name && r.year === year)!;
// The bureau's figures for 2025: the synthetic report's, consistent by construction.
const good: Record<string, string> = Object.fromEntries([...reportOf(nameA, YEAR).values].map(([k, v]) => [k, v.raw]));
// The same with table 四's 行政复议 total one too high: a broken sum the checks must find.
const broken = { ...good, 't4.reconsideration.total': String(Number(good['t4.reconsideration.total']) + 1) };
const PASSWORD = 'correct horse battery';

describe(`submissions (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let admin: string;
  let analyst: string;
  const ids: Record<string, number> = {};
  const cookies: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const gql = (query: string, variables: object = {}, who?: { cookie?: string; token?: string }) => {
    const r = http().post('/graphql').send({ query, variables });
    if (who?.cookie) r.set('cookie', who.cookie);
    if (who?.token) r.set('authorization', `Bearer ${who.token}`);
    return r;
  };
  const signIn = (username: string, password = PASSWORD) => http().post('/api/session').send({ username, password });
  const as = (name: string) => ({ cookie: cookies[name] });
  const createAccount = async (username: string, kind: string, agencyId: number | null) => {
    const r = await gql(
      `mutation($u: String!, $p: String!, $k: String!, $a: Int) { createAccount(username: $u, password: $p, kind: $k, agencyId: $a) { id } }`,
      { u: username, p: PASSWORD, k: kind, a: agencyId },
      { token: admin },
    );
    expect(r.body.errors).toBeUndefined();
    return Number(r.body.data.createAccount.id);
  };
  const login = async (username: string) => {
    const r = await signIn(username);
    expect(r.status).toBe(200);
    cookies[username] = String(r.headers['set-cookie'][0]).split(';')[0];
  };
  const SUB = 'id state actions unexplained findings { key code severity explanation } values { key value }';

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    admin = (await app.get(AuthService).create('admin', 'submission-admin')).token;
    analyst = (await app.get(AuthService).create('analyst', 'submission-analyst')).token;
    const ingest = app.get(IngestService);
    // Last year's published reports of both bodies (the diff's base); this year's come through the loop.
    for (const name of [nameA, nameB]) {
      const r = reportOf(name, YEAR - 1);
      const res = await ingest.ingest({
        bytes: r.bytes,
        fileName: r.fileName,
        agencyName: name,
        region: r.agency.regionPath,
      });
      if (res.status !== 'new') throw new Error(`${r.fileName}: ${res.status} ${res.error ?? ''}`);
    }
    for (const [key, name] of [
      ['A', nameA],
      ['B', nameB],
    ])
      ids[key] = (await ds.query(`SELECT id FROM agency WHERE name = $1`, [name]))[0].id;
    await createAccount('sub-bureau-a', 'bureau', ids.A);
    await createAccount('sub-bureau-b', 'bureau', ids.B);
    await createAccount('sub-reviewer', 'reviewer', null);
    for (const u of ['sub-bureau-a', 'sub-bureau-b', 'sub-reviewer']) await login(u);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  describe('accounts and sessions', () => {
    it('signs in with an httpOnly SameSite=Strict cookie; the session is a caller of its own', async () => {
      const r = await signIn('sub-bureau-a');
      expect(r.body).toMatchObject({ username: 'sub-bureau-a', kind: 'bureau', agencyId: ids.A, agencyName: nameA });
      expect(String(r.headers['set-cookie'][0])).toMatch(
        /^dh_session=[\w-]{20,}; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/,
      );
      const who = await gql('{ whoami { role name account agencyId } }', {}, as('sub-bureau-a'));
      expect(who.body.data.whoami).toEqual({
        role: 'viewer',
        name: 'sub-bureau-a',
        account: 'bureau',
        agencyId: ids.A,
      });
    });

    it('refuses a wrong password, and names a bad field', async () => {
      expect((await signIn('sub-bureau-a', 'wrong password!')).status).toBe(401);
      expect((await signIn('nobody-here', 'wrong password!')).status).toBe(401);
      const bad = await http().post('/api/session').send({ username: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/password/);
    });

    it('locks an account after repeated wrong passwords, even to the right one, until an admin resets it', async () => {
      const id = await createAccount('sub-throttled', 'reviewer', null);
      for (let i = 0; i < 5; i++) expect((await signIn('sub-throttled', `wrong ${i} password`)).status).toBe(401);
      const locked = await signIn('sub-throttled');
      expect(locked.status).toBe(429);
      expect(locked.body.message).toMatch(/locked until/);
      const reset = await gql(
        `mutation($id: Int!) { resetPassword(accountId: $id, password: "a brand new password") }`,
        { id },
        { token: admin },
      );
      expect(reset.body.data.resetPassword).toBe(true);
      expect((await signIn('sub-throttled', 'a brand new password')).status).toBe(200);
    });

    it('ends a session when it expires and when the user signs out', async () => {
      const r = await signIn('sub-reviewer');
      const cookie = String(r.headers['set-cookie'][0]).split(';')[0];
      const who = async () => (await gql('{ whoami { account } }', {}, { cookie })).body.data.whoami.account;
      expect(await who()).toBe('reviewer');
      // Only this session's row (the table keeps a hash of the cookie's value) is aged past its expiry.
      const hash = createHash('sha256').update(cookie.split('=')[1]).digest('hex');
      await ds.query(`UPDATE app_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hash]);
      expect(await who()).toBeNull();
      const q = await gql('{ submissionQueue(year: 2025) { id } }', {}, { cookie });
      expect(q.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // Sign-out deletes the session row: the old cookie is nothing afterwards.
      const other = String((await signIn('sub-reviewer')).headers['set-cookie'][0]).split(';')[0];
      const out = await http().delete('/api/session').set('cookie', other).set('x-dh-csrf', '1');
      expect(out.status).toBe(200);
      expect(String(out.headers['set-cookie'][0])).toMatch(/dh_session=;/);
      expect((await gql('{ whoami { account } }', {}, { cookie: other })).body.data.whoami.account).toBeNull();
    });

    it('never serves one account the answer cached for another (the read cache leaves signed-in reads alone)', async () => {
      const q = '{ bureauDesk(year: 2025) { agencyId } }';
      for (let i = 0; i < 2; i++) {
        const a = await gql(q, {}, as('sub-bureau-a'));
        const b = await gql(q, {}, as('sub-bureau-b'));
        expect([a.body.data?.bureauDesk?.agencyId, b.body.data?.bureauDesk?.agencyId]).toEqual([ids.A, ids.B]);
      }
    });

    it('lists, creates and revokes API tokens on the admin API (no server stop needed)', async () => {
      const c = await gql(
        `mutation { createApiToken(role: "analyst", name: "sub-script") { secret token { id role } } }`,
        {},
        { token: admin },
      );
      const { secret, token } = c.body.data.createApiToken;
      expect(token.role).toBe('analyst');
      expect((await gql('{ whoami { role } }', {}, { token: secret })).body.data.whoami.role).toBe('analyst');
      const list = await gql('{ apiTokens { id name revoked } }', {}, { token: admin });
      expect(list.body.data.apiTokens).toEqual(
        expect.arrayContaining([{ id: token.id, name: 'sub-script', revoked: false }]),
      );
      await gql(`mutation($id: Int!) { revokeApiToken(id: $id) }`, { id: Number(token.id) }, { token: admin });
      expect((await gql('{ whoami { role } }', {}, { token: secret })).body.errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('the loop', () => {
    let subId: number;

    it('parses an uploaded draft at once: the broken sum is a finding, and submitting waits for it', async () => {
      const html = renderSubmissionHtml({
        agencyName: nameA,
        year: YEAR,
        template: '2021',
        values: broken,
        sections: { overview: '总体情况。' },
      });
      const up = await http()
        .post('/api/submissions/draft')
        .set('cookie', cookies['sub-bureau-a'])
        .set('x-dh-csrf', '1')
        .field('year', String(YEAR))
        .attach('file', Buffer.from(html), 'draft.html');
      expect(up.status).toBe(201);
      subId = Number(up.body.id);
      expect(up.body.state).toBe('draft');
      expect(up.body.findings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 't4_total', severity: 'error' })]),
      );
      expect(up.body.unexplained).toBeGreaterThan(0);
      const refused = await gql(
        `mutation($id: Int!) { submitSubmission(id: $id) { id } }`,
        { id: subId },
        as('sub-bureau-a'),
      );
      expect(refused.body.errors[0].message).toMatch(/^explanations: 1 failed check\(s\) must be fixed or explained/);
    });

    it('needs the CSRF header on a REST write signed by the cookie', async () => {
      const r = await http()
        .post('/api/submissions/draft')
        .set('cookie', cookies['sub-bureau-a'])
        .field('year', String(YEAR))
        .attach('file', Buffer.from('x'), 'x.html');
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(/x-dh-csrf/);
    });

    it('takes the corrected numbers from the form, then submits', async () => {
      const values = Object.entries(good).map(([key, value]) => ({ key, value }));
      const saved = await gql(
        `mutation($y: Int!, $v: [FormValueInput!]!) { saveSubmissionForm(year: $y, values: $v, overview: "总体情况。") { ${SUB} } }`,
        { y: YEAR, v: values },
        as('sub-bureau-a'),
      );
      expect(saved.body.errors).toBeUndefined();
      expect(
        saved.body.data.saveSubmissionForm.findings.filter((f: { severity: string }) => f.severity === 'error'),
      ).toEqual([]);
      const sub = await gql(
        `mutation($id: Int!) { submitSubmission(id: $id) { state actions } }`,
        { id: subId },
        as('sub-bureau-a'),
      );
      expect(sub.body.data.submitSubmission).toEqual({ state: 'submitted', actions: [] });
    });

    it('shows the office its queue, and returns with a comment tied to a cell', async () => {
      const q = await gql(
        `query($y: Int!) { submissionQueue(year: $y, states: ["submitted"]) { id agencyName state dueOn } }`,
        { y: YEAR },
        as('sub-reviewer'),
      );
      expect(q.body.data.submissionQueue).toEqual(
        expect.arrayContaining([
          { id: String(subId), agencyName: nameA, state: 'submitted', dueOn: `${YEAR + 1}-01-31` },
        ]),
      );
      const badTarget = await gql(
        `mutation($id: Int!) { returnSubmission(id: $id, comments: [{ target: "t9.nothing", text: "?" }]) { state } }`,
        { id: subId },
        as('sub-reviewer'),
      );
      expect(badTarget.body.errors[0].message).toMatch(/^comments.target/);
      const r = await gql(
        `mutation($id: Int!) { returnSubmission(id: $id, comments: [{ target: "t3.new.total", text: "请核对本年新收数量" }]) { state } }`,
        { id: subId },
        as('sub-reviewer'),
      );
      expect(r.body.data.returnSubmission.state).toBe('returned');
      const d = await gql(
        `query($id: Int!) { submission(id: $id) { submission { state stateZh } events { actor action fromState toState comments { target text } } } }`,
        { id: subId },
        as('sub-bureau-a'),
      );
      expect(d.body.data.submission.submission).toEqual({ state: 'returned', stateZh: '退回' });
      expect(
        d.body.data.submission.events.map((e: { actor: string; action: string }) => `${e.actor}:${e.action}`),
      ).toEqual(['sub-bureau-a:save', 'sub-bureau-a:submit', 'sub-reviewer:return']);
      expect(d.body.data.submission.events[2].comments).toEqual([
        { target: 't3.new.total', text: '请核对本年新收数量' },
      ]);
    });

    it('resubmits; the office sees what changed since the last submission and since last year, accepts, and the report counts', async () => {
      const fixed = {
        ...good,
        't3.new.natural': String(Number(good['t3.new.natural']) + 1),
        't3.new.total': String(Number(good['t3.new.total']) + 1),
        't3.result_total.natural': String(Number(good['t3.result_total.natural']) + 1),
        't3.result_total.total': String(Number(good['t3.result_total.total']) + 1),
        't3.disclosed.natural': String(Number(good['t3.disclosed.natural']) + 1),
        't3.disclosed.total': String(Number(good['t3.disclosed.total']) + 1),
      };
      const saved = await gql(
        `mutation($y: Int!, $v: [FormValueInput!]!) { saveSubmissionForm(year: $y, values: $v) { state findings { severity code } } }`,
        { y: YEAR, v: Object.entries(fixed).map(([key, value]) => ({ key, value })) },
        as('sub-bureau-a'),
      );
      expect(saved.body.data.saveSubmissionForm.state).toBe('returned');
      expect(
        saved.body.data.saveSubmissionForm.findings.filter((f: { severity: string }) => f.severity === 'error'),
      ).toEqual([]);
      expect(
        (await gql(`mutation($id: Int!) { submitSubmission(id: $id) { state } }`, { id: subId }, as('sub-bureau-a')))
          .body.data.submitSubmission.state,
      ).toBe('submitted');
      const d = await gql(
        `query($id: Int!) { submission(id: $id) { sincePreviousSubmission { key before after } sinceLastYear { key } } }`,
        { id: subId },
        as('sub-reviewer'),
      );
      expect(d.body.data.submission.sincePreviousSubmission).toEqual(
        expect.arrayContaining([
          { key: 't3.new.total', before: Number(good['t3.new.total']), after: Number(good['t3.new.total']) + 1 },
        ]),
      );
      expect(d.body.data.submission.sincePreviousSubmission).toHaveLength(6);
      expect(d.body.data.submission.sinceLastYear.length).toBeGreaterThan(0);
      const acc = await gql(
        `mutation($id: Int!) { acceptSubmission(id: $id) { state revisionId } }`,
        { id: subId },
        as('sub-reviewer'),
      );
      expect(acc.body.errors).toBeUndefined();
      expect(acc.body.data.acceptSubmission.state).toBe('accepted');
      const rep = await gql(
        `query($a: Int!, $y: Int!) { report(agencyId: $a, year: $y) { revisions { id sourceKind current } cells(keys: ["t3.new.total"]) { value } } }`,
        { a: ids.A, y: YEAR },
      );
      expect(rep.body.data.report.revisions).toEqual([
        { id: acc.body.data.acceptSubmission.revisionId, sourceKind: 'submission', current: true },
      ]);
      expect(rep.body.data.report.cells).toEqual([{ value: Number(good['t3.new.total']) + 1 }]);
      const cmp = await gql(
        `query($a: Int!, $y: Int!) { compare(metrics: ["t3.new.total"], years: [$y], filter: { ids: [$a] }) { rows { cells { value } } } }`,
        { a: ids.A, y: YEAR },
      );
      expect(cmp.body.data.compare.rows[0].cells[0].value).toBe(Number(good['t3.new.total']) + 1);
      // The publication check finds it on the body's site: 已公开 there, the step logged as the check's.
      const svc = app.get(SubmissionReviewService);
      expect(await svc.publishedOnSite(ids.A, YEAR, 'https://hecheng.example/ndbg/2025.html')).toBe(true);
      expect(await svc.publishedOnSite(ids.A, YEAR, 'https://hecheng.example/ndbg/2025.html')).toBe(false);
      const after = await gql(
        `query($id: Int!) { submission(id: $id) { submission { state stateZh publishedUrl } events { actor action } } }`,
        { id: subId },
        as('sub-bureau-a'),
      );
      expect(after.body.data.submission.submission).toEqual({
        state: 'published',
        stateZh: '已公开',
        publishedUrl: 'https://hecheng.example/ndbg/2025.html',
      });
      expect(after.body.data.submission.events.at(-1)).toEqual({ actor: 'publication check', action: 'publish' });
    });

    it('generates the standard report as DOCX that mammoth opens and the parser reads back to the same numbers', async () => {
      const r = await http()
        .get(`/api/submissions/${subId}/document?format=docx`)
        .set('cookie', cookies['sub-bureau-a'])
        .buffer(true)
        .parse((res, cb) => {
          const b: Buffer[] = [];
          res.on('data', (c: Buffer) => b.push(c));
          res.on('end', () => cb(null, Buffer.concat(b)));
        });
      expect(r.status).toBe(200);
      const bytes = r.body as Buffer;
      expect((await mammoth.convertToHtml({ buffer: bytes })).value).toContain('本年新收政府信息公开申请数量');
      const parsed = await parseReport({ bytes: new Uint8Array(bytes), fileName: 'r.docx' });
      const nums = (cs: { key: string; value: number | null }[]) =>
        Object.fromEntries(cs.filter((c) => c.value !== null).map((c) => [c.key, c.value]));
      const form = await gql(
        `query($id: Int!) { submission(id: $id) { submission { values { key value } } } }`,
        { id: subId },
        as('sub-bureau-a'),
      );
      const typed = Object.fromEntries(
        form.body.data.submission.submission.values.map((v: { key: string; value: string }) => [v.key, v.value]),
      );
      expect(nums(parsed.cells)).toEqual(nums(formCells(typed, '2021')));
    });
  });

  describe('access', () => {
    let idA: number;
    beforeAll(async () => {
      idA = (await ds.query(`SELECT id FROM submission WHERE agency_id = $1 AND year = $2`, [ids.A, YEAR]))[0].id;
    });
    const code = (r: request.Response) => r.body.errors?.[0]?.extensions?.code;

    it.each([
      ['submission', `query($id: Int!) { submission(id: $id) { submission { id } } }`],
      ['explainFindings', `mutation($id: Int!) { explainFindings(id: $id, explanations: []) { id } }`],
      ['submitSubmission', `mutation($id: Int!) { submitSubmission(id: $id) { id } }`],
      [
        'returnSubmission',
        `mutation($id: Int!) { returnSubmission(id: $id, comments: [{ target: "", text: "x" }]) { id } }`,
      ],
      ['acceptSubmission', `mutation($id: Int!) { acceptSubmission(id: $id) { id } }`],
      [
        'setSubmissionPublished',
        `mutation($id: Int!) { setSubmissionPublished(id: $id, url: "https://x.example/") { id } }`,
      ],
    ])("%s: another body's bureau is refused; anonymous and analyst callers too", async (_n, q) => {
      expect(code(await gql(q, { id: idA }, as('sub-bureau-b')))).toBe('FORBIDDEN');
      expect(code(await gql(q, { id: idA }))).toBe('UNAUTHENTICATED');
      expect(code(await gql(q, { id: idA }, { token: analyst }))).toBe('FORBIDDEN');
    });

    it("keeps the office queue from bureaus, and office steps from the body's own bureau", async () => {
      expect(code(await gql('{ submissionQueue(year: 2025) { id } }', {}, as('sub-bureau-a')))).toBe('FORBIDDEN');
      expect(
        code(await gql(`mutation($id: Int!) { acceptSubmission(id: $id) { id } }`, { id: idA }, as('sub-bureau-a'))),
      ).toBe('FORBIDDEN');
      expect(
        code(await gql(`mutation { saveSubmissionForm(year: 2025, values: []) { id } }`, {}, as('sub-reviewer'))),
      ).toBe('FORBIDDEN');
    });

    it('gives a bureau no admin mutation and no admin list', async () => {
      for (const q of [
        `mutation { createAccount(username: "sub-x", password: "0123456789ab", kind: "admin") { id } }`,
        `mutation { createApiToken(role: "admin", name: "x") { secret } }`,
        `mutation { resetPassword(accountId: 1, password: "0123456789ab") }`,
        `mutation { revokeApiToken(id: 1) }`,
        `mutation { setDeadline(year: 2025, kind: department, dueOn: "2026-02-28") { dueOn } }`,
        '{ accounts { id } }',
        '{ apiTokens { id } }',
      ]) {
        expect(code(await gql(q, {}, as('sub-bureau-a')))).toBe('FORBIDDEN');
      }
    });

    it("refuses another body's generated report over REST, and a bad format by name", async () => {
      expect(
        (await http().get(`/api/submissions/${idA}/document?format=html`).set('cookie', cookies['sub-bureau-b']))
          .status,
      ).toBe(403);
      expect((await http().get(`/api/submissions/${idA}/document?format=html`)).status).toBe(401);
      expect(
        (await http().get(`/api/submissions/${idA}/document?format=html`).set('authorization', `Bearer ${analyst}`))
          .status,
      ).toBe(403);
      const ok = await http()
        .get(`/api/submissions/${idA}/document?format=html`)
        .set('cookie', cookies['sub-reviewer']);
      expect(ok.status).toBe(200);
      expect(ok.text).toContain(`${nameA}${YEAR}年政府信息公开工作年度报告`);
      const bad = await http()
        .get(`/api/submissions/${idA}/document?format=pdf`)
        .set('cookie', cookies['sub-bureau-a']);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^format/);
    });

    it("files a REST draft only under the bureau's own body (the body is never taken from the request)", async () => {
      const html = renderSubmissionHtml({
        agencyName: nameA,
        year: YEAR,
        template: '2021',
        values: good,
        sections: {},
      });
      const r = await http()
        .post('/api/submissions/draft')
        .set('cookie', cookies['sub-bureau-b'])
        .set('x-dh-csrf', '1')
        .field('year', String(YEAR))
        .attach('file', Buffer.from(html), 'a.html');
      expect(r.status).toBe(201);
      expect(r.body.agencyId).toBe(ids.B);
      expect(
        (
          await http()
            .post('/api/submissions/draft')
            .set('authorization', `Bearer ${analyst}`)
            .field('year', '2025')
            .attach('file', Buffer.from(html), 'a.html')
        ).status,
      ).toBe(403);
    });
  });

  describe('collection and reminders', () => {
    it('shows the submission state beside the publication state, and exports who to remind', async () => {
      const regionId = (await ds.query(`SELECT id FROM region WHERE name = $1`, [CITY]))[0].id;
      await ds.query(`UPDATE agency SET on_roster = true WHERE id = ANY($1)`, [[ids.A, ids.B]]);
      const c = await gql(
        `query($r: Int) { collectionStatus(year: 2025, regionId: $r) { bodies { agencyName submissionState publication daysLeft } } }`,
        { r: regionId },
      );
      const by = new Map(c.body.data.collectionStatus.bodies.map((b: { agencyName: string }) => [b.agencyName, b]));
      expect(by.get(nameA)).toMatchObject({ submissionState: 'published', publication: null });
      expect(by.get(nameB)).toMatchObject({ submissionState: 'draft' });
      const args = encodeURIComponent(JSON.stringify({ year: YEAR, regionId }));
      const csv = await http()
        .get(`/api/export?format=csv&query=reminders&args=${args}`)
        .set('authorization', `Bearer ${analyst}`);
      expect(csv.status).toBe(200);
      const lines = csv.text.split('\r\n');
      expect(lines).toContain('机关,类别,报送状态,截止日期,剩余天数');
      expect(lines.some((l) => l.startsWith(`${nameB},政府部门,草稿,${YEAR + 1}-01-31,`))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${nameA},`))).toBe(false);
    });
  });

  describe('published at an address the bureau gives', () => {
    it('takes the URL from the bureau once accepted, and refuses a second publication and a bad URL by name', async () => {
      const idB = (await ds.query(`SELECT id FROM submission WHERE agency_id = $1 AND year = $2`, [ids.B, YEAR]))[0].id;
      const early = await gql(
        `mutation($id: Int!) { setSubmissionPublished(id: $id, url: "https://b.example/2025.html") { state } }`,
        { id: idB },
        as('sub-bureau-b'),
      );
      expect(early.body.errors[0].message).toBe('state: cannot publish a submission that is draft');
      expect(
        (await gql(`mutation($id: Int!) { submitSubmission(id: $id) { state } }`, { id: idB }, as('sub-bureau-b'))).body
          .data.submitSubmission.state,
      ).toBe('submitted');
      const acc = await gql(
        `mutation($id: Int!) { acceptSubmission(id: $id) { state } }`,
        { id: idB },
        as('sub-reviewer'),
      );
      expect(acc.body.data.acceptSubmission.state).toBe('accepted');
      // Stored under B, the account's body, whatever name the file prints.
      const rep = await gql(
        `query($a: Int!, $y: Int!) { report(agencyId: $a, year: $y) { revisions { sourceKind } } }`,
        { a: ids.B, y: YEAR },
      );
      expect(rep.body.data.report.revisions).toEqual([{ sourceKind: 'submission' }]);
      const bad = await gql(
        `mutation($id: Int!) { setSubmissionPublished(id: $id, url: "javascript:alert(1)") { state } }`,
        { id: idB },
        as('sub-bureau-b'),
      );
      expect(bad.body.errors[0].message).toBe('url must be an http(s) URL');
      const pub = await gql(
        `mutation($id: Int!) { setSubmissionPublished(id: $id, url: "https://b.example/2025.html") { state stateZh publishedUrl } }`,
        { id: idB },
        as('sub-bureau-b'),
      );
      expect(pub.body.data.setSubmissionPublished).toEqual({
        state: 'published',
        stateZh: '已公开',
        publishedUrl: 'https://b.example/2025.html',
      });
      const again = await gql(
        `mutation($id: Int!) { setSubmissionPublished(id: $id, url: "https://b.example/x.html") { state } }`,
        { id: idB },
        as('sub-reviewer'),
      );
      expect(again.body.errors[0].message).toBe('state: cannot publish a submission that is published');
    });
  });
});
