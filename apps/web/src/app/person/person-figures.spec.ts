import { TestBed } from '@angular/core/testing';
import { Translator } from '../i18n/translator';
import type { PersonMetrics } from './person-api';
import { describeFigures } from './person-figures';

const ISOLATED: PersonMetrics = {
  asOf: '2026-11-21',
  degree: 0,
  weakTies: 0,
  betweenness: 0,
  betweennessExact: true,
  constraint: null,
  effectiveSize: null,
  clustering: 0,
  isolated: true,
  articulationPoint: false,
  bridges: 0,
  hiddenConnector: false,
  atRiskRank: 3,
  atRiskScore: 80,
  atRiskReasons: [
    { code: 'ISOLATED', detail: {} },
    { code: 'LOST_TIES', detail: { lost: 1, sinceMonths: 12 } },
  ],
};

describe('describeFigures', () => {
  let translator: Translator;
  beforeEach(() => {
    translator = TestBed.inject(Translator);
  });
  const byId = (figures: ReturnType<typeof describeFigures>, id: string) => {
    const figure = figures.find((f) => f.id === id);
    if (!figure) throw new Error(`no figure ${id}`);
    return figure;
  };

  it('says what no tie means, and why someone is at risk, with the numbers of each reason', () => {
    const figures = describeFigures(ISOLATED, 'Kees', translator);
    expect(byId(figures, 'degree').value).toBe('0');
    expect(byId(figures, 'degree').explanation[0]).toContain('Kees heeft geen enkele band');
    expect(byId(figures, 'constraint').value).toBe('–');
    expect(byId(figures, 'atRisk').value).toBe('80');
    expect(byId(figures, 'atRisk').explanation[0]).toBe('Nummer 3 op de risicolijst (score 80 van 100). Waarom:');
    // one lost tie in the singular, not "1 band(en)"
    expect(byId(figures, 'atRisk').reasons).toEqual(['geen enkele band', '1 band verloren in de laatste 12 maanden']);
    // nothing structural to say about someone without ties
    expect(figures.some((f) => f.id === 'structure')).toBe(false);
  });

  it('counts in the plural from two on, for lost ties, weak-only ties and weak ties among others', () => {
    const figures = describeFigures(
      {
        ...ISOLATED,
        degree: 3,
        weakTies: 1,
        isolated: false,
        atRiskReasons: [
          { code: 'ONLY_WEAK_TIES', detail: { ties: 2 } },
          { code: 'LOST_TIES', detail: { lost: 3, sinceMonths: 12 } },
        ],
      },
      'Kees',
      translator,
    );
    expect(byId(figures, 'atRisk').reasons).toEqual([
      'alleen zwakke banden (2)',
      '3 banden verloren in de laatste 12 maanden',
    ]);
    // 1 weak tie among 3: "is er 1 zwak", not "zijn er 1 zwak"
    expect(byId(figures, 'degree').explanation).toEqual([
      'Kees heeft 3 contacten.',
      'Daarvan is er 1 zwak (sterkte 1–2): een los contact, dat wel nieuwe kringen opent.',
    ]);
  });

  it('explains a single tie as the issue asks, and shows what moved since the last change', () => {
    const one: PersonMetrics = {
      ...ISOLATED,
      degree: 1,
      weakTies: 1,
      constraint: 1,
      effectiveSize: 1,
      isolated: false,
      bridges: 1,
      atRiskRank: null,
      atRiskScore: null,
      atRiskReasons: [],
    };
    const figures = describeFigures(one, 'Kees', translator, ISOLATED);
    const degree = byId(figures, 'degree');
    expect(degree.explanation).toEqual([
      'Kees heeft één contact. Valt dat contact weg, dan is Kees geïsoleerd.',
      'Die band is zwak (sterkte 1–2): een los contact.',
    ]);
    expect(degree.was).toBe('0');
    // constraint 1 (a single contact) is the closed-circle end of Burt's scale
    expect(byId(figures, 'constraint').explanation[0]).toMatch(/^Hoog:/);
    expect(byId(figures, 'structure').explanation).toEqual([
      'Eén band van Kees is een brug: de enige verbinding tussen twee delen van de buurt.',
    ]);
    expect(byId(figures, 'atRisk').value).toBe('geen');
    expect(byId(figures, 'atRisk').was).toBe('80');
  });

  it('speaks English too, with betweenness as a share of shortest paths and a broker for low constraint', () => {
    translator.use('en');
    const connector: PersonMetrics = {
      ...ISOLATED,
      degree: 27,
      weakTies: 10,
      betweenness: 0.216,
      constraint: 0.055,
      effectiveSize: 25.74,
      clustering: 0.048,
      isolated: false,
      atRiskRank: null,
      atRiskScore: null,
      atRiskReasons: [],
    };
    const figures = describeFigures(connector, 'Gerda', translator);
    expect(byId(figures, 'degree').explanation).toEqual([
      'Gerda has 27 contacts.',
      '10 of them are weak (strength 1–2): loose contacts, which do open new circles.',
    ]);
    expect(byId(figures, 'betweenness').value).toBe('22%');
    expect(byId(figures, 'betweenness').explanation[0]).toContain('22% run through Gerda');
    expect(byId(figures, 'constraint').explanation[0]).toBe(
      'Low: Gerda links people who would not know each other otherwise, a broker between groups (as good as 25.7 separate contacts).',
    );
    expect(byId(figures, 'clustering').value).toBe('5%');
    expect(byId(figures, 'atRisk').explanation).toEqual(['Gerda is not on the at-risk list.']);
  });
});
