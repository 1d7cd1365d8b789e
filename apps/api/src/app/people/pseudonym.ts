import { randomInt } from 'node:crypto';
import { PSEUDONYM_ALPHABET } from '@weefsel/domain';

/**
 * A random pseudonym ("P-" + 6 Crockford base32 characters, ~1.07e9 values). Random, not derived from the
 * name or id, so it cannot be reversed; stored, so it stays stable for analysts across exports.
 */
export function newPseudonym(random: (max: number) => number = randomInt): string {
  let out = 'P-';
  for (let i = 0; i < 6; i++) out += PSEUDONYM_ALPHABET[random(PSEUDONYM_ALPHABET.length)];
  return out;
}
