// The record in another language: every field that is ours to translate (translation-schema.ts) replaced by its
// current translation, English kept where a translation is missing or stale. The sources' quotes, headlines and
// durations are the sources' words and stay as they are. Each actor also answers to its names in the language, so
// the actor picker and the search find it by them.
import type { Dataset } from '../data/schema';
import { aliasesIn, translatedText, type Translation } from '../data/translation-schema';

export function inLanguage(data: Dataset, translation: Translation): Dataset {
  const t = (key: string, english: string) => translatedText(translation, key, english) ?? english;
  const opt = (key: string, english: string | undefined) => (english === undefined ? undefined : t(key, english));
  return {
    ...data,
    tracks: data.tracks.map((track) => ({
      ...track,
      label: t(`tracks.${track.id}.label`, track.label),
      description: t(`tracks.${track.id}.description`, track.description),
    })),
    actors: data.actors.map((a) => {
      const name = t(`actors.${a.id}.name`, a.name);
      const aliases = [...new Set([a.name, ...a.aliases, ...aliasesIn(translation, a.id)])].filter((x) => x !== name);
      return {
        ...a,
        name,
        aliases,
        roles: a.roles.map((r, i) => ({
          ...r,
          title: t(`actors.${a.id}.roles.${i}.title`, r.title),
          note: opt(`actors.${a.id}.roles.${i}.note`, r.note),
        })),
      };
    }),
    events: data.events.map((e) => ({
      ...e,
      title: t(`events.${e.id}.title`, e.title),
      summary: t(`events.${e.id}.summary`, e.summary),
      dateNote: opt(`events.${e.id}.dateNote`, e.dateNote),
      place: opt(`events.${e.id}.place`, e.place),
    })),
    tallies: data.tallies.map((tally) => ({
      ...tally,
      label: t(`tallies.${tally.id}.label`, tally.label),
      note: opt(`tallies.${tally.id}.note`, tally.note),
    })),
    silences: data.silences.map((s) => ({
      ...s,
      topic: t(`silences.${s.id}.topic`, s.topic),
      note: opt(`silences.${s.id}.note`, s.note),
    })),
    conflicts: data.conflicts.map((c) => ({
      ...c,
      topic: t(`conflicts.${c.id}.topic`, c.topic),
      claims: c.claims.map((claim) => ({
        ...claim,
        claim: t(`conflicts.${c.id}.claims.${claim.id}.claim`, claim.claim),
      })),
      reason: t(`conflicts.${c.id}.reason`, c.reason),
    })),
  };
}
