import { z } from 'astro/zod';
import { organisationKinds } from '../vocab/organisation-kinds';
import { scopes } from '../vocab/provinces';
import { baseRecord } from './base';
import { email, linkOrUrl, place, phone, ref, term } from './fields';

/** A contact or support organisation, as the source lists it (one record per regional branch). */
export const organisationSchema = baseRecord
  .extend({
    /** Kind of organisation (src/vocab/organisation-kinds.ts). */
    kind: term(organisationKinds, 'organisation kind'),
    /** Region served, as the source writes it ("Provincie Antwerpen", "Antwerpen stad"). */
    region: z.string().trim().min(1).optional(),
    /** Area served when it is a province, Flanders or Brussels; shows the record on province pages. */
    scope: term(scopes, 'scope').optional(),
    /** Municipalities served or where it is based, as the source writes them. Default none. */
    places: z.array(place).default([]),
    /** Phone numbers as printed in the source. Default none. */
    phone: z.array(phone).default([]),
    /** E-mail addresses as printed in the source. Default none. */
    email: z.array(email).default([]),
    /** Websites as printed in the source: an address, or {url, label, via}. Default none. */
    websites: z.array(linkOrUrl).default([]),
    /** Postal address, when the source gives one. */
    address: z.string().trim().min(1).optional(),
    /** What a local government can go there for: short items in plain Dutch. Default none. */
    offers: z.array(z.string().trim().min(1)).default([]),
    /** The organisation this one is a branch or part of. */
    parent: ref('organisations').optional(),
  })
  .strict();
