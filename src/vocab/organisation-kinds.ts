import { defineVocabulary } from './define';

/** What kind of organisation a contact record is; used to group the organisation list. */
export const organisationKinds = defineVocabulary('organisationKinds', [
  { slug: 'integratiecentrum', label: 'Integratiecentrum', description: 'Regionaal centrum dat lokale besturen helpt met integratiebeleid.' },
  { slug: 'onthaalbureau', label: 'Onthaalbureau inburgering', description: 'Begeleidt nieuwkomers in hun inburgeringstraject.' },
  { slug: 'huis-van-het-nederlands', label: 'Huis van het Nederlands', description: 'Wijst volwassenen de weg naar een cursus Nederlands.' },
  { slug: 'tolkendienst', label: 'Sociaal tolk- en vertaaldienst', description: 'Tolken en vertalers voor hulp- en dienstverleners.' },
  { slug: 'samenlevingsopbouw', label: 'Samenlevingsopbouw', description: 'Werkt met kwetsbare groepen aan structurele verandering.' },
  { slug: 'steunpunt', label: 'Steunpunt of kenniscentrum', description: 'Expertise, vorming en advies voor een sector.' },
  { slug: 'overheid', label: 'Overheid en agentschap', description: 'Vlaamse, provinciale, federale of Europese overheidsdienst.' },
  { slug: 'koepel', label: 'Koepel van besturen', description: 'Vereniging van lokale of regionale besturen.' },
  { slug: 'middenveld', label: 'Middenveldorganisatie', description: 'Federatie, forum of vereniging van het middenveld.' },
  { slug: 'meldpunt', label: 'Meldpunt discriminatie', description: 'Waar inwoners discriminatie kunnen melden.' },
  { slug: 'vorming', label: 'Vorming en opleiding', description: 'Organiseert vorming en leren voor volwassenen.' },
  { slug: 'opvoedingsondersteuning', label: 'Opvoedingsondersteuning', description: 'Helpt ouders en wie met ouders werkt.' },
  { slug: 'lokaal-bestuur', label: 'Lokaal bestuur of stadsdienst', description: 'Een gemeente, stad, OCMW of een van hun diensten.' },
  { slug: 'project', label: 'Project of netwerk', description: 'Samenwerkingsverband of project met eigen contactgegevens.' },
]);
