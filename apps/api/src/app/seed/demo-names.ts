/**
 * Vocabulary of the demo neighbourhood: names of residents (a Dutch village that grew, with families of Turkish,
 * Moroccan, Surinamese and Polish background), the streets, and the assets residents bring (ABCD).
 * All invented; any likeness to a real person is coincidence.
 */
import { AssetKind } from '@weefsel/domain';

/** Splits a comma-separated list (keeps the lists short to read). */
function list(text: string): readonly string[] {
  return text.split(', ');
}

export type Background = 'DUTCH' | 'TURKISH' | 'MOROCCAN' | 'SURINAMESE' | 'POLISH';
export type Gender = 'F' | 'M';

export interface NameSet {
  female: readonly string[];
  male: readonly string[];
  /** first names of those born from YOUNG_NAMES_FROM on, where they differ by generation */
  youngFemale?: readonly string[];
  youngMale?: readonly string[];
  surnames: readonly string[];
}

export const YOUNG_NAMES_FROM = 1975;

/** First names that fit the gender and the generation. */
export function firstNames(set: NameSet, gender: Gender, birthYear: number): readonly string[] {
  const young = birthYear >= YOUNG_NAMES_FROM;
  if (gender === 'F') return (young && set.youngFemale) || set.female;
  return (young && set.youngMale) || set.male;
}

export const NAMES: Readonly<Record<Background, NameSet>> = {
  DUTCH: {
    female: list(
      'Anneke, Riet, Ans, Gerda, Joke, Marja, Ingrid, Els, Wilma, Truus, Corrie, Hennie, Dini, Tineke, Bep, Nel, Greetje, Jolanda, Marieke, Sandra, Monique, Petra, Linda, Esther, Karin, Mirjam, Renate',
    ),
    male: list(
      'Henk, Jan, Kees, Piet, Gerrit, Wim, Cor, Klaas, Bert, Hans, Theo, Ton, Jos, Marco, Peter, Erik, Frank, Rob, Ruud, Sjaak, Dirk, Arie, Geert, Harm, Evert',
    ),
    youngFemale: list(
      'Sanne, Femke, Lotte, Anouk, Eva, Iris, Lisa, Fleur, Noor, Lieke, Ilse, Marloes, Janneke, Daphne, Maud, Roos, Emma, Julia, Sophie, Tessa',
    ),
    youngMale: list(
      'Martijn, Bas, Joost, Bram, Daan, Thijs, Sem, Lars, Niels, Jeroen, Wouter, Stefan, Tim, Koen, Rik, Teun, Stijn, Ruben, Jesse, Luuk, Jurre, Mees',
    ),
    surnames: list(
      'de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van Dijk, Schouten, Hoekstra, van Wijk, Kuipers, Post, Verhoeven, Willems, Koster, Prins, Blom, Huisman, Peeters, Timmermans, Molenaar, Wolters, Kramer, Hofman, van Beek, Lammers, Veenstra, Driessen, Scholten, Groen, van Vliet, Evers, Hermans',
    ),
  },
  TURKISH: {
    female: list('Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Esra, Büşra, Sevgi, Derya, Hülya'),
    male: list('Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Osman, Emre, Burak, Murat, Kemal'),
    surnames: list('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan'),
  },
  MOROCCAN: {
    female: list('Fatima, Khadija, Naima, Malika, Samira, Nadia, Houda, Yasmina, Salma, Imane, Loubna'),
    male: list('Mohamed, Ahmed, Abdelkader, Youssef, Said, Rachid, Mustapha, Karim, Bilal, Anass, Hamza'),
    surnames: list(
      'El Amrani, Benali, El Idrissi, Bouzian, Aarab, El Khatib, Ouali, Haddouchi, Ziani, Azzouzi, Boukhari, Tahiri',
    ),
  },
  SURINAMESE: {
    female: list('Ruth, Sharmila, Gerda, Marlène, Anita, Shanti, Priya, Jennifer, Naomi, Chantal'),
    male: list('Errol, Ramesh, Ricardo, Glenn, Rajesh, Clyde, Dennis, Romeo, Anand, Winston'),
    surnames: list(
      'Ramdin, Biharie, Kartosen, Pinas, Wijngaarde, Doelwijt, Sitaldin, Lachmon, Jong A Lock, Mangal, Ritfeld',
    ),
  },
  POLISH: {
    female: list('Agnieszka, Katarzyna, Magdalena, Joanna, Anna, Monika, Ewa, Justyna, Marta'),
    male: list('Piotr, Krzysztof, Tomasz, Marek, Paweł, Łukasz, Michał, Jakub, Grzegorz'),
    surnames: list('Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Dąbrowski'),
  },
};

/** How common each background is per kind of street (weights, not shares). */
export const BACKGROUND_WEIGHTS: Readonly<
  Record<'VILLAGE' | 'POSTWAR' | 'NEWBUILD' | 'SENIOR', readonly (readonly [Background, number])[]>
> = {
  VILLAGE: [
    ['DUTCH', 86],
    ['TURKISH', 4],
    ['MOROCCAN', 4],
    ['SURINAMESE', 3],
    ['POLISH', 3],
  ],
  POSTWAR: [
    ['DUTCH', 48],
    ['TURKISH', 18],
    ['MOROCCAN', 18],
    ['SURINAMESE', 9],
    ['POLISH', 7],
  ],
  NEWBUILD: [
    ['DUTCH', 66],
    ['TURKISH', 8],
    ['MOROCCAN', 9],
    ['SURINAMESE', 8],
    ['POLISH', 9],
  ],
  SENIOR: [
    ['DUTCH', 82],
    ['TURKISH', 6],
    ['MOROCCAN', 4],
    ['SURINAMESE', 8],
    ['POLISH', 0],
  ],
};

/** Assets residents bring, in the words a worker would write down. */
export const ASSET_LABELS: Readonly<Record<AssetKind, readonly string[]>> = {
  [AssetKind.GIFT]: list(
    'luisteren, humor, geduld, gastvrijheid, mensen samenbrengen, rust uitstralen, oog voor anderen, verhalen vertellen, troosten, doorzettingsvermogen',
  ),
  [AssetKind.SKILL]: list(
    'fietsen repareren, koken voor groepen, taarten bakken, computerhulp, klussen in huis, naaien en verstellen, formulieren invullen, tolken Turks, tolken Arabisch, haren knippen, autorijden, boekhouden, elektra en verlichting, bijles rekenen, EHBO',
  ),
  [AssetKind.PASSION]: list(
    'tuinieren, voetbal, muziek maken, wandelen, vogels kijken, schilderen, breien en haken, geschiedenis van het dorp, voorlezen aan kinderen, fotografie, zingen in het koor, vissen, dansen',
  ),
};

/** The label every connector carries, so the demo shows why they are one. */
export const CONNECTOR_ASSET = 'mensen samenbrengen';
export const BAKING_ASSET = 'taarten bakken';
export const GARDEN_ASSET = 'tuinieren';
export const COOKING_ASSET = 'koken voor groepen';
