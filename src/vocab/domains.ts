import { defineVocabulary } from './define';

/**
 * Policy domains. Based on the practice chapters of the 2013 Kapstokken publication
 * (sociale cohesie … toeleiding) and the policy domains of the Minderhedenforum
 * recommendations and the VVSG survey (onderwijs, werk, wonen, vrije tijd, …).
 */
export const domains = defineVocabulary('domains', [
  { slug: 'sociale-cohesie', label: 'Sociale cohesie', description: 'Buren en inwoners met elkaar in contact brengen.' },
  { slug: 'openbare-ruimte', label: 'Samenleven in de openbare ruimte', description: 'Pleinen, parken en straten waar iedereen zich thuis voelt.' },
  { slug: 'taal', label: 'Taal en Nederlands leren', description: 'Nederlands leren, oefenen en gebruiken, en omgaan met meertaligheid.' },
  { slug: 'participatie', label: 'Participatie en inspraak', description: 'Inwoners laten meedenken en meebeslissen over het beleid.' },
  { slug: 'communicatie', label: 'Communicatie en beeldvorming', description: 'Duidelijk communiceren en werken aan een eerlijk beeld van diversiteit.' },
  { slug: 'toegankelijkheid', label: 'Toegankelijke dienstverlening', description: 'Loketten en diensten die iedereen vlot kan gebruiken.' },
  { slug: 'toeleiding', label: 'Toeleiding', description: 'Mensen de weg wijzen naar het aanbod dat er al is.' },
  { slug: 'onthaal-en-inburgering', label: 'Onthaal en inburgering', description: 'Nieuwkomers verwelkomen en op weg helpen.' },
  { slug: 'onderwijs', label: 'Onderwijs en opvoeding', description: 'School, kinderopvang en ondersteuning van ouders.' },
  { slug: 'werk-en-economie', label: 'Werk en economie', description: 'Werk vinden, ondernemen en de lokale economie.' },
  { slug: 'wonen', label: 'Wonen en ruimtelijke ordening', description: 'Betaalbaar en goed wonen, ook op woonwagenterreinen.' },
  { slug: 'vrije-tijd', label: 'Vrije tijd, cultuur, jeugd en sport', description: 'Een vrijetijdsaanbod voor en door alle inwoners.' },
  { slug: 'welzijn-en-armoede', label: 'Welzijn, gezondheid en armoede', description: 'Zorg, sociale hulp en de strijd tegen armoede.' },
  { slug: 'divers-personeel', label: 'Divers personeelsbeleid', description: 'Een personeel dat de bevolking weerspiegelt.' },
  { slug: 'antidiscriminatie', label: 'Gelijke kansen en antidiscriminatie', description: 'Discriminatie en racisme voorkomen en aanpakken.' },
  { slug: 'veiligheid', label: 'Veiligheid en politie', description: 'Een politie en veiligheidsbeleid voor iedereen.' },
  { slug: 'verenigingsleven', label: 'Verenigingsleven en middenveld', description: 'Verenigingen van mensen met een migratieachtergrond als partner.' },
  { slug: 'levensbeschouwing', label: 'Levensbeschouwing', description: 'Ruimte voor geloof en levensbeschouwing: erediensten, feesten, begraven.' },
  { slug: 'beleid-en-regie', label: 'Integratiebeleid en regie', description: 'Plannen, cijfers, coördinatie en samenwerking rond integratie.' },
]);
export type DomainSlug = (typeof domains.terms)[number]['slug'];
