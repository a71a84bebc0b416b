// Judges tier claims against a regime's tiers: membership ("Japan is in Tier 2") and size ("18 allies").
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { countryName } from '../text/countries.ts';
import { tokenize } from '../text/tokens.ts';
import type { LoadedFact, TierDefinition } from '../types.ts';
import { TIER_NUMERALS } from '../detectors/tier.ts';
import { shortName } from './format.ts';
import { sourceTag } from './sources.ts';
import { intersects } from './values.ts';
import type { Judgement } from './verdict.ts';

/** The regime a tier claim is about: one named near it, else the first loaded (the bundled Diffusion Rule). */
export function regimeFor(claim: ChunkClaim, dataset: Dataset): LoadedFact | undefined {
  if (dataset.regimes.length <= 1) return dataset.regimes[0];
  const { view } = claim;
  const text = `${view.text} ${view.context.heading ?? ''} ${view.context.leadIn ?? ''}`;
  const named = dataset.entities.aliases.find(tokenize(text)).flatMap((match) => match.payload.entities).flatMap((entity) => entity.facts).find((fact) => fact.regime !== undefined);
  return named ?? dataset.regimes[0];
}

/** The regime as prose names it: "the AI Diffusion Rule". */
export function ruleOf(regime: LoadedFact): string {
  const name = shortName(regime.subject);
  return /^the\s/i.test(name) ? name : `the ${name}`;
}
const capitalised = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

function tierOf(regime: LoadedFact, country: string): TierDefinition | undefined {
  const tiers = regime.regime?.tiers ?? [];
  return tiers.find((tier) => tier.members?.includes(country)) ?? tiers.find((tier) => tier.rest);
}

/** The tier words written with another level, in their own numbering ("Tier II" → "Tier III", "tier one" → "tier two"). */
function tierWritten(written: string, level: number): string | undefined {
  const match = /^(?<word>tier)(?<gap>[\s-]?)(?<level>\S+)$/iu.exec(written);
  const old = match?.groups?.level;
  if (!match?.groups || old === undefined) return undefined;
  const styled = /^\d+$/.test(old) ? String(level) : /^[IVX]+$/.test(old) ? TIER_NUMERALS.roman[level - 1] : /^[a-z]+$/i.test(old) ? TIER_NUMERALS.words[level - 1] : undefined;
  if (styled === undefined) return undefined;
  const cased = /^\p{Lu}/u.test(old) && !/^[IVX]+$/.test(old) ? `${styled[0]?.toUpperCase()}${styled.slice(1)}` : styled;
  return `${match.groups.word}${match.groups.gap}${cased}`;
}

