import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * 线索分类: a category the public files a clue under, kept by staff. Its code never changes (clues
 * point at it); its names and place in the list do. A retired category stays for the clues filed
 * under it but is no longer offered.
 */
export const ClueCategory = defineEntity({
  name: 'ClueCategory',
  properties: {
    /** Upper-snake, e.g. PROPERTY_SERVICE. */
    code: p.string().length(40).primary(),
    /** The Chinese name, as the public and the board read it. */
    name: p.string().length(20),
    nameEn: p.string().length(40),
    /** Display order, from 1. */
    position: p.integer(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ClueCategory = InferEntity<typeof ClueCategory>;
