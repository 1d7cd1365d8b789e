/**
 * A resident's figures in plain words (issue: "figures with plain-language explanations"). The numbers are the
 * API's (Person.metrics, definitions in DESIGN.md: NetworkX's degree, betweenness, Burt's constraint and
 * effective size, local clustering; the at-risk reasons of libs/graph/health/at-risk.ts); this file only says
 * what each one means for this person. `previous` (the figures before the worker's last change) adds "was …"
 * where a value moved, so the effect of a new or ended tie is visible at once.
 */
import type { TranslationKey } from '../i18n/nl';
import { isTranslationKey, type Translator } from '../i18n/translator';
import type { PersonMetrics } from './person-api';

export interface FigureView {
  id: 'degree' | 'betweenness' | 'constraint' | 'clustering' | 'structure' | 'atRisk';
  label: string;
  value: string;
  /** the value before the last change, when it differed */
  was: string | null;
  explanation: string[];
  /** the at-risk reasons */
  reasons: string[];
}

/** Burt's constraint: below this, a broker; above the next, a closed circle (values for a 1–30 tie ego network). */
export const CONSTRAINT_LOW = 0.3;
export const CONSTRAINT_HIGH = 0.6;

/** the detail that holds the number an at-risk reason counts, for its singular text */
const REASON_COUNTS: Readonly<Record<string, string>> = { LOST_TIES: 'lost', ONLY_WEAK_TIES: 'ties' };

export function describeFigures(
  metrics: PersonMetrics,
  name: string,
  translator: Translator,
  previous: PersonMetrics | null = null,
  betweennessErrorBound: number | null = null,
): FigureView[] {
  const t = (key: TranslationKey, params?: Record<string, string | number>) => translator.t(key, params);
  const locale = translator.language() === 'nl' ? 'nl-NL' : 'en-GB';
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  const percent = (share: number) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0,
    }).format(share);
  const was = (now: string, before: string | undefined) => (before !== undefined && before !== now ? before : null);

  // --- degree --------------------------------------------------------------------------------------------------
  const degree = metrics.degree;
  const degreeText: string[] = [
    degree === 0
      ? t('person.figure.degree.none', { name })
      : degree === 1
        ? t('person.figure.degree.one', { name })
        : t('person.figure.degree.other', { name, count: degree }),
  ];
  if (degree === 1 && metrics.weakTies === 1) degreeText.push(t('person.figure.weak.single'));
  else if (degree > 1 && metrics.weakTies === degree) degreeText.push(t('person.figure.weak.all'));
  else if (metrics.weakTies === 1) degreeText.push(t('person.figure.weak.someOne'));
  else if (metrics.weakTies > 1) degreeText.push(t('person.figure.weak.some', { weak: metrics.weakTies }));

  // --- betweenness ---------------------------------------------------------------------------------------------
  const betweennessText = [
    metrics.betweenness === 0
      ? t('person.figure.betweenness.zero', { name })
      : t('person.figure.betweenness.some', { name, percent: percent(metrics.betweenness) }),
  ];
  if (!metrics.betweennessExact && betweennessErrorBound !== null) {
    betweennessText.push(t('person.figure.estimated', { bound: percent(betweennessErrorBound) }));
  }

  // --- constraint ----------------------------------------------------------------------------------------------
  const constraint = metrics.constraint;
  const size = number(metrics.effectiveSize ?? 0, 1);
  const constraintText =
    constraint === null
      ? t('person.figure.constraint.none')
      : constraint < CONSTRAINT_LOW
        ? t('person.figure.constraint.low', { name, size })
        : constraint <= CONSTRAINT_HIGH
          ? t('person.figure.constraint.mid', { name, size })
          : t('person.figure.constraint.high', { name });

  // --- clustering ----------------------------------------------------------------------------------------------
  const clusteringText =
    degree < 2
      ? t('person.figure.clustering.few')
      : t('person.figure.clustering.some', { name, percent: percent(metrics.clustering) });

  // --- structure: articulation point, bridges, hidden connector -------------------------------------------------
  const structure: string[] = [];
  if (metrics.articulationPoint) structure.push(t('person.figure.articulation', { name }));
  if (metrics.bridges === 1) structure.push(t('person.figure.bridges.one', { name }));
  if (metrics.bridges > 1) structure.push(t('person.figure.bridges.other', { name, count: metrics.bridges }));
  if (metrics.hiddenConnector) structure.push(t('person.figure.hiddenConnector', { name }));
  if (structure.length === 0 && degree > 0) structure.push(t('person.figure.structure.plain', { name }));

  // --- at risk ---------------------------------------------------------------------------------------------------
  const atRisk = metrics.atRiskRank !== null;
  const riskValue = (m: PersonMetrics) =>
    m.atRiskScore === null ? t('person.figure.notAtRisk') : number(m.atRiskScore, 0);
  const reasons = metrics.atRiskReasons.map((reason) => {
    const params = Object.fromEntries(
      Object.entries(reason.detail).filter((e): e is [string, string | number] =>
        ['string', 'number'].includes(typeof e[1]),
      ),
    );
    // "1 band verloren", not "1 band(en)": a reason that counts has a text of its own for one
    const counted = REASON_COUNTS[reason.code];
    const one = counted !== undefined && params[counted] === 1 ? `person.reason.${reason.code}.one` : null;
    const key = one !== null && isTranslationKey(one) ? one : `person.reason.${reason.code}`;
    return isTranslationKey(key) ? t(key, params) : reason.code;
  });

  const figures: FigureView[] = [
    {
      id: 'degree',
      label: t('person.figure.degree'),
      value: String(degree),
      was: was(String(degree), previous ? String(previous.degree) : undefined),
      explanation: degreeText,
      reasons: [],
    },
    {
      id: 'betweenness',
      label: t('person.figure.betweenness'),
      value: percent(metrics.betweenness),
      was: was(percent(metrics.betweenness), previous ? percent(previous.betweenness) : undefined),
      explanation: betweennessText,
      reasons: [],
    },
    {
      id: 'constraint',
      label: t('person.figure.constraint'),
      value: constraint === null ? '–' : number(constraint, 2),
      was: was(
        constraint === null ? '–' : number(constraint, 2),
        previous ? (previous.constraint === null ? '–' : number(previous.constraint, 2)) : undefined,
      ),
      explanation: [constraintText],
      reasons: [],
    },
    {
      id: 'clustering',
      label: t('person.figure.clustering'),
      value: degree < 2 ? '–' : percent(metrics.clustering),
      was: null,
      explanation: [clusteringText],
      reasons: [],
    },
    {
      id: 'atRisk',
      label: t('person.figure.atRisk'),
      value: riskValue(metrics),
      was: was(riskValue(metrics), previous ? riskValue(previous) : undefined),
      explanation: [
        atRisk
          ? t('person.figure.atRisk.rank', {
              rank: metrics.atRiskRank ?? 0,
              score: number(metrics.atRiskScore ?? 0, 0),
            })
          : t('person.figure.atRisk.none', { name }),
      ],
      reasons: atRisk ? reasons : [],
    },
  ];
  if (structure.length > 0) {
    figures.splice(4, 0, {
      id: 'structure',
      label: t('person.figure.structure'),
      value: '',
      was: null,
      explanation: structure,
      reasons: [],
    });
  }
  return figures;
}