function judgeMembership(regime: LoadedFact, country: string, claimed: number, negated: boolean, text: string, dataset: Dataset, written: string | undefined): Judgement {
  const actual = tierOf(regime, country);
  const name = countryName(country);
  if (!actual) return { verdict: 'unverified', fact: regime, message: `${capitalised(ruleOf(regime))} places ${name} in no tier`, sources: regime.sources };
  const sovereign = dataset.lexicon.territories.get(country);
  if (sovereign && !actual.members?.includes(country)) {
    // A territory the rule does not list may fall under its sovereign's tier or under the default one.
    const message = `${capitalised(ruleOf(regime))} does not list ${name}; it places ${countryName(sovereign)} in Tier ${tierOf(regime, sovereign)?.tier ?? '?'}`;
    return { verdict: 'unverified', fact: regime, message, sources: regime.sources };
  }
  const holds = (actual.tier === claimed) !== negated;
  const said = `${negated ? 'not ' : ''}Tier ${claimed}`;
  const sources = actual.sources ?? regime.sources;
  // The country as the memo writes it ("UAE"), unless the claim's text carries markup; the tiers first, so a cut
  // Problems row still shows them.
  const asWritten = text.length <= 40 && !/[*_[\]<>`]/.test(text) ? text : name;
  const message = holds
    ? `${asWritten} is in Tier ${actual.tier} under ${ruleOf(regime)}${sourceTag(sources)}`
    : `${asWritten} is in Tier ${actual.tier}, ${negated ? 'which the memo denies' : `not Tier ${claimed}`}, under ${ruleOf(regime)}${sourceTag(sources)}`;
  const judgement: Judgement = { verdict: holds ? 'supported' : 'contradicted', fact: regime, message, sources, claimed: said, reference: `Tier ${actual.tier}` };
  // "Replace with Tier 2" rewrites the tier words; a denial ("not in Tier 1") has no one word to replace.
  const expected = !holds && !negated && written !== undefined ? tierWritten(written, actual.tier) : undefined;
  return expected === undefined ? judgement : { ...judgement, expected };
}

/** A group placed in a tier holds when every member is there; a member elsewhere contradicts it. */
function judgeGroup(regime: LoadedFact, group: string, members: string[], claimed: number, negated: boolean, text: string): Judgement {
  const placed = members.map((member) => ({ member, tier: tierOf(regime, member)?.tier }));
  const inTier = placed.filter((item) => item.tier === claimed);
  const elsewhere = placed.filter((item) => item.tier !== undefined && item.tier !== claimed);
  const said = `${negated ? 'not ' : ''}Tier ${claimed}`;
  const listed = (items: typeof placed): string => {
    const names = items.map((item) => `${countryName(item.member)} (Tier ${item.tier})`);
    return names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
  };
  const sourced = sourceTag(regime.sources);
  if (!negated && elsewhere.length === 0 && inTier.length > 0) {
    return { verdict: 'supported', fact: regime, message: `Every member of ${group} is in Tier ${claimed} under ${ruleOf(regime)}${sourced}`, sources: regime.sources, claimed: said };
  }
  if (negated && inTier.length === 0) {
    return { verdict: 'supported', fact: regime, message: `No member of ${group} is in Tier ${claimed} under ${ruleOf(regime)}${sourced}`, sources: regime.sources, claimed: said };
  }
  if (negated && elsewhere.length > 0) {
    return { verdict: 'unverified', fact: regime, message: `${text}: some members of ${group} are in Tier ${claimed} under ${ruleOf(regime)} and some are not`, sources: regime.sources };
  }
  const against = negated ? inTier : elsewhere;
  return {
    verdict: 'contradicted',
    fact: regime,
    message: `${against.length} of the ${members.length} members of ${group} are ${negated ? `in Tier ${claimed}` : 'elsewhere'} under ${ruleOf(regime)}, not all ${said}: ${listed(against)}${sourced}`,
    sources: regime.sources,
    claimed: said,
  };
}

function judgeSize(regime: LoadedFact, claim: ChunkClaim, tierLevel: number, text: string): Judgement {
  const tier = regime.regime?.tiers.find((candidate) => candidate.tier === tierLevel);
  const size = tier?.size?.value ?? tier?.members?.length;
  const figure = claim.tier?.type === 'size' ? claim.tier.figure : undefined;
  if (!tier || size === undefined || !figure) {
    return { verdict: 'unverified', fact: regime, message: `${capitalised(ruleOf(regime))} gives no size for Tier ${tierLevel}`, sources: regime.sources };
  }
  const tolerance = tier.size?.tolerance;
  const slack = Math.max(tolerance?.absolute ?? 0, (tolerance?.relative ?? 0) * size);
  // "18 close allies", "18 countries": a count of the tier may leave out the United States, whose exports it governs.
  const withoutUS = claim.tier?.type === 'size' && claim.tier.withoutExporter && tier.members?.includes('US') ? 1 : 0;
  const holds = intersects(figure.allowed, { low: size - slack - withoutUS, high: size + slack });
  const counted = `${size} countries${tier.size?.note ? ` (${tier.size.note})` : ''}`;
  const sources = tier.sources ?? regime.sources;
  const written = Number(text.replace(/,/g, ''));
  const claimed = Number.isFinite(written) && written !== figure.value ? `${text} besides the country named with it (${figure.value} countries)` : `${figure.value} countries`;
  const message = holds
    ? `Tier ${tierLevel} of ${ruleOf(regime)} has ${counted}${sourceTag(sources)}`
    : `Tier ${tierLevel} of ${ruleOf(regime)} has ${counted}, not ${claimed}${sourceTag(sources)}`;
  const judgement: Judgement = { verdict: holds ? 'supported' : 'contradicted', fact: regime, message, sources, claimed, reference: counted };
  // figure.value counts a country named beside the number ("the United States and 18"); the fix writes the number alone.
  return holds || !Number.isFinite(written) ? judgement : { ...judgement, expected: String(size - (figure.value - written)) };
}

export function judgeTier(claim: ChunkClaim, text: string, dataset: Dataset): Judgement | undefined {
  const regime = regimeFor(claim, dataset);
  const data = claim.tier;
  if (!data) return undefined;
  if (!regime) return { verdict: 'unverified', message: `No export-control regime with tiers is loaded to check ${text}`, sources: [] };
  const defined = regime.regime?.tiers.some((tier) => tier.tier === data.tier) ?? false;
  if (!defined) {
    const levels = (regime.regime?.tiers ?? []).map((tier) => tier.tier).sort().join(', ');
    return { verdict: 'contradicted', fact: regime, message: `${capitalised(ruleOf(regime))} has no Tier ${data.tier}; its tiers are ${levels}${sourceTag(regime.sources)}`, sources: regime.sources };
  }
  const written = claim.valueSpan ? claim.view.text.slice(claim.valueSpan.from, claim.valueSpan.to) : undefined;
  if (data.type === 'membership') return judgeMembership(regime, data.country, data.tier, data.negated, text, dataset, written);
  if (data.type === 'group') return judgeGroup(regime, data.group, data.members, data.tier, data.negated, text);
  return judgeSize(regime, claim, data.tier, text);
}
