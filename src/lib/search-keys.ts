/** Search filter names: URL parameters and Pagefind filter names. Kept apart so the browser bundle stays tiny. */
export const searchFilterKeys = ['type', 'domein', 'provincie', 'grootte', 'doelgroep', 'gemeente'] as const;
